import { ModelPromptAnswer } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { ProblemException } from '../common/problems/problem.exception';
import { DecisionModelsService } from '../decision-models/decision-models.service';

export interface ResolvedModel {
  id: string;
  version: string;
}

/** A model's prompts are its steps, named by position: `step-1`, `step-2`, … */
export function promptIdOf(stepIndex: number): string {
  return `step-${stepIndex + 1}`;
}

/**
 * The decision model a reflection or session names, checked against what the organisation sees
 * in the library: a reflection never names a model the product does not have, and answers only
 * that model's prompts. The version is pinned, so a later version never rewrites what was answered.
 */
@Injectable()
export class ReflectionModelsService {
  constructor(private readonly models: DecisionModelsService) {}

  async resolve(
    organisationId: string | null,
    modelId: string | null,
    answers: readonly ModelPromptAnswer[],
  ): Promise<ResolvedModel | null> {
    const model = modelId === null ? null : await this.models.find(organisationId, modelId);
    if (modelId !== null && !model) {
      throw new ProblemException(422, 'unknown-decision-model', { modelId });
    }
    const known = new Set((model?.steps ?? []).map((_step, index) => promptIdOf(index)));
    const unknown = answers.map((a) => a.promptId).filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new ProblemException(422, 'unknown-model-prompt', { unknown: unknown.join(', ') });
    }
    return model ? { id: model.id, version: model.version } : null;
  }
}
