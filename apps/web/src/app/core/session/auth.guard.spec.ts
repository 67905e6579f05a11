import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  provideRouter,
  Router,
  RouterStateSnapshot,
  UrlTree,
} from '@angular/router';

import { aMe } from '../../../testing/fixtures';
import { translocoTesting } from '../../../testing/transloco-testing';
import { problemInterceptor } from '../http/problem.interceptor';
import { authGuard } from './auth.guard';

describe('authGuard', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const run = () =>
    TestBed.runInInjectionContext(() =>
      authGuard({} as ActivatedRouteSnapshot, { url: '/members?x=1' } as RouterStateSnapshot),
    ) as Promise<boolean | UrlTree>;

  it('lets a signed-in user through', async () => {
    const result = run();
    http.expectOne('/api/v1/auth/session').flush({ authenticated: true, me: aMe() });

    expect(await result).toBe(true);
  });

  it('counts an unreachable API as nobody signed in', async () => {
    const result = run();
    http.expectOne('/api/v1/auth/session').error(new ProgressEvent('error'), { status: 0 });

    expect(TestBed.inject(Router).serializeUrl((await result) as UrlTree)).toBe(
      '/login?returnUrl=%2Fmembers%3Fx%3D1',
    );
  });

  it('sends anonymous visitors to the login page with the return URL', async () => {
    const result = run();
    http.expectOne('/api/v1/auth/session').flush({ authenticated: false, me: null });

    const tree = await result;
    expect(TestBed.inject(Router).serializeUrl(tree as UrlTree)).toBe(
      '/login?returnUrl=%2Fmembers%3Fx%3D1',
    );
  });
});
