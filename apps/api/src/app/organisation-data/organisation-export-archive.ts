import { ORGANISATION_EXPORT_FORMAT } from '@labelklaar/domain';

import { Readable } from 'node:stream';

import { hashed, lateText, streamedZip } from '../exports/zip-entries';

export interface ExportManifestEntry {
  path: string;
  /** The entity a JSON file holds, or `evidence-file` for a stored file. */
  entity: string;
  sha256: string;
  bytes: number;
  /** Rows in a JSON file; absent for a file. */
  rows?: number;
}

export interface OrganisationExportInput {
  organisationId: string;
  organisationName: string;
  generatedAt: Date;
  entities: ReadonlyMap<string, readonly Record<string, unknown>[]>;
  /** Every stored file of the organisation's evidence (all revisions), once per hash. */
  fileHashes: readonly string[];
  openFile: (sha256: string) => Promise<Readable>;
}

const README = (input: OrganisationExportInput) =>
  [
    `Export van ${input.organisationName} uit Labelklaar (${input.generatedAt.toISOString()}).`,
    '',
    `Formaat: ${ORGANISATION_EXPORT_FORMAT}. Elk bestand data/<entiteit>.json is een JSON-lijst met een object per rij;`,
    'files/<sha256> zijn de bewijsbestanden, genoemd naar hun SHA-256 (de kolom fileSha256 in data/evidence.json).',
    'manifest.json noemt elk bestand met zijn entiteit, SHA-256 en grootte in bytes.',
    '',
    `Export of ${input.organisationName} from Labelklaar. Format ${ORGANISATION_EXPORT_FORMAT}; see manifest.json.`,
    '',
  ].join('\n');

/**
 * Everything of one organisation as one ZIP, written as it is read: a JSON file per entity, every
 * evidence file once (by hash, stored as it is), then manifest.json with the sha256 and size of
 * every entry before it, and a README. The layout is described in docs/organisation-export.md.
 */
export function organisationExportArchive(input: OrganisationExportInput): Readable {
  const zip = streamedZip(input.generatedAt);
  const entries: ExportManifestEntry[] = [];
  const track = (entry: Omit<ExportManifestEntry, 'sha256' | 'bytes'>) => {
    const row: ExportManifestEntry = { ...entry, sha256: '', bytes: 0 };
    entries.push(row);
    return (sha256: string, bytes: number) => {
      row.sha256 = sha256;
      row.bytes = bytes;
    };
  };
  for (const [entity, rows] of input.entities) {
    const path = `data/${entity}.json`;
    const done = track({ path, entity, rows: rows.length });
    const json = () => Readable.from([Buffer.from(JSON.stringify(rows, null, 2), 'utf8')]);
    zip.add(hashed(json, done), path);
  }
  for (const sha256 of input.fileHashes) {
    const path = `files/${sha256}`;
    const done = track({ path, entity: 'evidence-file' });
    // Opened only when the archive reaches it: one file open at a time, whatever their number.
    zip.add(
      hashed(() => input.openFile(sha256), done),
      path,
      true,
    );
  }
  zip.add(
    lateText(() =>
      JSON.stringify(
        {
          format: ORGANISATION_EXPORT_FORMAT,
          organisationId: input.organisationId,
          organisationName: input.organisationName,
          generatedAt: input.generatedAt.toISOString(),
          entries,
        },
        null,
        2,
      ),
    ),
    'manifest.json',
  );
  zip.add(
    lateText(() => README(input)),
    'README.txt',
  );
  return zip.finish();
}
