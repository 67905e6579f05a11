import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { aMe } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { SessionStore } from '../../../core/session/session.store';
import { LoginPageComponent } from './login-page.component';

describe('LoginPageComponent', () => {
  let fixture: ComponentFixture<LoginPageComponent>;
  let http: HttpTestingController;
  let router: Router;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LoginPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(LoginPageComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const field = (label: string) => {
    const labelElement = Array.from(host.querySelectorAll('label')).find(
      (element) => element.textContent?.trim() === label,
    );
    return host.querySelector<HTMLInputElement>(`#${labelElement?.htmlFor}`);
  };
  const submitButton = () =>
    Array.from(host.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Inloggen');
  const type = (input: HTMLInputElement | null, value: string) => {
    if (!input) {
      throw new Error('field not found');
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    submitButton()?.click();
    await settle(fixture);
  };

  it('labels its fields and button in Dutch', () => {
    expect(field('E-mailadres')?.type).toBe('email');
    expect(field('Wachtwoord')?.type).toBe('password');
    expect(submitButton()).toBeTruthy();
    expect(host.querySelector('h1')?.textContent).toContain('Inloggen');
  });

  it('shows required messages next to empty fields and sends nothing', async () => {
    await submit();

    const email = field('E-mailadres');
    expect(email?.getAttribute('aria-invalid')).toBe('true');
    expect(
      host.querySelector(`#${email?.getAttribute('aria-describedby')}`)?.textContent,
    ).toContain('Vul dit veld in.');
    expect(field('Wachtwoord')?.getAttribute('aria-invalid')).toBe('true');
    http.expectNone('/api/v1/auth/login');
  });

  it('moves focus to the first invalid field', async () => {
    await submit();

    expect(document.activeElement).toBe(field('E-mailadres'));
  });

  it('rejects an email address without @', async () => {
    type(field('E-mailadres'), 'kwaliteit');
    type(field('Wachtwoord'), 'geheim');
    await submit();

    expect(host.querySelector('#login-email-error')?.textContent).toContain(
      'Vul een geldig e-mailadres in',
    );
    expect(field('Wachtwoord')?.getAttribute('aria-invalid')).toBeNull();
    http.expectNone('/api/v1/auth/login');
  });

  it('logs in, keeps the session and goes to the return URL', async () => {
    fixture.componentRef.setInput('returnUrl', '/members');
    type(field('E-mailadres'), 'kwaliteit@voorbeeld.nl');
    type(field('Wachtwoord'), 'Labelklaar-demo-2026');
    await submit();

    const request = http.expectOne('/api/v1/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      email: 'kwaliteit@voorbeeld.nl',
      password: 'Labelklaar-demo-2026',
    });
    request.flush(aMe());
    await settle(fixture);

    expect(TestBed.inject(SessionStore).me()?.user.email).toBe('kwaliteit@voorbeeld.nl');
    expect(router.navigateByUrl).toHaveBeenCalledWith('/members');
  });

  it('ignores a return URL that leaves the app', async () => {
    fixture.componentRef.setInput('returnUrl', '//evil.example/phish');
    type(field('E-mailadres'), 'kwaliteit@voorbeeld.nl');
    type(field('Wachtwoord'), 'Labelklaar-demo-2026');
    await submit();
    http.expectOne('/api/v1/auth/login').flush(aMe());
    await settle(fixture);

    expect(router.navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('shows the API detail as an alert when the credentials are wrong', async () => {
    type(field('E-mailadres'), 'kwaliteit@voorbeeld.nl');
    type(field('Wachtwoord'), 'verkeerd-wachtwoord');
    await submit();

    http.expectOne('/api/v1/auth/login').flush(
      {
        type: '/problems/invalid-credentials',
        title: 'Unauthorized',
        status: 401,
        detail: 'E-mailadres of wachtwoord klopt niet.',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle(fixture);

    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('E-mailadres of wachtwoord klopt niet.');
    expect(TestBed.inject(SessionStore).me()).toBeNull();
    expect(router.navigateByUrl).not.toHaveBeenCalled();
  });

  it('shows per-field messages from the API next to the field', async () => {
    type(field('E-mailadres'), 'kwaliteit@voorbeeld.nl');
    type(field('Wachtwoord'), 'x');
    await submit();

    http.expectOne('/api/v1/auth/login').flush(
      {
        type: '/problems/validation-failed',
        title: 'Invalid input',
        status: 400,
        detail: 'Controleer de invoer.',
        errors: [{ field: 'password', code: 'isNotEmpty', message: 'Wachtwoord is verplicht.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    expect(host.querySelector('#login-password-error')?.textContent).toContain(
      'Wachtwoord is verplicht.',
    );
    expect(field('Wachtwoord')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a translated message when the server cannot be reached', async () => {
    type(field('E-mailadres'), 'kwaliteit@voorbeeld.nl');
    type(field('Wachtwoord'), 'Labelklaar-demo-2026');
    await submit();

    http.expectOne('/api/v1/auth/login').error(new ProgressEvent('error'), { status: 0 });
    await settle(fixture);

    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Er is geen verbinding met Labelklaar',
    );
  });
});
