import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

import { isApiRequest } from './api-request';

/** Asks the API for messages (problem `detail`) in the language the user reads. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiRequest(request)) {
    return next(request);
  }
  const lang = inject(TranslocoService).getActiveLang();
  return next(request.clone({ setHeaders: { 'Accept-Language': lang } }));
};
