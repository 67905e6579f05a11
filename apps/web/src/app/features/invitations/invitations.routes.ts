import { Routes } from '@angular/router';

export const invitationsRoutes: Routes = [
  {
    path: 'accept',
    title: 'invitations.accept.pageTitle',
    loadComponent: () =>
      import('./accept-invitation-page/accept-invitation-page.component').then(
        (m) => m.AcceptInvitationPageComponent,
      ),
  },
];
