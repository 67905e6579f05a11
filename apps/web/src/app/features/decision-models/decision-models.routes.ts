import { Routes } from '@angular/router';

import { permissionGuard } from '../../core/permissions/permission.guard';

/** "Besluitmodellen": the library for every member, drafts for the label owner and quality officer. */
export const decisionModelsRoutes: Routes = [
  {
    path: '',
    title: 'decisionModels.list.pageTitle',
    canActivate: [permissionGuard('decision-models.read')],
    loadComponent: () =>
      import('./models-page/decision-models-page.component').then(
        (m) => m.DecisionModelsPageComponent,
      ),
  },
  {
    path: 'drafts/:draftId',
    title: 'decisionModels.drafts.pageTitle',
    canActivate: [permissionGuard('decision-model.author')],
    loadComponent: () =>
      import('./draft-page/decision-model-draft-page.component').then(
        (m) => m.DecisionModelDraftPageComponent,
      ),
  },
  {
    path: ':modelId',
    title: 'decisionModels.model.pageTitle',
    canActivate: [permissionGuard('decision-models.read')],
    loadComponent: () =>
      import('./model-page/decision-model-page.component').then(
        (m) => m.DecisionModelPageComponent,
      ),
  },
];
