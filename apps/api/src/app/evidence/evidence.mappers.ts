import { Evidence, isEvidenceExpiredOn } from '@labelklaar/domain';

import { EvidenceRevisionEntity } from './entities/evidence-revision.entity';
import { EvidenceEntity } from './entities/evidence.entity';

/** Display names by user id, from the organisation's member list. */
export type NamesByUser = ReadonlyMap<string, string>;

/** The fields an evidence row and a revision row share. */
export type EvidenceFields = Omit<EvidenceEntity, 'organisation' | 'createdBy' | 'organisationId'>;

/** A revision as the evidence it was: the item's id, the revision's file or link and dates. */
export function revisionAsEvidence(row: EvidenceRevisionEntity): EvidenceFields {
  return { ...row, id: row.evidenceId };
}

export function mapEvidence(
  row: EvidenceFields,
  names: NamesByUser,
  referenceDate: string,
): Evidence {
  return {
    id: row.id,
    revision: row.revisionNumber,
    source: row.source,
    title: row.title,
    evidenceKind: row.evidenceKind,
    documentDate: row.documentDate,
    validUntil: row.validUntil,
    url: row.url,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.fileSha256,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdById
      ? { userId: row.createdById, displayName: names.get(row.createdById) ?? '' }
      : null,
    isExpired: isEvidenceExpiredOn(row.validUntil, referenceDate),
  };
}

/** RFC 6266: a plain ASCII name for old clients, the exact UTF-8 name for the rest. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Keeps only the last path segment and drops control characters from an uploaded file's name. */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base.slice(-255) || 'bestand';
}
