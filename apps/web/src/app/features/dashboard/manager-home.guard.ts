import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { PermissionsStore } from '../../core/permissions/permissions.store';
import { SessionStore } from '../../core/session/session.store';

/**
 * A manager's home is the dashboard: they follow readiness rather than fill in rounds. Kept free of
 * dashboard code, since the app's first bundle loads it.
 */
export const managerHomeGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const permissions = inject(PermissionsStore);
  const router = inject(Router);
  await session.ensureLoaded();
  return permissions.isReadOnly() ? router.createUrlTree(['/dashboard']) : true;
};
