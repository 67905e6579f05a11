import { Permission } from '@labelklaar/domain';

import { inject } from '@angular/core';
import { CanActivateFn, RedirectCommand, Router } from '@angular/router';

import { SessionStore } from '../session/session.store';
import { PermissionsStore } from './permissions.store';

/** A path no route matches, so the catch-all shows the not-found page. */
const NOT_FOUND_PATH = '/niet-gevonden';

/**
 * A page only some actors may use: visitors log in first and come back; someone signed in who may
 * not use it sees the not-found page under the address they asked for, as the API answers 404
 * rather than say what exists.
 */
export function permissionGuard(permission: Permission): CanActivateFn {
  return async (_route, state) => {
    const session = inject(SessionStore);
    const permissions = inject(PermissionsStore);
    const router = inject(Router);
    const me = await session.ensureLoaded();
    if (!me) {
      return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    }
    if (permissions.can(permission)) {
      return true;
    }
    return new RedirectCommand(router.parseUrl(NOT_FOUND_PATH), { skipLocationChange: true });
  };
}
