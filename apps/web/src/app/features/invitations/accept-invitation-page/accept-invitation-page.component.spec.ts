import { InvitationPreview } from '@labelklaar/domain';

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { aMe } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { SessionStore } from '../../../core/session/session.store';
import { AcceptInvitationPageComponent } from './accept-invitation-page.component';

const preview = (hasAccount: boolean): InvitationPreview => ({
  organisationName: 'Welzijn Voorbeeld',
  email: 'sam@voorbeeld.nl',
  role: 'contributor',
  expiresAt: '2026-03-01T12:00:00.000Z',
  hasAccount,
});

describe('AcceptInvitationPageComponent', () => {
  let fixture: ComponentFixture<AcceptInvitationPageComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function render(token: string | undefined, response?: () => void): Promise<void> {
    TestBed.configureTestingModule({
      imports: [AcceptInvitationPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(AcceptInvitationPageComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('token', token);
    fixture.detectChanges();
    TestBed.tick();
    response?.();
    await settle(fixture);
  }

  const respondWith = (body: InvitationPreview) => () => {
    const request = http.expectOne('/api/v1/invitations/preview');
    expect(request.request.body).toEqual({ token: 'tok-1' });
    request.flush(body);
  };
  const type = (selector: string, value: string) => {
    const input = host.querySelector<HTMLInputElement>(selector);
    if (!input) {
      throw new Error(`${selector} not found`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);
  };

  afterEach(() => http.verify());

  it('shows the invitation: organisation, email and role', async () => {
    await render('tok-1', respondWith(preview(false)));

    const facts = host.querySelector('dl')?.textContent ?? '';
    expect(facts).toContain('Welzijn Voorbeeld');
    expect(facts).toContain('sam@voorbeeld.nl');
    expect(facts).toContain('Bijdrager');
  });

  it('asks for a name and a new password when the email has no account', async () => {
    await render('tok-1', respondWith(preview(false)));

    expect(host.querySelector('#accept-display-name')).not.toBeNull();
    expect(host.textContent).toContain('Minimaal 12 tekens');

    type('#accept-display-name', 'Sam Jansen');
    type('#accept-password', 'te-kort');
    await submit();
    expect(host.querySelector('#accept-password-error')?.textContent).toContain(
      'Maak dit langer: gebruik minimaal 12 tekens.',
    );
    http.expectNone('/api/v1/invitations/accept');

    type('#accept-password', 'een-lang-genoeg-wachtwoord');
    await submit();
    const request = http.expectOne('/api/v1/invitations/accept');
    expect(request.request.body).toEqual({
      token: 'tok-1',
      displayName: 'Sam Jansen',
      password: 'een-lang-genoeg-wachtwoord',
    });
    request.flush(aMe('contributor'));
    await settle(fixture);

    expect(TestBed.inject(SessionStore).role()).toBe('contributor');
    expect(TestBed.inject(Router).navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('only asks for the password when the email already has an account', async () => {
    await render('tok-1', respondWith(preview(true)));

    expect(host.querySelector('#accept-display-name')).toBeNull();
    type('#accept-password', 'bestaand');
    await submit();

    const request = http.expectOne('/api/v1/invitations/accept');
    expect(request.request.body).toEqual({ token: 'tok-1', password: 'bestaand' });
    request.flush(aMe('contributor'));
    await settle(fixture);
  });

  it('shows the API message when the invitation is unknown or used', async () => {
    await render('tok-1', () =>
      http.expectOne('/api/v1/invitations/preview').flush(
        {
          type: '/problems/invitation-not-found',
          title: 'Not Found',
          status: 404,
          detail: 'Deze uitnodiging bestaat niet of is verlopen.',
        },
        { status: 404, statusText: 'Not Found' },
      ),
    );

    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Deze uitnodiging bestaat niet of is verlopen.',
    );
    expect(host.querySelector('form')).toBeNull();
  });

  it('explains a link without token, without calling the API', async () => {
    await render(undefined);

    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Deze uitnodigingslink is onvolledig.',
    );
  });
});
