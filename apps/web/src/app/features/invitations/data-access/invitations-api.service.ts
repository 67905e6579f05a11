import {
  CreatedInvitation,
  Invitation,
  InvitationPreview,
  Me,
  MemberRole,
} from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

export interface CreateInvitationRequest {
  email: string;
  role: MemberRole;
}

export interface AcceptInvitationRequest {
  token: string;
  password: string;
  /** Only when the invited email has no account yet. */
  displayName?: string;
}

/** Invitations: managed by the active organisation's quality officers, accepted through a link. */
@Injectable({ providedIn: 'root' })
export class InvitationsApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<Invitation[]> {
    return this.http.get<Invitation[]>('/api/v1/organisation/invitations');
  }

  create(request: CreateInvitationRequest): Observable<CreatedInvitation> {
    return this.http.post<CreatedInvitation>('/api/v1/organisation/invitations', request);
  }

  revoke(invitationId: string): Observable<void> {
    return this.http.delete<void>(
      `/api/v1/organisation/invitations/${encodeURIComponent(invitationId)}`,
    );
  }

  preview(token: string): Observable<InvitationPreview> {
    return this.http.post<InvitationPreview>('/api/v1/invitations/preview', { token });
  }

  accept(request: AcceptInvitationRequest): Observable<Me> {
    return this.http.post<Me>('/api/v1/invitations/accept', request);
  }
}
