import { Routes } from '@angular/router';

import { authGuard } from './core/session/auth.guard';
import { LoginPageComponent } from './features/auth/login-page/login-page.component';
import { notificationsRoutes } from './features/notifications/notifications.routes';

/** Route `title`s are translation keys, translated by `TranslatedTitleStrategy`. */
export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'organisation.home.pageTitle',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/organisation/home-page/home-page.component').then(
        (m) => m.HomePageComponent,
      ),
  },
  // Eager: every visit without a session starts here, so the page comes with the first download
  // instead of one more round trip after it (Lighthouse mobile, see README "Benchmark").
  { path: 'login', title: 'auth.login.pageTitle', component: LoginPageComponent },
  {
    path: 'register',
    title: 'auth.register.pageTitle',
    loadComponent: () =>
      import('./features/auth/register-page/register-page.component').then(
        (m) => m.RegisterPageComponent,
      ),
  },
  {
    path: 'forgot-password',
    title: 'passwordRecovery.request.pageTitle',
    loadComponent: () =>
      import('./features/auth/forgot-password-page/forgot-password-page.component').then(
        (m) => m.ForgotPasswordPageComponent,
      ),
  },
  // The path of the link in the "password-reset" mail (apps/api auth/password-reset.service.ts).
  {
    path: 'password-reset',
    title: 'passwordRecovery.reset.pageTitle',
    loadComponent: () =>
      import('./features/auth/reset-password-page/reset-password-page.component').then(
        (m) => m.ResetPasswordPageComponent,
      ),
  },
  {
    path: 'account',
    pathMatch: 'full',
    title: 'accountPage.pageTitle',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/account/account-page/account-page.component').then(
        (m) => m.AccountPageComponent,
      ),
  },
  // The path of the link in the "email-change-confirm" mail; the token alone proves the address.
  {
    path: 'account/email/confirm',
    title: 'accountPage.confirmEmail.pageTitle',
    loadComponent: () =>
      import('./features/account/confirm-email-page/confirm-email-page.component').then(
        (m) => m.ConfirmEmailPageComponent,
      ),
  },
  {
    path: 'account/password',
    title: 'account.password.pageTitle',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/account/change-password-page/change-password-page.component').then(
        (m) => m.ChangePasswordPageComponent,
      ),
  },
  ...notificationsRoutes,
  {
    path: 'members',
    canActivate: [authGuard],
    loadChildren: () => import('./features/members/members.routes').then((m) => m.membersRoutes),
  },
  {
    path: 'rounds',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/assessment-rounds/assessment-rounds.routes').then(
        (m) => m.assessmentRoundsRoutes,
      ),
  },
  {
    path: 'my-criteria',
    title: 'myCriteria.page.pageTitle',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/my-criteria/my-criteria-page/my-criteria-page.component').then(
        (m) => m.MyCriteriaPageComponent,
      ),
  },
  {
    path: 'review-queue',
    title: 'roundReview.queue.pageTitle',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/assessment-rounds/review-queue-page/review-queue-page.component').then(
        (m) => m.ReviewQueuePageComponent,
      ),
  },
  {
    path: 'actions',
    title: 'actions.page.pageTitle',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/improvement-actions/actions-page/actions-page.component').then(
        (m) => m.ActionsPageComponent,
      ),
  },
  {
    path: 'search',
    title: 'search.page.pageTitle',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/search/search-page/search-page.component').then(
        (m) => m.SearchPageComponent,
      ),
  },
  {
    path: 'evidence',
    pathMatch: 'full',
    title: 'evidenceLibrary.page.pageTitle',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/evidence/evidence-library-page/evidence-library-page.component').then(
        (m) => m.EvidenceLibraryPageComponent,
      ),
  },
  {
    path: 'evidence/:evidenceId',
    title: 'evidenceRevisions.page.pageTitle',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/evidence/evidence-page/evidence-page.component').then(
        (m) => m.EvidencePageComponent,
      ),
  },
  {
    path: 'learning-report',
    title: 'learningReport.page.pageTitle',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/learning-report/learning-report-page/learning-report-page.component').then(
        (m) => m.LearningReportPageComponent,
      ),
  },
  {
    path: 'dashboard',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/dashboard/dashboard.routes').then((m) => m.dashboardRoutes),
  },
  {
    path: 'sector',
    canActivate: [authGuard],
    loadChildren: () => import('./features/dashboard/dashboard.routes').then((m) => m.sectorRoutes),
  },
  {
    path: 'teams',
    canActivate: [authGuard],
    loadChildren: () => import('./features/teams/teams.routes').then((m) => m.teamsRoutes),
  },
  {
    path: 'reflections',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/vakmanschap/vakmanschap.routes').then((m) => m.reflectionsRoutes),
  },
  {
    path: 'decision-models',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/decision-models/decision-models.routes').then(
        (m) => m.decisionModelsRoutes,
      ),
  },
  {
    path: 'peer-groups',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/peer-groups/peer-groups.routes').then((m) => m.peerGroupsRoutes),
  },
  {
    path: 'reviews',
    canActivate: [authGuard],
    loadChildren: () => import('./features/reviews/reviews.routes').then((m) => m.reviewsRoutes),
  },
  {
    path: 'rounds/:roundId',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/reviews/reviews.routes').then((m) => m.roundReviewRoutes),
  },
  {
    path: 'toetsing',
    loadChildren: () =>
      import('./features/reviews/reviews.routes').then((m) => m.reviewInvitationRoutes),
  },
  {
    path: 'invitations',
    loadChildren: () =>
      import('./features/invitations/invitations.routes').then((m) => m.invitationsRoutes),
  },
  {
    path: 'rubrics',
    loadChildren: () => import('./features/rubrics/rubrics.routes').then((m) => m.rubricsRoutes),
  },
  {
    path: '**',
    title: 'notFound.pageTitle',
    loadComponent: () =>
      import('./core/not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
  },
];
