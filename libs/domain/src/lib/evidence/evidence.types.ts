/** Shapes of evidence (a stored file or a registered link), shared by the API and the web app. */
import type { UserRef } from '../assessments/round.types';

export const EVIDENCE_SOURCES = ['file', 'link'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

export const EVIDENCE_TITLE_MAX_LENGTH = 300;
export const EVIDENCE_URL_MAX_LENGTH = 2_000;

/**
 * One piece of evidence of an organisation. It never changes once registered, so a submitted
 * round that links it stays exactly as it was submitted; dates are ISO days.
 */
export interface Evidence {
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
  createdAt: string;
  createdBy: UserRef | null;
  /** Expired on the reference date: today in lists, the round's target date inside a round. */
  isExpired: boolean;
}

/** Evidence as linked to a criterion response. */
export interface LinkedEvidence extends Evidence {
  linkedAt: string;
}
