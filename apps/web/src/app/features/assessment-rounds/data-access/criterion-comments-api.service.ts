import { CriterionComment, NewCriterionComment } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { roundUrl } from './assessment-rounds-api.service';

/** The overleg on a criterion: its internal comments, oldest first. */
@Injectable({ providedIn: 'root' })
export class CriterionCommentsApiService {
  private readonly http = inject(HttpClient);

  list(roundId: string, code: string): Observable<CriterionComment[]> {
    return this.http.get<CriterionComment[]>(commentsUrl(roundId, code));
  }

  add(roundId: string, code: string, comment: NewCriterionComment): Observable<CriterionComment> {
    return this.http.post<CriterionComment>(commentsUrl(roundId, code), comment);
  }

  remove(roundId: string, code: string, commentId: string): Observable<void> {
    return this.http.delete<void>(`${commentsUrl(roundId, code)}/${encodeURIComponent(commentId)}`);
  }
}

function commentsUrl(roundId: string, code: string): string {
  return `${roundUrl(roundId)}/responses/${encodeURIComponent(code)}/comments`;
}
