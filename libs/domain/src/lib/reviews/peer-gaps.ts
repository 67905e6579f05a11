import type { CriterionReadiness, CriterionStatusDetail } from '../readiness/readiness.types';
import { isAssessed, judgementRank } from './judgements';
import type { PeerGap, PeerGapCounts, PeerGapRow, PeerJudgement } from './review.types';

/**
 * The self-assessment read on the peers' scale, from the criterion's readiness status:
 * - met → 'meets';
 * - the met level claimed but without valid evidence (missing or expired) → 'partly-meets': the
 *   practice is claimed, the proof the label asks for is not there;
 * - a gap of one level below the met level → 'partly-meets', further below → 'does-not-meet';
 * - not scored or not applicable → 'not-assessed': there is no claim to compare with.
 */
export function selfJudgementOf(
  detail: Pick<CriterionStatusDetail, 'status' | 'level' | 'metLevel'>,
): PeerJudgement {
  switch (detail.status) {
    case 'met':
      return 'meets';
    case 'evidence-missing':
    case 'evidence-expired':
      return 'partly-meets';
    case 'gap':
      return detail.level !== null && detail.level >= detail.metLevel - 1
        ? 'partly-meets'
        : 'does-not-meet';
    case 'not-scored':
    case 'not-applicable':
      return 'not-assessed';
  }
}

/** Where the peers stand against the self-assessment; nothing to compare when either did not judge. */
export function peerGapOf(self: PeerJudgement, peer: PeerJudgement): PeerGap {
  if (!isAssessed(self) || !isAssessed(peer)) {
    return 'not-assessed';
  }
  const difference = judgementRank(peer) - judgementRank(self);
  return difference === 0 ? 'agrees' : difference < 0 ? 'peer-lower' : 'peer-higher';
}

/**
 * Self vs peer per criterion, in the order of the readiness criteria (rubric order). A criterion
 * without a merged peer judgement counts as not assessed by the peers.
 */
export function computePeerGaps(
  criteria: readonly CriterionReadiness[],
  peerJudgements: ReadonlyMap<string, PeerJudgement>,
): { rows: PeerGapRow[]; counts: PeerGapCounts } {
  const counts: PeerGapCounts = { agrees: 0, 'peer-lower': 0, 'peer-higher': 0, 'not-assessed': 0 };
  const rows = criteria.map((criterion): PeerGapRow => {
    const selfJudgement = selfJudgementOf(criterion);
    const peerJudgement = peerJudgements.get(criterion.code) ?? 'not-assessed';
    const gap = peerGapOf(selfJudgement, peerJudgement);
    counts[gap] += 1;
    return {
      criterionCode: criterion.code,
      criterionTitle: criterion.title,
      domainCode: criterion.domainCode,
      selfStatus: criterion.status,
      selfLevel: criterion.level,
      metLevel: criterion.metLevel,
      selfJudgement,
      peerJudgement,
      gap,
    };
  });
  return { rows, counts };
}
