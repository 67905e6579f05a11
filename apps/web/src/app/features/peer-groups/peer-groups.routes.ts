import { Routes } from '@angular/router';

/** Path params and the `?token=` of a link bind to component inputs (`withComponentInputBinding`). */
export const peerGroupsRoutes: Routes = [
  {
    path: '',
    title: 'peerGroups.list.pageTitle',
    loadComponent: () =>
      import('./peer-groups-page/peer-groups-page.component').then(
        (m) => m.PeerGroupsPageComponent,
      ),
  },
  {
    path: 'join',
    title: 'peerGroups.join.pageTitle',
    loadComponent: () =>
      import('./join-peer-group-page/join-peer-group-page.component').then(
        (m) => m.JoinPeerGroupPageComponent,
      ),
  },
  {
    path: ':groupId',
    title: 'peerGroups.group.pageTitle',
    loadComponent: () =>
      import('./peer-group-page/peer-group-page.component').then((m) => m.PeerGroupPageComponent),
  },
];
