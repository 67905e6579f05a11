import { Routes } from '@angular/router';

import { rubricAuthorGuard } from './rubric-author.guard';

/**
 * Readable without a session: the rubric is public; drafts are the label owner's. Path params bind
 * to component inputs.
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
    canActivate: [rubricAuthorGuard],
    loadComponent: () =>
      import('./draft-editor-page/draft-editor-page.component').then(
        (m) => m.DraftEditorPageComponent,
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
