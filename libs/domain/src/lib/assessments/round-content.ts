import type { ActionStatus } from '../actions/action.types';
import { canonicalJson } from '../common/canonical-json';
import type { EvidenceSource } from '../evidence/evidence.types';
import type { ParticipationEntry, ResponseState, RoundRoute, UserRef } from './round.types';

/** Bumped when the shape below changes, so an old hash is never checked against a new shape. */
export const ROUND_CONTENT_FORMAT = 'labelklaar-round/1';

export interface RoundContentEvidence {
  id: string;
  source: EvidenceSource;
  title: string;
  evidenceKind: string;
  documentDate: string;
  validUntil: string | null;
  url: string | null;
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
}

export interface RoundContentResponse {
  criterionCode: string;
  level: number | null;
  targetLevel: number | null;
  rationale: string;
  notApplicable: boolean;
  notApplicableReason: string | null;
  state: ResponseState;
  owner: string | null;
  evidenceIds: string[];
}

export interface RoundContentAction {
  id: string;
  criterionCode: string;
  title: string;
  description: string;
  owner: string | null;
  dueDate: string | null;
  status: ActionStatus;
  reflection: string | null;
}

/** Everything a submitted round says, as an auditor receives it; names are as they were then. */
export interface RoundContent {
  format: string;
  organisation: { id: string; name: string };
  round: {
    id: string;
    title: string;
    route: RoundRoute;
    targetDate: string;
    selfEvaluationDeadline: string;
    ambitions: string;
    bottlenecks: string;
    participation: ParticipationEntry[];
    submittedAt: string;
    submittedBy: UserRef;
  };
  rubric: { id: string; version: string; contentHash: string };
  responses: RoundContentResponse[];
  evidence: RoundContentEvidence[];
  actions: RoundContentAction[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Puts every list in a fixed order, so the content does not depend on how it was queried. */
export function canonicalRoundContent(content: Omit<RoundContent, 'format'>): RoundContent {
  const participationKey = (p: ParticipationEntry) => `${p.date}|${p.group}|${p.method}|${p.note}`;
  return {
    format: ROUND_CONTENT_FORMAT,
    organisation: content.organisation,
    round: {
      ...content.round,
      participation: [...content.round.participation].sort((a, b) =>
        byText(participationKey(a), participationKey(b)),
      ),
    },
    rubric: content.rubric,
    responses: [...content.responses]
      .map((response) => ({ ...response, evidenceIds: [...response.evidenceIds].sort(byText) }))
      .sort((a, b) => byText(a.criterionCode, b.criterionCode)),
    evidence: [...content.evidence].sort((a, b) => byText(a.id, b.id)),
    actions: [...content.actions].sort((a, b) =>
      byText(`${a.criterionCode}|${a.id}`, `${b.criterionCode}|${b.id}`),
    ),
  };
}

/** The exact text whose sha256 is the round's content hash. */
export function roundContentHashInput(content: RoundContent): string {
  return canonicalJson(content);
}
