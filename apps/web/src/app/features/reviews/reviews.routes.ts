import { Routes } from '@angular/router';

/** `/reviews`: the reviews someone writes or receives. Path and query params bind to inputs. */
export const reviewsRoutes: Routes = [
  {
    path: '',
    title: 'reviews.list.pageTitle',
    loadComponent: () =>
      import('./review-list-page/review-list-page.component').then(
        (m) => m.ReviewListPageComponent,
      ),
  },
  {
    path: ':reviewId',
    title: 'reviews.review.pageTitle',
    loadComponent: () =>
      import('./review-page/review-page.component').then((m) => m.ReviewPageComponent),
  },
];

/** `/rounds/:roundId/…`: what the peer review of a round produced. */
export const roundReviewRoutes: Routes = [
  {
    path: 'leerrapport',
    title: 'reviews.leerrapport.pageTitle',
    loadComponent: () =>
      import('./leerrapport-page/leerrapport-page.component').then(
        (m) => m.LeerrapportPageComponent,
      ),
  },
  {
    path: 'peer-gaps',
    title: 'reviews.gaps.pageTitle',
    loadComponent: () =>
      import('./peer-gaps-page/peer-gaps-page.component').then((m) => m.PeerGapsPageComponent),
  },
];

/** `/toetsing/accepteren?token=…`: the link in a review invitation (public). */
export const reviewInvitationRoutes: Routes = [
  {
    path: 'accepteren',
    title: 'reviews.accept.pageTitle',
    loadComponent: () =>
      import('./accept-review-invitation-page/accept-review-invitation-page.component').then(
        (m) => m.AcceptReviewInvitationPageComponent,
      ),
  },
];
