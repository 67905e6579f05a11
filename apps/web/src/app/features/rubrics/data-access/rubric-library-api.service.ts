import { MappingClassification, RubricDiff, RubricStatus } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

/** A stored version as the library lists it (GET /api/v1/rubrics/library). */
export interface LibraryVersion {
  version: string;
  status: RubricStatus;
  title: string;
  effectiveDate: string;
  publishedAt: string;
  retiredAt: string | null;
  contentHash: string;
  previousVersion: string | null;
  criterionCount: number;
  /** Rounds of all organisations on this version, and how many of them are still open. */
  rounds: number;
  openRounds: number;
}

export type DraftOrigin = 'copy' | 'empty' | 'import';

export interface LibraryDraft {
  id: string;
  version: number;
  targetVersion: string | null;
  title: string;
  origin: DraftOrigin;
  baseVersion: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  violationCount: number;
}

export interface LibraryRubric {
  id: string;
  title: string;
  versions: LibraryVersion[];
  drafts: LibraryDraft[];
}

export type RubricHistoryType =
  'draft-started' | 'imported' | 'published' | 'retired' | 'bundled-file-loaded';

export interface RubricHistoryEntry {
  type: RubricHistoryType;
  version: string | null;
  draftId: string | null;
  /** Null: the system, loading a bundled file on start. */
  actorName: string | null;
  occurredAt: string;
  detail: Record<string, unknown>;
}

/** A broken rule of an import, located by YAML path or by sheet, row and column. */
export interface ImportViolation {
  location: string;
  rule: string;
  detail: string;
  sheet?: string;
  row?: number;
  column?: string;
}

/** What a new draft answers with; the editor page reads the rest. */
export interface CreatedDraft {
  id: string;
  rubricId: string;
}

export interface RubricComparison extends RubricDiff {
  /** Each criterion's mapping kind when `to` maps to `from`; else null. */
  mapping: MappingClassification | null;
}

const BASE = '/api/v1/rubrics';
const path = (rubricId: string) => `${BASE}/${encodeURIComponent(rubricId)}`;

/** The label owner's rubric library: versions, history, new drafts, imports, retiring, comparing. */
@Injectable({ providedIn: 'root' })
export class RubricLibraryApiService {
  private readonly http = inject(HttpClient);

  readonly templateUrl = `${BASE}/template.xlsx`;

  library(): Observable<LibraryRubric[]> {
    return this.http.get<LibraryRubric[]>(`${BASE}/library`);
  }

  history(rubricId: string): Observable<RubricHistoryEntry[]> {
    return this.http.get<RubricHistoryEntry[]>(`${path(rubricId)}/history`);
  }

  /** A copy of `fromVersion` numbered as the next one, or an empty draft without it. */
  createDraft(rubricId: string, fromVersion?: string): Observable<CreatedDraft> {
    const body = fromVersion === undefined ? {} : { fromVersion };
    return this.http.post<CreatedDraft>(`${path(rubricId)}/drafts`, body);
  }

  /** A 422 `rubric-import-invalid` carries every violation in the problem's `violations`. */
  importFile(file: File): Observable<CreatedDraft> {
    const body = new FormData();
    body.set('file', file, file.name);
    return this.http.post<CreatedDraft>(`${BASE}/imports`, body);
  }

  retire(rubricId: string, version: string): Observable<unknown> {
    return this.http.post(`${path(rubricId)}/versions/${encodeURIComponent(version)}/retire`, {});
  }

  compare(rubricId: string, from: string, to: string): Observable<RubricComparison> {
    return this.http.get<RubricComparison>(`${path(rubricId)}/compare`, { params: { from, to } });
  }

  /** The export of a published or retired version; the workbook has a sheet comparing it to its previous version. */
  exportUrl(rubricId: string, version: string, format: 'yaml' | 'xlsx'): string {
    return `${path(rubricId)}/versions/${encodeURIComponent(version)}.${format}`;
  }

  /** Where the draft editor lives. */
  draftLink(draft: CreatedDraft): string[] {
    return ['/rubrics', draft.rubricId, 'drafts', draft.id];
  }
}
