import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  provideRouter,
  RouterStateSnapshot,
  UrlTree,
} from '@angular/router';
import { firstValueFrom, isObservable, Observable } from 'rxjs';

import { latestRoundGuard } from './latest-round.guard';

type GuardResult = boolean | UrlTree;

async function run(guard: typeof latestRoundGuard): Promise<GuardResult> {
  const result = TestBed.runInInjectionContext(() =>
    guard({} as ActivatedRouteSnapshot, { url: '/' } as RouterStateSnapshot),
  );
  const value = isObservable(result)
    ? await firstValueFrom(result as Observable<GuardResult>)
    : await result;
  return value as GuardResult;
}

const urlOf = (result: GuardResult) => (result instanceof UrlTree ? result.toString() : result);

describe('dashboard guards', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
  });

  it('opens the latest round, as the API lists rounds newest first', async () => {
    const result = run(latestRoundGuard);
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/rounds')
      .flush([{ id: 'round-2' }, { id: 'round-1' }]);
    expect(urlOf(await result)).toBe('/dashboard/rounds/round-2');
  });

  it('shows the landing page when there is no round, or the rounds cannot be loaded', async () => {
    const http = TestBed.inject(HttpTestingController);
    const none = run(latestRoundGuard);
    http.expectOne('/api/v1/rounds').flush([]);
    expect(await none).toBe(true);
    const failing = run(latestRoundGuard);
    http.expectOne('/api/v1/rounds').flush(null, { status: 500, statusText: 'Server Error' });
    expect(await failing).toBe(true);
  });
});
