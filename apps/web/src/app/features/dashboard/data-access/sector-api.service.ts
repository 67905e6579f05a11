import { SectorReadiness } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

/** Anonymised readiness across organisations, for the label owner. */
@Injectable({ providedIn: 'root' })
export class SectorApiService {
  private readonly http = inject(HttpClient);

  /** One entry per rubric version. */
  readiness(): Observable<SectorReadiness[]> {
    return this.http.get<SectorReadiness[]>('/api/v1/sector/readiness');
  }
}
