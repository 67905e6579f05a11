/** Search across an organisation's criteria and evidence: the shapes the API and web app share. */
import type { EvidenceSource } from '../evidence/evidence.types';

export const SEARCH_QUERY_MIN_LENGTH = 2;
export const SEARCH_QUERY_MAX_LENGTH = 200;
/** Results per group; a group with more says so (`truncated`). */
export const SEARCH_GROUP_LIMIT = 25;

export interface CriterionSearchHit {
  type: 'criterion';
  code: string;
  title: string;
  /** The matching part of the criterion's text, or the start of its description. */
  excerpt: string;
  rubricId: string;
  rubricVersion: string;
  rubricTitle: string;
  /** The organisation's round on this rubric version to open the criterion in (a draft first). */
  roundId: string | null;
  roundTitle: string | null;
  /** The web app's path: the criterion in that round, else the rubric's criterion page. */
  link: string;
}

export interface EvidenceSearchHit {
  type: 'evidence';
  id: string;
  title: string;
  evidenceKind: string;
  source: EvidenceSource;
  fileName: string | null;
  url: string | null;
  revision: number;
  validUntil: string | null;
  /** Expired today. */
  isExpired: boolean;
  /** The web app's path of the evidence item. */
  link: string;
}

export interface SearchGroup<T> {
  items: T[];
  /** More matched than the group shows: refine the query. */
  truncated: boolean;
}

export interface SearchResults {
  query: string;
  criteria: SearchGroup<CriterionSearchHit>;
  evidence: SearchGroup<EvidenceSearchHit>;
}

/** The LIKE patterns of a query: each word must occur (case-insensitive); % and _ are literal. */
export function searchPatterns(query: string): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 10);
  return [...new Set(words.map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`))];
}

/** Up to `width` characters of `text` around the first word of `query` it contains. */
export function searchExcerpt(text: string, query: string, width = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) {
    return flat;
  }
  const lower = flat.toLocaleLowerCase('nl');
  const words = query.trim().split(/\s+/).filter(Boolean);
  const at = words
    .map((word) => lower.indexOf(word.toLocaleLowerCase('nl')))
    .filter((index) => index >= 0)
    .sort((a, b) => a - b)[0];
  if (at === undefined || at < width / 2) {
    return `${flat.slice(0, width).trimEnd()}…`;
  }
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), flat.length - width));
  const end = start + width;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}
