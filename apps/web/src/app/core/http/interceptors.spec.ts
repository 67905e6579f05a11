import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { translocoTesting } from '../../../testing/transloco-testing';
import { acceptLanguageInterceptor } from './accept-language.interceptor';
import { ApiError } from './api-error';
import { problemInterceptor } from './problem.interceptor';

describe('API interceptors', () => {
  let http: HttpTestingController;
  let client: HttpClient;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([acceptLanguageInterceptor, problemInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
  });

  afterEach(() => http.verify());

  it('asks the API for the active language', () => {
    TestBed.inject(TranslocoService).setActiveLang('en');
    client.get('/api/v1/organisation').subscribe();

    expect(http.expectOne('/api/v1/organisation').request.headers.get('Accept-Language')).toBe(
      'en',
    );
  });

  it('leaves non-API requests alone', () => {
    client.get('/i18n/nl.json').subscribe();

    expect(http.expectOne('/i18n/nl.json').request.headers.has('Accept-Language')).toBe(false);
  });

  it('turns a problem response into an ApiError with the detail', async () => {
    const result = firstValueFrom(client.delete('/api/v1/organisation/members/m-1'));
    http.expectOne('/api/v1/organisation/members/m-1').flush(
      {
        type: '/problems/forbidden',
        title: 'Forbidden',
        status: 403,
        detail: 'Alleen kwaliteitsfunctionarissen.',
      },
      { status: 403, statusText: 'Forbidden' },
    );

    await expect(result).rejects.toEqual(expect.any(ApiError));
    await expect(result).rejects.toMatchObject({
      status: 403,
      message: 'Alleen kwaliteitsfunctionarissen.',
    });
  });

  it('gives a translated generic message for server errors', async () => {
    const result = firstValueFrom(client.get('/api/v1/organisation'));
    http
      .expectOne('/api/v1/organisation')
      .flush('oops', { status: 503, statusText: 'Unavailable' });

    await expect(result).rejects.toMatchObject({
      status: 503,
      message: 'Er ging iets mis aan onze kant. Probeer het over een paar minuten opnieuw.',
    });
  });
});
