import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, throwError } from 'rxjs';

import { toApiError } from './api-error';
import { isApiRequest } from './api-request';

/** Turns every failed API call into an `ApiError` whose message is ready to show. */
export const problemInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiRequest(request)) {
    return next(request);
  }
  const transloco = inject(TranslocoService);
  return next(request).pipe(
    catchError((error: unknown) =>
      throwError(() =>
        error instanceof HttpErrorResponse
          ? toApiError(error, (key) => transloco.translate(key))
          : error,
      ),
    ),
  );
};
