import {
  CriterionMapping,
  MappingClassification,
  MappingProblem,
  RubricVersion,
  RubricVersionDetail,
} from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

/** A rule the draft breaks, as the API and `validateRubricContent` name it. */
export interface DraftViolation {
  location: string;
  rule: string;
  detail: string;
}

/** A draft of a rubric version (the label owner's): its content may break rules until published. */
export interface RubricDraft {
  id: string;
  rubricId: string;
  /** Optimistic version: sent with the next save. */
  version: number;
  origin: 'copy' | 'empty' | 'import';
  baseVersion: string | null;
  content: RubricVersion;
  violations: DraftViolation[];
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface MappingProposal {
  previousVersion: string;
  proposal: CriterionMapping[];
  proposalKinds: MappingClassification;
  current: CriterionMapping[];
  currentKinds: MappingClassification;
  currentProblems: MappingProblem[];
}

const draftsPath = (rubricId: string) => `/api/v1/rubrics/${encodeURIComponent(rubricId)}/drafts`;

/** Drafts of rubric versions: open, autosave, map to the version before, publish, delete. */
@Injectable({ providedIn: 'root' })
export class RubricDraftsApiService {
  private readonly http = inject(HttpClient);

  create(rubricId: string, fromVersion?: string): Observable<RubricDraft> {
    return this.http.post<RubricDraft>(draftsPath(rubricId), fromVersion ? { fromVersion } : {});
  }

  get(rubricId: string, draftId: string): Observable<RubricDraft> {
    return this.http.get<RubricDraft>(`${draftsPath(rubricId)}/${encodeURIComponent(draftId)}`);
  }

  save(
    rubricId: string,
    draftId: string,
    content: RubricVersion,
    version: number,
  ): Observable<RubricDraft> {
    return this.http.put<RubricDraft>(`${draftsPath(rubricId)}/${encodeURIComponent(draftId)}`, {
      version,
      content,
    });
  }

  delete(rubricId: string, draftId: string): Observable<void> {
    return this.http.delete<void>(`${draftsPath(rubricId)}/${encodeURIComponent(draftId)}`);
  }

  mappingProposal(rubricId: string, draftId: string): Observable<MappingProposal> {
    return this.http.get<MappingProposal>(
      `${draftsPath(rubricId)}/${encodeURIComponent(draftId)}/mapping-proposal`,
    );
  }

  publish(rubricId: string, draftId: string, version: number): Observable<RubricVersionDetail> {
    return this.http.post<RubricVersionDetail>(
      `${draftsPath(rubricId)}/${encodeURIComponent(draftId)}/publish`,
      { version },
    );
  }
}
