import {
  HomeOverview,
  OrganisationDeletion,
  OrganisationOverview,
  OrganisationSettings,
} from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

/** The session's active organisation, and where it stands for the home page. */
@Injectable({ providedIn: 'root' })
export class OrganisationApiService {
  private readonly http = inject(HttpClient);

  overview(): Observable<OrganisationOverview> {
    return this.http.get<OrganisationOverview>('/api/v1/organisation');
  }

  home(): Observable<HomeOverview> {
    return this.http.get<HomeOverview>('/api/v1/me/home');
  }

  /** Quality officers: whether a round needs a vaststelling by a manager before submission. */
  updateSettings(settings: OrganisationSettings): Observable<OrganisationOverview> {
    return this.http.patch<OrganisationOverview>('/api/v1/organisation/settings', settings);
  }

  /** Quality officers: erase the organisation after the grace period; the name confirms it. */
  requestDeletion(confirmation: string): Observable<OrganisationDeletion> {
    return this.http.post<OrganisationDeletion>('/api/v1/organisation/deletion', { confirmation });
  }

  undoDeletion(): Observable<void> {
    return this.http.delete<void>('/api/v1/organisation/deletion');
  }
}
