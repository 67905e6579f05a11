import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aMe } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { SessionStore } from '../../../core/session/session.store';
import { PasswordStrengthService } from '../../../shared/forms/password-strength';
import { ChangePasswordPageComponent } from './change-password-page.component';

describe('ChangePasswordPageComponent', () => {
  let fixture: ComponentFixture<ChangePasswordPageComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ChangePasswordPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signedIn(aMe());
    fixture = TestBed.createComponent(ChangePasswordPageComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await settle(fixture);
  });

  afterEach(() => http.verify());

  const type = (selector: string, value: string) => {
    const input = host.querySelector<HTMLInputElement>(selector);
    if (!input) {
      throw new Error(`${selector} not found`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const submit = async () => {
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);
  };
  const text = (selector: string) => host.querySelector(selector)?.textContent?.trim() ?? '';
  const dictionariesLoaded = async () => {
    const strength = TestBed.inject(PasswordStrengthService);
    for (let tries = 0; tries < 200 && !strength.isReady(); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(strength.isReady()).toBe(true);
    await settle(fixture);
  };

  it('labels every field', () => {
    const labels = Array.from(host.querySelectorAll('label')).map((label) =>
      label.textContent?.trim(),
    );

    expect(labels).toEqual([
      'Huidig wachtwoord',
      'Nieuw wachtwoord',
      'Herhaal het nieuwe wachtwoord',
    ]);
    for (const label of Array.from(host.querySelectorAll('label'))) {
      expect(host.querySelector(`#${label.getAttribute('for') ?? ''}`)).not.toBeNull();
    }
  });

  it('says while typing why a new password is too easy, the same words the API uses', async () => {
    await dictionariesLoaded();

    type('#change-password-new', 'wachtwoord12');
    await settle(fixture);
    expect(text('#change-password-new-strength')).toBe(
      'Nog te makkelijk te raden: het wachtwoord, of het woord waar het op leunt, staat in de lijsten die aanvallers als eerste proberen.',
    );

    type('#change-password-new', 'welzijnvoorbeeld');
    await settle(fixture);
    expect(text('#change-password-new-strength')).toContain('lijkt op je naam');

    type('#change-password-new', 'Ochtendgloren-boven-de-Waal');
    await settle(fixture);
    expect(text('#change-password-new-strength')).toBe('Sterk genoeg.');
  });

  it('refuses a weak or unrepeated new password without asking the API', async () => {
    await dictionariesLoaded();
    type('#change-password-current', 'mijn-oude-wachtwoord');
    type('#change-password-new', 'wachtwoord12');
    type('#change-password-repeat', 'wachtwoord13');

    await submit();

    expect(text('#change-password-new-error')).toBe(
      'Kies een wachtwoord dat moeilijker te raden is.',
    );
    expect(text('#change-password-repeat-error')).toBe(
      'De twee nieuwe wachtwoorden zijn niet gelijk.',
    );
    expect(document.activeElement?.id).toBe('change-password-new');
    http.expectNone('/api/v1/me/password');
  });

  it('changes the password, says so, and empties the form', async () => {
    type('#change-password-current', 'mijn-oude-wachtwoord');
    type('#change-password-new', 'Ochtendgloren-boven-de-Waal');
    type('#change-password-repeat', 'Ochtendgloren-boven-de-Waal');

    await submit();
    const request = http.expectOne('/api/v1/me/password');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      currentPassword: 'mijn-oude-wachtwoord',
      newPassword: 'Ochtendgloren-boven-de-Waal',
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(text('lk-live-message[kind="success"]')).toBe(
      'Je wachtwoord is gewijzigd. Op je andere apparaten en in andere browsers ben je uitgelogd.',
    );
    expect(host.querySelector<HTMLInputElement>('#change-password-current')?.value).toBe('');
  });

  it('shows a wrong current password under that field', async () => {
    type('#change-password-current', 'niet-mijn-wachtwoord');
    type('#change-password-new', 'Ochtendgloren-boven-de-Waal');
    type('#change-password-repeat', 'Ochtendgloren-boven-de-Waal');

    await submit();
    const message = 'Het huidige wachtwoord klopt niet. Je wachtwoord is niet gewijzigd.';
    http.expectOne('/api/v1/me/password').flush(
      {
        type: '/problems/current-password-incorrect',
        title: 'Huidig wachtwoord klopt niet',
        status: 400,
        detail: message,
        errors: [{ field: 'currentPassword', code: 'currentPasswordIncorrect', message }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    expect(text('#change-password-current-error')).toBe(message);
    expect(text('lk-live-message[kind="success"]')).toBe('');
  });
});
