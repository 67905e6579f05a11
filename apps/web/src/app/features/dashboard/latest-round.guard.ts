import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { catchError, map, of } from 'rxjs';

import { AssessmentRoundsApiService } from '../assessment-rounds/data-access/assessment-rounds-api.service';

/**
 * `/dashboard` shows the latest round: the API lists rounds by target date, newest first. Without
 * rounds (or when they cannot be loaded) the landing page explains what to do.
 */
export const latestRoundGuard: CanActivateFn = () => {
  const router = inject(Router);
  return inject(AssessmentRoundsApiService)
    .list()
    .pipe(
      map((rounds) =>
        rounds.length > 0 ? router.createUrlTree(['/dashboard/rounds', rounds[0].id]) : true,
      ),
      catchError(() => of(true)),
    );
};
