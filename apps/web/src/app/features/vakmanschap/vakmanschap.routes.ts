import { Routes } from '@angular/router';

import { permissionGuard } from '../../core/permissions/permission.guard';

/** "Mijn reflecties": professionals and contributors (team leads who are one too). */
export const reflectionsRoutes: Routes = [
  {
    path: '',
    title: 'reflections.pageTitle',
    canActivate: [permissionGuard('reflections.read')],
    loadComponent: () =>
      import('./reflections-page/reflections-page.component').then(
        (m) => m.ReflectionsPageComponent,
      ),
  },
];

/** A team's learning pages, under /teams/:teamId; path params bind to component inputs. */
export const teamWorkRoutes: Routes = [
  {
    path: ':teamId/sessions',
    title: 'teamWork.sessions.pageTitle',
    canActivate: [permissionGuard('team-sessions.read')],
    loadComponent: () =>
      import('./team-sessions-page/team-sessions-page.component').then(
        (m) => m.TeamSessionsPageComponent,
      ),
  },
  {
    path: ':teamId/agreements',
    title: 'teamWork.agreements.pageTitle',
    canActivate: [permissionGuard('team-agreements.read')],
    loadComponent: () =>
      import('./team-agreements-page/team-agreements-page.component').then(
        (m) => m.TeamAgreementsPageComponent,
      ),
  },
  {
    path: ':teamId/check-ins',
    title: 'teamWork.checkIns.pageTitle',
    canActivate: [permissionGuard('check-ins.answer')],
    loadComponent: () =>
      import('./check-ins-page/check-ins-page.component').then((m) => m.CheckInsPageComponent),
  },
];
