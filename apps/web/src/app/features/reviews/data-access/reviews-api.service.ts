import {
  FindingInput,
  OverallInput,
  ReviewDetail,
  ReviewFinding,
  ReviewSummary,
} from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

/** Peer reviews: the reviewer's own, or those of the active organisation's rounds. */
@Injectable({ providedIn: 'root' })
export class ReviewsApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<ReviewSummary[]> {
    return this.http.get<ReviewSummary[]>('/api/v1/reviews');
  }

  get(reviewId: string): Observable<ReviewDetail> {
    return this.http.get<ReviewDetail>(reviewUrl(reviewId));
  }

  saveFinding(reviewId: string, code: string, input: FindingInput): Observable<ReviewFinding> {
    return this.http.put<ReviewFinding>(findingUrl(reviewId, code), input);
  }

  saveOverall(reviewId: string, input: OverallInput): Observable<ReviewDetail> {
    return this.http.put<ReviewDetail>(`${reviewUrl(reviewId)}/overall`, input);
  }

  /** Locks the review; a 422 lists what is missing. */
  submit(reviewId: string): Observable<ReviewDetail> {
    return this.http.post<ReviewDetail>(`${reviewUrl(reviewId)}/submit`, {});
  }
}

export function reviewUrl(reviewId: string): string {
  return `/api/v1/reviews/${encodeURIComponent(reviewId)}`;
}

export function findingUrl(reviewId: string, code: string): string {
  return `${reviewUrl(reviewId)}/findings/${encodeURIComponent(code)}`;
}
