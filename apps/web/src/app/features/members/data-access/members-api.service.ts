import { Member, MemberRole } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

/** Members of the session's active organisation. */
@Injectable({ providedIn: 'root' })
export class MembersApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<Member[]> {
    return this.http.get<Member[]>('/api/v1/organisation/members');
  }

  changeRole(memberId: string, role: MemberRole): Observable<Member> {
    return this.http.patch<Member>(this.url(memberId), { role });
  }

  remove(memberId: string): Observable<void> {
    return this.http.delete<void>(this.url(memberId));
  }

  private url(memberId: string): string {
    return `/api/v1/organisation/members/${encodeURIComponent(memberId)}`;
  }
}
