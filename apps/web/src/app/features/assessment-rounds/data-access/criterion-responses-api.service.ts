import { CriterionResponse, MyCriterion, ResponseInput, ReviewQueueItem } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { roundUrl } from './assessment-rounds-api.service';

/** Criterion responses of a round: the answer, its owner and its evidence links. */
@Injectable({ providedIn: 'root' })
export class CriterionResponsesApiService {
  private readonly http = inject(HttpClient);

  get(roundId: string, code: string): Observable<CriterionResponse> {
    return this.http.get<CriterionResponse>(responseUrl(roundId, code));
  }

  /** Sends the version last seen: a stale one answers 409 with the current response. */
  /** "Klopt nog": confirms a carried-over answer as it stands. */
  confirm(roundId: string, code: string, version: number): Observable<CriterionResponse> {
    return this.http.post<CriterionResponse>(`${responseUrl(roundId, code)}/confirm`, { version });
  }

  save(
    roundId: string,
    code: string,
    input: ResponseInput,
    version: number,
  ): Observable<CriterionResponse> {
    return this.http.put<CriterionResponse>(responseUrl(roundId, code), { ...input, version });
  }

  setOwner(roundId: string, code: string, memberId: string | null): Observable<CriterionResponse> {
    return this.http.put<CriterionResponse>(`${responseUrl(roundId, code)}/owner`, { memberId });
  }

  linkEvidence(roundId: string, code: string, evidenceId: string): Observable<CriterionResponse> {
    return this.http.post<CriterionResponse>(evidenceLinkUrl(roundId, code, evidenceId), {});
  }

  unlinkEvidence(roundId: string, code: string, evidenceId: string): Observable<void> {
    return this.http.delete<void>(evidenceLinkUrl(roundId, code, evidenceId));
  }

  /** The criteria the signed-in member owns in open rounds. */
  /** One owner (or none) for several criteria at once, all or nothing. */
  assignOwners(
    roundId: string,
    criterionCodes: string[],
    memberId: string | null,
  ): Observable<CriterionResponse[]> {
    return this.http.put<CriterionResponse[]>(
      `/api/v1/rounds/${encodeURIComponent(roundId)}/owners`,
      { criterionCodes, memberId },
    );
  }

  /** Answers marked ready for checking in the organisation's open rounds. */
  reviewQueue(): Observable<ReviewQueueItem[]> {
    return this.http.get<ReviewQueueItem[]>('/api/v1/review-queue');
  }

  accept(roundId: string, code: string, version: number): Observable<CriterionResponse> {
    return this.http.post<CriterionResponse>(`${responseUrl(roundId, code)}/accept`, { version });
  }

  sendBack(
    roundId: string,
    code: string,
    version: number,
    comment: string,
  ): Observable<CriterionResponse> {
    return this.http.post<CriterionResponse>(`${responseUrl(roundId, code)}/send-back`, {
      version,
      comment,
    });
  }

  mine(): Observable<MyCriterion[]> {
    return this.http.get<MyCriterion[]>('/api/v1/me/criteria');
  }
}

function responseUrl(roundId: string, code: string): string {
  return `${roundUrl(roundId)}/responses/${encodeURIComponent(code)}`;
}

function evidenceLinkUrl(roundId: string, code: string, evidenceId: string): string {
  return `${responseUrl(roundId, code)}/evidence/${encodeURIComponent(evidenceId)}`;
}
