import { DecisionModel, DecisionModelDraft, DecisionModelSummary } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

const API = '/api/v1/decision-models';

/** The decision model library and the drafts of the label owner or the organisation. */
@Injectable({ providedIn: 'root' })
export class DecisionModelsApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<DecisionModelSummary[]> {
    return this.http.get<DecisionModelSummary[]>(API);
  }

  model(modelId: string): Observable<DecisionModel> {
    return this.http.get<DecisionModel>(`${API}/${encodeURIComponent(modelId)}`);
  }

  drafts(): Observable<DecisionModelDraft[]> {
    return this.http.get<DecisionModelDraft[]>(`${API}/drafts`);
  }

  draft(draftId: string): Observable<DecisionModelDraft> {
    return this.http.get<DecisionModelDraft>(`${API}/drafts/${draftId}`);
  }

  /** An empty draft, or a copy of a model you see (`from`). */
  createDraft(from?: string): Observable<DecisionModelDraft> {
    return this.http.post<DecisionModelDraft>(`${API}/drafts`, from ? { from } : {});
  }

  updateDraft(draftId: string, content: object): Observable<DecisionModelDraft> {
    return this.http.put<DecisionModelDraft>(`${API}/drafts/${draftId}`, { content });
  }

  deleteDraft(draftId: string): Observable<void> {
    return this.http.delete<void>(`${API}/drafts/${draftId}`);
  }

  publish(draftId: string): Observable<DecisionModel> {
    return this.http.post<DecisionModel>(`${API}/drafts/${draftId}/publish`, {});
  }
}
