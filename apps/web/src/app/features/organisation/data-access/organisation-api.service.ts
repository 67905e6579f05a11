import { OrganisationOverview } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

/** The session's active organisation. */
@Injectable({ providedIn: 'root' })
export class OrganisationApiService {
  private readonly http = inject(HttpClient);

  overview(): Observable<OrganisationOverview> {
    return this.http.get<OrganisationOverview>('/api/v1/organisation');
  }
}
