import { RubricSummary, RubricVersionDetail } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable, shareReplay, tap } from 'rxjs';

/** Rubric versions of the Kwaliteitslabel; public, no session needed. */
@Injectable({ providedIn: 'root' })
export class RubricsApiService {
  private readonly http = inject(HttpClient);
  private readonly versions = new Map<string, Observable<RubricVersionDetail>>();

  list(): Observable<RubricSummary[]> {
    return this.http.get<RubricSummary[]>('/api/v1/rubrics');
  }

  /**
   * One rubric version, fetched once per visit: the version page and its criterion pages all read
   * the same document, and a published version never changes. A failed fetch is not kept.
   */
  version(rubricId: string, version: string): Observable<RubricVersionDetail> {
    const key = `${rubricId}@${version}`;
    const cached = this.versions.get(key);
    if (cached) {
      return cached;
    }
    const path = `${encodeURIComponent(rubricId)}/versions/${encodeURIComponent(version)}`;
    const request = this.http
      .get<RubricVersionDetail>(`/api/v1/rubrics/${path}`)
      .pipe(
        tap({ error: () => this.versions.delete(key) }),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    this.versions.set(key, request);
    return request;
  }
}
