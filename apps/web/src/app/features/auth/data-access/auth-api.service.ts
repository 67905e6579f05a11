import { Me, SessionState } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface RegisterRequest {
  organisationName: string;
  displayName: string;
  email: string;
  password: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** The session resource: who is signed in and in which organisation they work. */
@Injectable({ providedIn: 'root' })
export class AuthApiService {
  private readonly http = inject(HttpClient);

  login(request: LoginRequest): Observable<Me> {
    return this.http.post<Me>('/api/v1/auth/login', request);
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/v1/auth/logout', null);
  }

  register(request: RegisterRequest): Observable<Me> {
    return this.http.post<Me>('/api/v1/auth/register', request);
  }

  /** Answers 200 logged in or not (GET /me answers 401 without a session, which browsers log). */
  session(): Observable<SessionState> {
    return this.http.get<SessionState>('/api/v1/auth/session');
  }

  setActiveOrganisation(organisationId: string): Observable<Me> {
    return this.http.put<Me>('/api/v1/me/active-organisation', { organisationId });
  }

  /** The same answer whether or not the address has an account. */
  requestPasswordReset(email: string): Observable<void> {
    return this.http.post<void>('/api/v1/auth/password-reset', { email });
  }

  /** Sets the password with the mailed token; every session of the account ends. */
  confirmPasswordReset(token: string, password: string): Observable<void> {
    return this.http.post<void>('/api/v1/auth/password-reset/confirm', { token, password });
  }

  /** Ends the user's other sessions; this one stays. */
  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.put<void>('/api/v1/me/password', request);
  }
}
