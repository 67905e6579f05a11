import { Evidence, EvidenceListItem, EvidenceRevision } from '@labelklaar/domain';

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

  list(): Observable<EvidenceListItem[]> {
    return this.http.get<EvidenceListItem[]>('/api/v1/evidence');
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

  get(evidenceId: string): Observable<Evidence> {
    return this.http.get<Evidence>(`/api/v1/evidence/${encodeURIComponent(evidenceId)}`);
  }

  revisions(evidenceId: string): Observable<EvidenceRevision[]> {
    return this.http.get<EvidenceRevision[]>(
      `/api/v1/evidence/${encodeURIComponent(evidenceId)}/revisions`,
    );
  }

  /** A new revision: a file or a link, with the new document's dates (multipart either way). */
  revise(
    evidenceId: string,
    replacement: { file: File } | { url: string },
    dates: { documentDate: string; validUntil: string | null },
  ): Observable<Evidence> {
    const body = new FormData();
    body.set('documentDate', dates.documentDate);
    if (dates.validUntil) {
      body.set('validUntil', dates.validUntil);
    }
    if ('file' in replacement) {
      body.set('file', replacement.file, replacement.file.name);
    } else {
      body.set('url', replacement.url);
    }
    return this.http.post<Evidence>(
      `/api/v1/evidence/${encodeURIComponent(evidenceId)}/revisions`,
      body,
    );
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

/** Where the browser downloads one revision's file. */
export function revisionContentUrl(evidenceId: string, revision: number): string {
  return `/api/v1/evidence/${encodeURIComponent(evidenceId)}/revisions/${revision}/content`;
}
