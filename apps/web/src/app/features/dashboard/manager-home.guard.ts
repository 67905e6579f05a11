import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { SessionStore } from '../../core/session/session.store';

/**
 * A manager's home is the dashboard: they follow readiness rather than fill in rounds. Kept free of
 * dashboard code, since the app's first bundle loads it.
 */
export const managerHomeGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  return session.role() === 'manager' ? router.createUrlTree(['/dashboard']) : true;
};
