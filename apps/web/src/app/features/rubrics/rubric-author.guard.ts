import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { PermissionsStore } from '../../core/permissions/permissions.store';
import { SessionStore } from '../../core/session/session.store';

/** Authoring rubrics is the label owner's: others are sent home (the API refuses them anyway). */
export const rubricAuthorGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const permissions = inject(PermissionsStore);
  const router = inject(Router);
  const me = await session.ensureLoaded();
  if (!me) {
    return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  }
  return permissions.can('rubric.author') ? true : router.createUrlTree(['/']);
};
