import { SectorReadiness } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

/** Anonymised readiness across organisations, for the label owner. */
@Injectable({ providedIn: 'root' })
export class SectorApiService {
  private readonly http = inject(HttpClient);

  /**
   * One entry per rubric, on the newest version in use; with a basis, only that rubric, compared
   * on that version.
   */
  readiness(basis?: { rubricId: string; version: string }): Observable<SectorReadiness[]> {
    return this.http.get<SectorReadiness[]>('/api/v1/sector/readiness', {
      params: basis === undefined ? {} : { ...basis },
    });
  }
}
