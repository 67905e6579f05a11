import { Routes } from '@angular/router';

import { latestRoundGuard } from './latest-round.guard';

/**
 * Lazy, so ngx-charts and d3 stay out of the first load. Their animation renderer is provided at
 * the root (`provideAnimationsAsync` in app.config): one provided on these routes is never flushed
 * by change detection, and charts would then never leave the page.
 * Path params bind to component inputs (`withComponentInputBinding`).
 */
export const dashboardRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'dashboard.landing.pageTitle',
    canActivate: [latestRoundGuard],
    loadComponent: () =>
      import('./dashboard-landing-page/dashboard-landing-page.component').then(
        (m) => m.DashboardLandingPageComponent,
      ),
  },
  {
    path: 'rounds/:roundId',
    title: 'dashboard.round.pageTitle',
    loadComponent: () =>
      import('./round-dashboard-page/round-dashboard-page.component').then(
        (m) => m.RoundDashboardPageComponent,
      ),
  },
  {
    path: 'trend',
    title: 'dashboard.trend.pageTitle',
    loadComponent: () =>
      import('./trend-page/trend-page.component').then((m) => m.TrendPageComponent),
  },
];

export const sectorRoutes: Routes = [
  {
    path: '',
    title: 'dashboard.sector.pageTitle',
    loadComponent: () =>
      import('./sector-page/sector-page.component').then((m) => m.SectorPageComponent),
  },
];
