import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { PasswordStrengthService } from '../../../shared/forms/password-strength';
import { ResetPasswordPageComponent } from './reset-password-page.component';

const PASSWORD = 'Ochtendgloren-boven-de-Waal-7';

describe('ResetPasswordPageComponent', () => {
  let fixture: ComponentFixture<ResetPasswordPageComponent>;
  let http: HttpTestingController;
  let router: Router;
  let host: HTMLElement;

  const render = async (token?: string) => {
    fixture = TestBed.createComponent(ResetPasswordPageComponent);
    if (token) {
      fixture.componentRef.setInput('token', token);
    }
    host = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ResetPasswordPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  /** The dictionaries load once a password is chosen; the form judges with them. */
  const dictionariesLoaded = async () => {
    const strength = TestBed.inject(PasswordStrengthService);
    for (let tries = 0; tries < 600 && !strength.isReady(); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(strength.isReady()).toBe(true);
    await settle(fixture);
  };

  const fill = async () => {
    await dictionariesLoaded();
    for (const id of ['reset-password-new', 'reset-password-repeat']) {
      const input = host.querySelector<HTMLInputElement>(`#${id}`);
      if (!input) {
        throw new Error(`no #${id}`);
      }
      input.value = PASSWORD;
      input.dispatchEvent(new Event('input'));
    }
    host.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle(fixture);
  };

  it('shows the password rule and sets the password, then goes to the login page', async () => {
    await render('mailed-token');
    expect(host.querySelector('#reset-password-new-hint')?.textContent).toContain(
      'Minimaal 12 tekens.',
    );
    await fill();

    const request = http.expectOne('/api/v1/auth/password-reset/confirm');
    expect(request.request.body).toEqual({ token: 'mailed-token', password: PASSWORD });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(router.navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { passwordReset: 'done' },
    });
  }, 20_000);

  it('says an expired or used link no longer works and offers to ask again', async () => {
    await render('used-token');
    await fill();

    http.expectOne('/api/v1/auth/password-reset/confirm').flush(
      {
        type: '/problems/password-reset-invalid',
        title: 'Link werkt niet meer',
        status: 400,
        detail: 'Deze link is verlopen of al gebruikt.',
        errors: [{ field: 'token', code: 'passwordResetInvalid', message: 'Verlopen.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    expect(host.querySelector('[role=alert]')?.textContent).toContain('verlopen of al gebruikt');
    expect(host.querySelector('form')).toBeNull();
    expect(host.querySelector('a[href="/forgot-password"]')?.textContent).toContain(
      'Vraag een nieuwe link aan',
    );
  }, 20_000);

  it('offers to ask again when the link has no token', async () => {
    await render();
    expect(host.querySelector('form')).toBeNull();
    expect(host.querySelector('a[href="/forgot-password"]')).not.toBeNull();
  });
});
