import { Routes } from '@angular/router';

export const membersRoutes: Routes = [
  {
    path: '',
    title: 'members.page.pageTitle',
    loadComponent: () =>
      import('./members-page/members-page.component').then((m) => m.MembersPageComponent),
  },
];
