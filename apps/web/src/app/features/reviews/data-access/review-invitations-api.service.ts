import {
  CreatedReviewInvitation,
  ReviewInvitation,
  ReviewInvitationAcceptance,
  ReviewInvitationInput,
  ReviewInvitationPreview,
} from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { roundUrl } from '../../assessment-rounds/data-access/assessment-rounds-api.service';

export interface AcceptReviewInvitationRequest {
  token: string;
  /** Only when the invited address has no account yet. */
  displayName?: string;
  /** Not needed when the invited person is already logged in. */
  password?: string;
}

/** Review invitations: sent by the reviewed organisation's quality officer, accepted by link. */
@Injectable({ providedIn: 'root' })
export class ReviewInvitationsApiService {
  private readonly http = inject(HttpClient);

  list(roundId: string): Observable<ReviewInvitation[]> {
    return this.http.get<ReviewInvitation[]>(`${roundUrl(roundId)}/review-invitations`);
  }

  create(roundId: string, invitation: ReviewInvitationInput): Observable<CreatedReviewInvitation> {
    return this.http.post<CreatedReviewInvitation>(
      `${roundUrl(roundId)}/review-invitations`,
      invitation,
    );
  }

  revoke(invitationId: string): Observable<void> {
    return this.http.delete<void>(`/api/v1/review-invitations/${encodeURIComponent(invitationId)}`);
  }

  preview(token: string): Observable<ReviewInvitationPreview> {
    return this.http.post<ReviewInvitationPreview>('/api/v1/review-invitations/preview', { token });
  }

  accept(request: AcceptReviewInvitationRequest): Observable<ReviewInvitationAcceptance> {
    return this.http.post<ReviewInvitationAcceptance>('/api/v1/review-invitations/accept', request);
  }
}
