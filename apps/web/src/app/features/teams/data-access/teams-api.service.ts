import { NewTeam, TeamChanges, TeamDetail, TeamRole, TeamSummary } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

const BASE = '/api/v1/teams';

/** Teams of the active organisation and their members. */
@Injectable({ providedIn: 'root' })
export class TeamsApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<TeamSummary[]> {
    return this.http.get<TeamSummary[]>(BASE);
  }

  get(teamId: string): Observable<TeamDetail> {
    return this.http.get<TeamDetail>(`${BASE}/${teamId}`);
  }

  create(team: NewTeam): Observable<TeamDetail> {
    return this.http.post<TeamDetail>(BASE, team);
  }

  update(teamId: string, changes: TeamChanges): Observable<TeamDetail> {
    return this.http.patch<TeamDetail>(`${BASE}/${teamId}`, changes);
  }

  remove(teamId: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/${teamId}`);
  }

  putMember(teamId: string, memberId: string, teamRole: TeamRole): Observable<TeamDetail> {
    return this.http.put<TeamDetail>(`${BASE}/${teamId}/members/${memberId}`, { teamRole });
  }

  removeMember(teamId: string, memberId: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/${teamId}/members/${memberId}`);
  }
}
