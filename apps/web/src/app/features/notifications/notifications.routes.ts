import { Routes } from '@angular/router';

import { authGuard } from '../../core/session/auth.guard';

/** Mounted at the root: /notifications, /account/notifications and the public /unsubscribe. */
export const notificationsRoutes: Routes = [
  {
    path: 'notifications',
    title: 'notifications.list.title',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./notifications-page/notifications-page.component').then(
        (m) => m.NotificationsPageComponent,
      ),
  },
  {
    path: 'account/notifications',
    title: 'notifications.preferences.title',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./preferences-page/notification-preferences-page.component').then(
        (m) => m.NotificationPreferencesPageComponent,
      ),
  },
  {
    path: 'unsubscribe',
    title: 'notifications.unsubscribe.title',
    loadComponent: () =>
      import('./unsubscribe-page/unsubscribe-page.component').then(
        (m) => m.UnsubscribePageComponent,
      ),
  },
];
