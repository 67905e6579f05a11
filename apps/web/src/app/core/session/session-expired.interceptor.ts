import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { ApiError } from '../http/api-error';
import { SessionStore } from './session.store';

const SESSION_PROBES = ['/api/v1/me', '/api/v1/auth/'];

/** A 401 from an organisation call means the session ended: forget it and ask to log in again. */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const isProbe = SESSION_PROBES.some((prefix) => request.url.startsWith(prefix));
  return next(request).pipe(
    catchError((error: unknown) => {
      if (!isProbe && error instanceof ApiError && error.status === 401 && session.isSignedIn()) {
        session.signedOut();
        void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
      }
      return throwError(() => error);
    }),
  );
};
