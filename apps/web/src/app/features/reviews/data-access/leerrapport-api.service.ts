import { ImprovementAction, Leerrapport, PeerGaps, ReviewFinding } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { roundUrl } from '../../assessment-rounds/data-access/assessment-rounds-api.service';
import { findingUrl } from './reviews-api.service';

export interface ActionFromFinding {
  title: string;
  description?: string;
  ownerMemberId?: string | null;
  dueDate?: string | null;
  /** The open round to plan it in. */
  roundId?: string;
}

/** The round's leerrapport, hoor en wederhoor, and how the peers' view differs from the self-assessment. */
@Injectable({ providedIn: 'root' })
export class LeerrapportApiService {
  private readonly http = inject(HttpClient);

  get(roundId: string): Observable<Leerrapport> {
    return this.http.get<Leerrapport>(`${roundUrl(roundId)}/leerrapport`);
  }

  /** The lead reviewer merges the submitted reviews and starts hoor en wederhoor. */
  issue(roundId: string): Observable<Leerrapport> {
    return this.http.post<Leerrapport>(`${roundUrl(roundId)}/leerrapport/issue`, {});
  }

  /** The quality officer closes the hearing before its last day. */
  finalise(roundId: string): Observable<Leerrapport> {
    return this.http.post<Leerrapport>(`${roundUrl(roundId)}/leerrapport/finalise`, {});
  }

  respond(reviewId: string, code: string, text: string): Observable<ReviewFinding> {
    return this.http.put<ReviewFinding>(`${findingUrl(reviewId, code)}/response`, { text });
  }

  createAction(
    reviewId: string,
    code: string,
    action: ActionFromFinding,
  ): Observable<ImprovementAction> {
    return this.http.post<ImprovementAction>(`${findingUrl(reviewId, code)}/action`, action);
  }

  peerGaps(roundId: string): Observable<PeerGaps> {
    return this.http.get<PeerGaps>(`${roundUrl(roundId)}/peer-gaps`);
  }

  /** A plain link: the browser sends the session cookie and saves the file. */
  pdfUrl(roundId: string): string {
    return `${roundUrl(roundId)}/leerrapport.pdf`;
  }
}
