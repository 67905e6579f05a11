import { OrganisationTrend } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

/** Readiness of the active organisation across its rounds. */
@Injectable({ providedIn: 'root' })
export class OrganisationTrendApiService {
  private readonly http = inject(HttpClient);

  trend(): Observable<OrganisationTrend> {
    return this.http.get<OrganisationTrend>('/api/v1/organisation/trend');
  }
}
