import { ImprovementAction } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { roundUrl } from '../../assessment-rounds/data-access/assessment-rounds-api.service';

/**
 * What a peer reviewer may read of the round under review besides the round itself: its
 * verbeteracties and the evidence files linked to its answers.
 */
@Injectable({ providedIn: 'root' })
export class ReviewedRoundApiService {
  private readonly http = inject(HttpClient);

  actions(roundId: string): Observable<ImprovementAction[]> {
    return this.http.get<ImprovementAction[]>(`${roundUrl(roundId)}/actions`);
  }

  evidenceUrl(roundId: string, evidenceId: string): string {
    return `${roundUrl(roundId)}/evidence/${encodeURIComponent(evidenceId)}/content`;
  }
}
