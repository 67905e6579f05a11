import { SearchResults } from '@labelklaar/domain';

import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

/** Search across the active organisation's criteria and evidence. */
@Injectable({ providedIn: 'root' })
export class SearchApiService {
  private readonly http = inject(HttpClient);

  search(q: string): Observable<SearchResults> {
    return this.http.get<SearchResults>('/api/v1/search', { params: new HttpParams().set('q', q) });
  }
}
