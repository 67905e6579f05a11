/** Shapes of evidence (a stored file or a registered link), shared by the API and the web app. */
import type { RoundStatus, UserRef } from '../assessments/round.types';

export const EVIDENCE_SOURCES = ['file', 'link'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

export const EVIDENCE_TITLE_MAX_LENGTH = 300;
export const EVIDENCE_URL_MAX_LENGTH = 2_000;

/**
 * One piece of evidence of an organisation, as one of its revisions: the current one in lists and
 * draft rounds, the one a submitted round was submitted with inside that round. A revision never
 * changes once written, so a submitted round stays exactly as it was submitted; dates are ISO days.
 */
export interface Evidence {
  id: string;
  /** 1 as registered; a new revision replaces an expired document. */
  revision: number;
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
  createdAt: string;
  createdBy: UserRef | null;
  /** Expired on the reference date: today in lists, the round's target date inside a round. */
  isExpired: boolean;
}

/** An item of the organisation's library: the rounds (withdrawn ones left out) linking it. */
export interface EvidenceListItem extends Evidence {
  usedIn: EvidenceRevisionRound[];
}

/** Evidence as linked to a criterion response. */
export interface LinkedEvidence extends Evidence {
  linkedAt: string;
}

/** One revision in an evidence item's history, with the rounds that cite it. */
export interface EvidenceRevision {
  revision: number;
  isCurrent: boolean;
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
  createdAt: string;
  createdBy: UserRef | null;
  /** Expired today. */
  isExpired: boolean;
  /** Rounds whose links show this revision: submitted ones with it, draft ones on the current. */
  rounds: EvidenceRevisionRound[];
}

export interface EvidenceRevisionRound {
  roundId: string;
  title: string;
  status: RoundStatus;
  criterionCodes: string[];
}
