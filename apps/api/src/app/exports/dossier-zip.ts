import { Readable } from 'node:stream';

import {
  evidenceLayout,
  manifestCsv,
  manifestJson,
  ManifestRow,
  readme,
} from './dossier-zip-layout';
import { DossierData, DossierOptions } from './dossier.model';
import { hashed, lateText, lazy, streamedZip } from './zip-entries';

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
  const zip = streamedZip(data.generatedAt);
  const documentRows = input.documents.map((document) => {
    const row = documentRow(document);
    const source = hashed(document.open, (sha256, sizeBytes) => {
      row.sha256 = sha256;
      row.sizeBytes = sizeBytes;
    });
    zip.add(source, document.fileName);
    return row;
  });
  const layout = evidenceLayout(data);
  for (const entry of layout.files) {
    zip.add(
      lazy(() => input.openFile(entry.sha256)),
      entry.path,
      true,
    );
  }
  // Made when the archive reaches them: every document before them has been hashed by then.
  const rows = () => [...documentRows, ...layout.files.map((entry) => entry.row), ...layout.links];
  zip.add(
    lateText(() => manifestCsv(rows())),
    'manifest.csv',
  );
  zip.add(
    lateText(() => manifestJson(data, input.options, rows())),
    'manifest.json',
  );
  zip.add(
    lateText(() => readme(data, input.options, rows())),
    'README.txt',
  );
  return zip.finish();
}
