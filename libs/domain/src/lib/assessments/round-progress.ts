import type { RubricVersion } from '../rubric/rubric.types';
import { isAnswered } from './response-rules';
import type { ResponseState, RoundProgress } from './round.types';

export interface ResponseForProgress {
  criterionCode: string;
  level: number | null;
  notApplicable: boolean;
  state: ResponseState;
  isCarriedOver: boolean;
}

/** How far a round is, overall and per domain, counting only this rubric version's criteria. */
export function computeRoundProgress(
  rubric: RubricVersion,
  responses: readonly ResponseForProgress[],
): RoundProgress {
  const byCode = new Map(responses.map((response) => [response.criterionCode, response]));
  const progress: RoundProgress = {
    total: 0,
    answered: 0,
    readyForReview: 0,
    carriedOver: 0,
    domains: [],
  };
  for (const domain of rubric.domains) {
    let answered = 0;
    for (const criterion of domain.criteria) {
      const response = byCode.get(criterion.code);
      answered += response && isAnswered(criterion, response) ? 1 : 0;
      progress.readyForReview += response?.state === 'ready-for-review' ? 1 : 0;
      progress.carriedOver += response?.isCarriedOver ? 1 : 0;
    }
    progress.domains.push({ code: domain.code, total: domain.criteria.length, answered });
    progress.total += domain.criteria.length;
    progress.answered += answered;
  }
  return progress;
}
