import { Routes } from '@angular/router';

import { teamWorkRoutes } from '../vakmanschap/vakmanschap.routes';

/** Path params bind to component inputs (`withComponentInputBinding`). */
export const teamsRoutes: Routes = [
  {
    path: '',
    title: 'teams.list.pageTitle',
    loadComponent: () =>
      import('./teams-page/teams-page.component').then((m) => m.TeamsPageComponent),
  },
  {
    path: ':teamId',
    title: 'teams.team.pageTitle',
    loadComponent: () => import('./team-page/team-page.component').then((m) => m.TeamPageComponent),
  },
  ...teamWorkRoutes,
];
