import { Routes } from '@angular/router';

/** Path params bind to component inputs (`withComponentInputBinding`). */
export const assessmentRoundsRoutes: Routes = [
  {
    path: '',
    title: 'rounds.list.pageTitle',
    loadComponent: () =>
      import('./round-list-page/round-list-page.component').then((m) => m.RoundListPageComponent),
  },
  {
    path: ':roundId',
    title: 'rounds.round.pageTitle',
    loadComponent: () =>
      import('./round-page/round-page.component').then((m) => m.RoundPageComponent),
  },
  {
    path: ':roundId/upgrade',
    title: 'rounds.upgrade.pageTitle',
    loadComponent: () =>
      import('./round-upgrade-page/round-upgrade-page.component').then(
        (m) => m.RoundUpgradePageComponent,
      ),
  },
  {
    path: ':roundId/who-does-what',
    title: 'roundReview.who.pageTitle',
    loadComponent: () =>
      import('./who-does-what-page/who-does-what-page.component').then(
        (m) => m.WhoDoesWhatPageComponent,
      ),
  },
  {
    path: ':roundId/print',
    title: 'printView.pageTitle',
    loadComponent: () =>
      import('./round-print-page/round-print-page.component').then(
        (m) => m.RoundPrintPageComponent,
      ),
  },
  {
    path: ':roundId/criteria/:code',
    title: 'rounds.criterion.pageTitle',
    loadComponent: () =>
      import('./criterion-response-page/criterion-response-page.component').then(
        (m) => m.CriterionResponsePageComponent,
      ),
  },
];
