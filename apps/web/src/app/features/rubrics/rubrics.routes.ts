import { Routes } from '@angular/router';

import { permissionGuard } from '../../core/permissions/permission.guard';
import { authGuard } from '../../core/session/auth.guard';

/**
 * Published versions are readable without a session: the rubric is public. The label owner's
 * pages (library, import, drafts) and comparing need one; their paths come before `:rubricId/:version`,
 * which would otherwise take them. Path and query params bind to component inputs.
 */
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
    path: ':rubricId/drafts/:draftId',
    title: 'rubrics.draft.pageTitle',
    canActivate: [permissionGuard('rubric.author')],
    loadComponent: () =>
      import('./draft-editor-page/draft-editor-page.component').then(
        (m) => m.DraftEditorPageComponent,
      ),
  },
  {
    path: 'library',
    title: 'rubrics.library.pageTitle',
    canActivate: [permissionGuard('rubrics.library')],
    loadComponent: () =>
      import('./rubric-library-page/rubric-library-page.component').then(
        (m) => m.RubricLibraryPageComponent,
      ),
  },
  {
    path: 'import',
    title: 'rubrics.import.pageTitle',
    canActivate: [permissionGuard('rubric.author')],
    loadComponent: () =>
      import('./rubric-import-page/rubric-import-page.component').then(
        (m) => m.RubricImportPageComponent,
      ),
  },
  {
    path: ':rubricId/compare',
    title: 'rubrics.compare.pageTitle',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./rubric-compare-page/rubric-compare-page.component').then(
        (m) => m.RubricComparePageComponent,
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
