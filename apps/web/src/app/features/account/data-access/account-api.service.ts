import {
  AccountProfile,
  AccountSession,
  ChangeEmailRequest,
  UpdateAccountProfile,
} from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

/** The logged-in person's own account: profile, e-mail address and sessions. */
@Injectable({ providedIn: 'root' })
export class AccountApiService {
  private readonly http = inject(HttpClient);

  profile(): Observable<AccountProfile> {
    return this.http.get<AccountProfile>('/api/v1/me/profile');
  }

  updateProfile(profile: UpdateAccountProfile): Observable<AccountProfile> {
    return this.http.put<AccountProfile>('/api/v1/me/profile', profile);
  }

  /** Sends a confirmation link to the new address; nothing changes before it is confirmed. */
  changeEmail(request: ChangeEmailRequest): Observable<void> {
    return this.http.put<void>('/api/v1/me/email', request);
  }

  confirmEmail(token: string): Observable<void> {
    return this.http.post<void>('/api/v1/me/email/confirm', { token });
  }

  sessions(): Observable<AccountSession[]> {
    return this.http.get<AccountSession[]>('/api/v1/me/sessions');
  }

  endSession(sessionId: string): Observable<void> {
    return this.http.delete<void>(`/api/v1/me/sessions/${sessionId}`);
  }

  endOtherSessions(): Observable<void> {
    return this.http.delete<void>('/api/v1/me/sessions');
  }

  /** Deletes the own account for good; the password is asked again. */
  deleteAccount(password: string): Observable<void> {
    return this.http.delete<void>('/api/v1/me', { body: { password } });
  }
}
