import { RoundComparison, RoundReadinessReport } from '@labelklaar/domain';

import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { roundUrl } from '../../assessment-rounds/data-access/assessment-rounds-api.service';

export type RoundExport =
  'dossier.pdf' | 'dossier.docx' | 'dossier.xlsx' | 'criteria.csv' | 'dossier.zip';

/** The exports that have an internal appendix the quality officer may leave out. */
const DOSSIER_FILES: readonly RoundExport[] = ['dossier.pdf', 'dossier.docx', 'dossier.zip'];

/** The readiness figures of one round, its comparison with another, and its exports. */
@Injectable({ providedIn: 'root' })
export class RoundDashboardApiService {
  private readonly http = inject(HttpClient);

  readiness(roundId: string): Observable<RoundReadinessReport> {
    return this.http.get<RoundReadinessReport>(`${roundUrl(roundId)}/readiness`);
  }

  /** How `roundId` differs from the earlier round `withRoundId`, criterion by criterion. */
  comparison(roundId: string, withRoundId: string): Observable<RoundComparison> {
    const params = new HttpParams().set('with', withRoundId);
    return this.http.get<RoundComparison>(`${roundUrl(roundId)}/comparison`, { params });
  }

  /**
   * Downloads are plain links: the browser sends the session cookie and saves the file.
   * `internal: false` leaves the internal appendix out of the dossier (PDF and zip).
   */
  exportUrl(
    roundId: string,
    file: RoundExport,
    options: { internal: boolean } = { internal: true },
  ): string {
    const url = `${roundUrl(roundId)}/${file}`;
    return !options.internal && DOSSIER_FILES.includes(file) ? `${url}?internal=false` : url;
  }
}
