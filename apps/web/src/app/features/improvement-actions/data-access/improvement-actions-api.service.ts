import { ActionStatus, ImprovementAction } from '@labelklaar/domain';

import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { roundUrl } from '../../assessment-rounds/data-access/assessment-rounds-api.service';

export interface ActionFilters {
  roundId?: string;
  criterionCode?: string;
  status?: ActionStatus;
  ownerId?: string;
  overdue?: boolean;
}

export interface NewAction {
  criterionCode: string;
  title: string;
  description: string;
  ownerId: string | null;
  dueDate: string | null;
}

export interface ActionChanges {
  version: number;
  status?: ActionStatus;
  reflection?: string | null;
}

/** Improvement actions (verbeteracties) of the active organisation. */
@Injectable({ providedIn: 'root' })
export class ImprovementActionsApiService {
  private readonly http = inject(HttpClient);

  list(filters: ActionFilters = {}): Observable<ImprovementAction[]> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value !== undefined && value !== '') {
        params = params.set(key, String(value));
      }
    }
    return this.http.get<ImprovementAction[]>('/api/v1/actions', { params });
  }

  create(roundId: string, action: NewAction): Observable<ImprovementAction> {
    return this.http.post<ImprovementAction>(`${roundUrl(roundId)}/actions`, action);
  }

  update(actionId: string, changes: ActionChanges): Observable<ImprovementAction> {
    return this.http.patch<ImprovementAction>(
      `/api/v1/actions/${encodeURIComponent(actionId)}`,
      changes,
    );
  }
}
