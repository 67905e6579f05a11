import { PEER_JUDGEMENTS, type AssessedJudgement, type PeerJudgement } from './review.types';

/** Higher is better: 'does-not-meet' 0, 'partly-meets' 1, 'meets' 2; 'not-assessed' has no rank. */
const RANK: Record<AssessedJudgement, number> = { 'does-not-meet': 0, 'partly-meets': 1, meets: 2 };

export function isPeerJudgement(value: unknown): value is PeerJudgement {
  return (PEER_JUDGEMENTS as readonly unknown[]).includes(value);
}

export function isAssessed(judgement: PeerJudgement | null): judgement is AssessedJudgement {
  return judgement !== null && judgement !== 'not-assessed';
}

/** The rank of an assessed judgement (0 = does not meet … 2 = meets). */
export function judgementRank(judgement: AssessedJudgement): number {
  return RANK[judgement];
}

/**
 * The leerrapport's judgement of a criterion from the reviewers' judgements (the aggregation rule):
 *
 * 1. 'not-assessed' is left out whenever at least one reviewer did judge the criterion: a reviewer
 *    who did not look at it has no say in how it is judged;
 * 2. of the judgements that remain, the most critical one wins ('does-not-meet' over
 *    'partly-meets' over 'meets'), because a leerrapport is there to learn from, and a concern one
 *    peer saw must not be averaged away by another who did not see it;
 * 3. when nobody judged the criterion (no judgements, or only 'not-assessed'), it is 'not-assessed'.
 *
 * Every reviewer's own judgement and finding stays visible next to the merged one.
 */
export function mergeJudgements(judgements: readonly (PeerJudgement | null)[]): PeerJudgement {
  let merged: AssessedJudgement | null = null;
  for (const judgement of judgements) {
    if (isAssessed(judgement) && (merged === null || RANK[judgement] < RANK[merged])) {
      merged = judgement;
    }
  }
  return merged ?? 'not-assessed';
}
