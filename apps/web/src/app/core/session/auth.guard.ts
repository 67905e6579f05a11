import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { SessionStore } from './session.store';

/** Pages of an organisation need a session; others are sent to log in and come back after. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const me = await session.ensureLoaded();
  return me ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};
