import {
  CheckIn,
  CheckInAnswers,
  CheckInCadence,
  CheckInQuestion,
  CheckInSchedule,
  DecisionModel,
  DecisionModelSummary,
  Reflection,
  ReflectionInput,
  TeamAgreement,
  TeamAgreementInput,
  TeamSession,
  TeamSessionInput,
} from '@labelklaar/domain';

import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

const API = '/api/v1';

/** Reflections, team sessions, team agreements, check-ins and the decision models they use. */
@Injectable({ providedIn: 'root' })
export class VakmanschapApiService {
  private readonly http = inject(HttpClient);

  models(): Observable<DecisionModelSummary[]> {
    return this.http.get<DecisionModelSummary[]>(`${API}/decision-models`);
  }

  model(modelId: string): Observable<DecisionModel> {
    return this.http.get<DecisionModel>(`${API}/decision-models/${encodeURIComponent(modelId)}`);
  }

  reflections(query: { team?: string; scope?: 'mine' | 'shared' } = {}): Observable<Reflection[]> {
    return this.http.get<Reflection[]>(`${API}/reflections`, { params: params(query) });
  }

  createReflection(input: ReflectionInput): Observable<Reflection> {
    return this.http.post<Reflection>(`${API}/reflections`, input);
  }

  updateReflection(id: string, input: ReflectionInput): Observable<Reflection> {
    return this.http.put<Reflection>(`${API}/reflections/${id}`, input);
  }

  removeReflection(id: string): Observable<void> {
    return this.http.delete<void>(`${API}/reflections/${id}`);
  }

  sessions(teamId: string): Observable<TeamSession[]> {
    return this.http.get<TeamSession[]>(`${API}/team-sessions`, { params: { team: teamId } });
  }

  createSession(input: TeamSessionInput): Observable<TeamSession> {
    return this.http.post<TeamSession>(`${API}/team-sessions`, input);
  }

  agreements(teamId: string, q = ''): Observable<TeamAgreement[]> {
    return this.http.get<TeamAgreement[]>(`${API}/team-agreements`, {
      params: params({ team: teamId, q: q.trim() || undefined }),
    });
  }

  createAgreement(input: TeamAgreementInput): Observable<TeamAgreement> {
    return this.http.post<TeamAgreement>(`${API}/team-agreements`, input);
  }

  updateAgreement(
    id: string,
    input: TeamAgreementInput & { version: number },
  ): Observable<TeamAgreement> {
    return this.http.put<TeamAgreement>(`${API}/team-agreements/${id}`, input);
  }

  schedule(teamId: string): Observable<CheckInSchedule> {
    return this.http.get<CheckInSchedule>(`${API}/check-ins/schedules/${teamId}`);
  }

  setSchedule(teamId: string, cadence: CheckInCadence): Observable<CheckInSchedule> {
    return this.http.put<CheckInSchedule>(`${API}/check-ins/schedules/${teamId}`, { cadence });
  }

  checkIns(teamId: string, period?: string): Observable<CheckIn[]> {
    return this.http.get<CheckIn[]>(`${API}/check-ins`, {
      params: params({ team: teamId, period }),
    });
  }

  answerCheckIn(teamId: string, answers: CheckInAnswers, periodKey?: string): Observable<CheckIn> {
    return this.http.post<CheckIn>(`${API}/check-ins`, {
      teamId,
      answers,
      ...(periodKey ? { periodKey } : {}),
    });
  }

  checkInAction(
    checkInId: string,
    body: {
      question: CheckInQuestion;
      roundId: string;
      criterionCode: string;
      title: string;
      dueDate?: string | null;
    },
  ): Observable<CheckIn> {
    return this.http.post<CheckIn>(`${API}/check-ins/${checkInId}/actions`, body);
  }
}

function params(values: Record<string, string | undefined>): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value) {
      result = result.set(key, value);
    }
  }
  return result;
}
