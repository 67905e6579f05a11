import { DecisionModelSummary, Evidence, LearningReport } from '@labelklaar/domain';

import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

/** A report's scope and period: `team` absent means the whole organisation. */
export interface LearningReportQuery {
  team?: string;
  from: string;
  to: string;
}

export interface LinkedLearningEvidence {
  evidence: Evidence;
  criterionCodes: string[];
  sha256: string;
}

/** The learning report (issue 16) and linking it as evidence to an open round. */
@Injectable({ providedIn: 'root' })
export class LearningReportApiService {
  private readonly http = inject(HttpClient);

  report(query: LearningReportQuery): Observable<LearningReport> {
    let params = new HttpParams().set('from', query.from).set('to', query.to);
    if (query.team) {
      params = params.set('team', query.team);
    }
    return this.http.get<LearningReport>('/api/v1/learning-report', { params });
  }

  decisionModels(): Observable<DecisionModelSummary[]> {
    return this.http.get<DecisionModelSummary[]>('/api/v1/decision-models');
  }

  linkAsEvidence(
    roundId: string,
    query: LearningReportQuery,
    criterionCodes: string[],
  ): Observable<LinkedLearningEvidence> {
    return this.http.post<LinkedLearningEvidence>(
      `/api/v1/rounds/${encodeURIComponent(roundId)}/learning-evidence`,
      { ...query, criterionCodes },
    );
  }
}
