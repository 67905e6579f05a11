import { Routes } from '@angular/router';

/** Readable without a session: the rubric is public. Path params bind to component inputs. */
export const rubricsRoutes: Routes = [
  {
    path: '',
    title: 'rubrics.list.pageTitle',
    loadComponent: () =>
      import('./rubric-list-page/rubric-list-page.component').then(
        (m) => m.RubricListPageComponent,
      ),
  },
  {
    path: ':rubricId/:version',
    title: 'rubrics.version.pageTitle',
    loadComponent: () =>
      import('./rubric-version-page/rubric-version-page.component').then(
        (m) => m.RubricVersionPageComponent,
      ),
  },
  {
    path: ':rubricId/:version/criteria/:code',
    title: 'rubrics.criterion.pageTitle',
    loadComponent: () =>
      import('./criterion-page/criterion-page.component').then((m) => m.CriterionPageComponent),
  },
];
