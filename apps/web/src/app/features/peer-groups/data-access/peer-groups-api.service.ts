import {
  CreatedPeerGroupInvitation,
  PeerGroupDetail,
  PeerGroupInvitation,
  PeerGroupInvitationPreview,
  PeerGroupReviewInvitations,
  PeerGroupSummary,
} from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

export interface CreatePeerGroupRequest {
  name: string;
  description: string;
}

const BASE = '/api/v1/peer-groups';

/** Toetsingsgroepen of the active organisation, their invitations and the one-step review invitations. */
@Injectable({ providedIn: 'root' })
export class PeerGroupsApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<PeerGroupSummary[]> {
    return this.http.get<PeerGroupSummary[]>(BASE);
  }

  get(groupId: string): Observable<PeerGroupDetail> {
    return this.http.get<PeerGroupDetail>(this.url(groupId));
  }

  create(request: CreatePeerGroupRequest): Observable<PeerGroupDetail> {
    return this.http.post<PeerGroupDetail>(BASE, request);
  }

  leave(groupId: string): Observable<void> {
    return this.http.delete<void>(`${this.url(groupId)}/membership`);
  }

  removeMember(groupId: string, memberId: string): Observable<void> {
    return this.http.delete<void>(`${this.url(groupId)}/members/${encodeURIComponent(memberId)}`);
  }

  invitations(groupId: string): Observable<PeerGroupInvitation[]> {
    return this.http.get<PeerGroupInvitation[]>(`${this.url(groupId)}/organisation-invitations`);
  }

  invite(groupId: string, email: string): Observable<CreatedPeerGroupInvitation> {
    return this.http.post<CreatedPeerGroupInvitation>(
      `${this.url(groupId)}/organisation-invitations`,
      { email },
    );
  }

  revoke(groupId: string, invitationId: string): Observable<void> {
    return this.http.delete<void>(
      `${this.url(groupId)}/organisation-invitations/${encodeURIComponent(invitationId)}`,
    );
  }

  preview(token: string): Observable<PeerGroupInvitationPreview> {
    return this.http.post<PeerGroupInvitationPreview>('/api/v1/peer-group-invitations/preview', {
      token,
    });
  }

  accept(token: string): Observable<PeerGroupDetail> {
    return this.http.post<PeerGroupDetail>('/api/v1/peer-group-invitations/accept', { token });
  }

  inviteReviewers(groupId: string): Observable<PeerGroupReviewInvitations> {
    return this.http.post<PeerGroupReviewInvitations>(`${this.url(groupId)}/invitations`, {});
  }

  private url(groupId: string): string {
    return `${BASE}/${encodeURIComponent(groupId)}`;
  }
}
