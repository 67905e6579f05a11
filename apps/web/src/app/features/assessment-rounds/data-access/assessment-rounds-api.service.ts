import {
  AssessmentRound,
  AssessmentRoundDetail,
  ParticipationEntry,
  RoundEvent,
  RoundRoute,
  RoundUpgradePreview,
  RoundUpgradeResult,
  SubmissionChecks,
  SubmittedRound,
  WhoDoesWhat,
} from '@labelklaar/domain';

import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

export interface NewRound {
  title: string;
  rubricId: string;
  rubricVersion: string;
  targetDate: string;
  route: RoundRoute;
  carryOver: boolean;
  /** Start although an open round on the same rubric exists (asked for by a 409). */
  confirmSecondOpenRound?: boolean;
}

/** The editable parts of a round, sent with the version last seen. */
export interface RoundChanges {
  version: number;
  title?: string;
  targetDate?: string;
  route?: RoundRoute;
  selfEvaluationDeadline?: string;
  ambitions?: string;
  bottlenecks?: string;
  participation?: ParticipationEntry[];
}

/** Assessment rounds of the active organisation. */
@Injectable({ providedIn: 'root' })
export class AssessmentRoundsApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<AssessmentRound[]> {
    return this.http.get<AssessmentRound[]>('/api/v1/rounds');
  }

  get(roundId: string): Observable<AssessmentRoundDetail> {
    return this.http.get<AssessmentRoundDetail>(roundUrl(roundId));
  }

  create(round: NewRound): Observable<AssessmentRoundDetail> {
    return this.http.post<AssessmentRoundDetail>('/api/v1/rounds', round);
  }

  update(roundId: string, changes: RoundChanges): Observable<AssessmentRoundDetail> {
    return this.http.patch<AssessmentRoundDetail>(roundUrl(roundId), changes);
  }

  /** Takes the round out of every list; it stays readable by its id, with its history. */
  withdraw(roundId: string, version: number): Observable<AssessmentRoundDetail> {
    return this.http.post<AssessmentRoundDetail>(`${roundUrl(roundId)}/withdraw`, { version });
  }

  /** "Wie doet wat": per member their criteria and actions in the round. */
  assignments(roundId: string): Observable<WhoDoesWhat> {
    return this.http.get<WhoDoesWhat>(`${roundUrl(roundId)}/assignments`);
  }

  /** What the submission dialog lists: the checks that found something. */
  submissionCheck(roundId: string): Observable<SubmissionChecks> {
    return this.http.get<SubmissionChecks>(`${roundUrl(roundId)}/submission-check`);
  }

  /** A manager establishes (vaststellen) the round; again replaces the earlier vaststelling. */
  signOff(
    roundId: string,
    signOff: { version: number; name: string; function: string; date: string },
  ): Observable<AssessmentRoundDetail> {
    return this.http.post<AssessmentRoundDetail>(`${roundUrl(roundId)}/sign-off`, signOff);
  }

  withdrawSignOff(roundId: string, version: number): Observable<AssessmentRoundDetail> {
    return this.http.post<AssessmentRoundDetail>(`${roundUrl(roundId)}/sign-off/withdraw`, {
      version,
    });
  }

  submit(roundId: string): Observable<SubmittedRound> {
    return this.http.post<SubmittedRound>(`${roundUrl(roundId)}/submit`, {});
  }

  /** What upgrading the round to `to` would do, with the choices made so far. */
  upgradePreview(
    roundId: string,
    to: string,
    choices: Record<string, string> = {},
  ): Observable<RoundUpgradePreview> {
    let params = new HttpParams().set('to', to);
    const pairs = Object.entries(choices).map(([code, source]) => `${code}:${source}`);
    if (pairs.length > 0) {
      params = params.set('choices', pairs.join(','));
    }
    return this.http.get<RoundUpgradePreview>(`${roundUrl(roundId)}/upgrade`, { params });
  }

  upgrade(
    roundId: string,
    to: string,
    choices: Record<string, string>,
  ): Observable<RoundUpgradeResult> {
    return this.http.post<RoundUpgradeResult>(`${roundUrl(roundId)}/upgrade`, { to, choices });
  }

  /** "Alles in dit domein bevestigen": the codes confirmed. */
  confirmDomain(roundId: string, domain: string): Observable<{ confirmed: string[] }> {
    return this.http.post<{ confirmed: string[] }>(`${roundUrl(roundId)}/confirm`, { domain });
  }

  /** The audit trail of the round, oldest first; of one criterion when a code is given. */
  events(roundId: string, criterionCode?: string): Observable<RoundEvent[]> {
    const params = criterionCode ? new HttpParams().set('criterionCode', criterionCode) : undefined;
    return this.http.get<RoundEvent[]>(`${roundUrl(roundId)}/events`, { params });
  }
}

export function roundUrl(roundId: string): string {
  return `/api/v1/rounds/${encodeURIComponent(roundId)}`;
}
