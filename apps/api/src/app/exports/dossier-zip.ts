import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import archiver from 'archiver';

import {
  evidenceLayout,
  manifestCsv,
  manifestJson,
  ManifestRow,
  readme,
} from './dossier-zip-layout';
import { DossierData, DossierOptions } from './dossier.model';

/** A generated file of the dossier (PDF, workbook, CSV), made when the archive reaches it. */
export interface DossierDocument {
  fileName: string;
  title: string;
  open: () => Readable;
}

export interface DossierArchiveInput {
  data: DossierData;
  options: DossierOptions;
  documents: readonly DossierDocument[];
  /** An evidence file from storage by its sha256. */
  openFile: (sha256: string) => Promise<Readable>;
}

/**
 * A stream that opens its source only when first read. The archive writes one entry at a time,
 * so of all evidence files only the one being written is open, whatever their number or size.
 */
function lazy(open: () => Promise<Readable> | Readable): Readable {
  return Readable.from(
    (async function* () {
      yield* await open();
    })(),
    { objectMode: false },
  );
}

/** Passes a document on as it is made, hashing and counting it for the manifest after it. */
function hashed(open: () => Readable, row: ManifestRow): Readable {
  return Readable.from(
    (async function* () {
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of open()) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
        hash.update(buffer);
        size += buffer.length;
        yield buffer;
      }
      row.sha256 = hash.digest('hex');
      row.sizeBytes = size;
    })(),
    { objectMode: false },
  );
}

function documentRow(document: DossierDocument): ManifestRow {
  return {
    file: document.fileName,
    criterion: null,
    criterionTitle: null,
    title: document.title,
    kind: 'auditdossier',
    source: 'dossier',
    url: null,
    documentDate: null,
    validUntil: null,
    sha256: null,
    sizeBytes: null,
  };
}

/**
 * The whole dossier of a round as one ZIP, streamed: the generated documents, every evidence
 * file in a folder per criterion, then the manifest (with the sha256 of everything before it)
 * and a README. Names are UTF-8 and flagged as such (bit 11), so Explorer and Finder show
 * "Cliëntervaring" as written. Evidence files are stored, not deflated: they are mostly PDF,
 * images and Office files, which are compressed already.
 */
export function dossierArchive(input: DossierArchiveInput): Readable {
  const { data } = input;
  const archive = archiver('zip', { zlib: { level: 6 } });
  const sources: Readable[] = [];
  const add = (source: Readable, name: string, store = false) => {
    sources.push(source);
    archive.append(source, { name, store, date: data.generatedAt });
  };
  const documentRows = input.documents.map((document) => {
    const row = documentRow(document);
    add(hashed(document.open, row), document.fileName);
    return row;
  });
  const layout = evidenceLayout(data);
  for (const entry of layout.files) {
    add(
      lazy(() => input.openFile(entry.sha256)),
      entry.path,
      true,
    );
  }
  // Made when the archive reaches them: every document before them has been hashed by then.
  const rows = () => [...documentRows, ...layout.files.map((entry) => entry.row), ...layout.links];
  add(
    lazy(() => Readable.from([Buffer.from(manifestCsv(rows()), 'utf8')])),
    'manifest.csv',
  );
  add(
    lazy(() => Readable.from([Buffer.from(manifestJson(data, input.options, rows()), 'utf8')])),
    'manifest.json',
  );
  add(
    lazy(() => Readable.from([Buffer.from(readme(data, input.options, rows()), 'utf8')])),
    'README.txt',
  );
  // A download cut off halfway closes the archive: close the evidence file being read too.
  archive.once('close', () => sources.forEach((source) => source.destroy()));
  void archive.finalize().catch((error: unknown) => {
    archive.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return archive;
}
