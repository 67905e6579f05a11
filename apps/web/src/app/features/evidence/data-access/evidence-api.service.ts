import { Evidence } from '@labelklaar/domain';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

export interface EvidenceMetadata {
  title: string;
  evidenceKind: string;
  documentDate: string;
  validUntil: string | null;
}

/** Evidence of the active organisation: uploaded files and registered links. */
@Injectable({ providedIn: 'root' })
export class EvidenceApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<Evidence[]> {
    return this.http.get<Evidence[]>('/api/v1/evidence');
  }

  /** Multipart upload; the API checks the type from the content (415) and the size (413). */
  upload(file: File, metadata: EvidenceMetadata): Observable<Evidence> {
    const body = new FormData();
    body.set('title', metadata.title);
    body.set('evidenceKind', metadata.evidenceKind);
    body.set('documentDate', metadata.documentDate);
    if (metadata.validUntil) {
      body.set('validUntil', metadata.validUntil);
    }
    body.set('file', file, file.name);
    return this.http.post<Evidence>('/api/v1/evidence', body);
  }

  registerLink(url: string, metadata: EvidenceMetadata): Observable<Evidence> {
    const { validUntil, ...rest } = metadata;
    return this.http.post<Evidence>('/api/v1/evidence/links', {
      ...rest,
      url,
      ...(validUntil ? { validUntil } : {}),
    });
  }
}

/** Where the browser downloads a stored file (sent as an attachment). */
export function evidenceContentUrl(evidenceId: string): string {
  return `/api/v1/evidence/${encodeURIComponent(evidenceId)}/content`;
}
