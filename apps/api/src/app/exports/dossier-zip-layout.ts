import { LinkedEvidence } from '@labelklaar/domain';

import { csvLine } from './criteria-csv';
import { longDay } from './dossier-labels';
import { statusLine } from './dossier-pdf';
import { DossierData, DossierOptions } from './dossier.model';

/** Longest folder and file name in the archive: the whole path stays far below Windows' 260. */
const MAX_FOLDER = 60;
const MAX_FILE = 90;
const MAX_EXTENSION = 10;

/** Device names Windows refuses as a file name, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/**
 * A name Windows Explorer, macOS Finder and unzip all accept: none of `<>:"/\|?*` or control
 * characters, no trailing dot or space, no device name, at most `maxLength` characters (NFC, so
 * "ë" is one character and Finder shows the same name).
 */
export function windowsSafeName(text: string, maxLength: number, fallback = 'bestand'): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/"/g, "'")
    .replace(/[/\\|:]/g, '-')
    // eslint-disable-next-line no-control-regex
    .replace(/[<>?*\u0000-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const name = shortened(cleaned, maxLength).replace(/[. ]+$/g, '') || fallback;
  return RESERVED.test(name) ? `_${name}` : name;
}

/** At most `maxLength` characters, cut after a whole word where that keeps most of the text. */
function shortened(text: string, maxLength: number): string {
  const characters = Array.from(text);
  if (characters.length <= maxLength) {
    return text;
  }
  const cut = characters.slice(0, maxLength + 1).join('');
  const space = cut.lastIndexOf(' ');
  return space > cut.length / 2 ? cut.slice(0, space) : characters.slice(0, maxLength).join('');
}

/** `.pdf` of `verslag.pdf`, lower case, or nothing when the name has no sensible extension. */
function extensionOf(fileName: string | null): string {
  const match = /\.([A-Za-z0-9]{1,9})$/.exec(fileName ?? '');
  return match ? `.${(match[1] ?? '').toLowerCase()}` : '';
}

/** What the manifest says of each file of the archive and of each link of the round. */
export interface ManifestRow {
  /** Path inside the archive; null for a link, which has no file. */
  file: string | null;
  criterion: string | null;
  criterionTitle: string | null;
  title: string;
  kind: string;
  source: 'dossier' | 'file' | 'link';
  url: string | null;
  documentDate: string | null;
  validUntil: string | null;
  sha256: string | null;
  sizeBytes: number | null;
}

/** An evidence file and where it goes in the archive. */
export interface EvidenceEntry {
  path: string;
  sha256: string;
  row: ManifestRow;
}

export interface EvidenceLayout {
  files: EvidenceEntry[];
  links: ManifestRow[];
}

function rowOf(
  data: DossierData,
  criterion: { code: string; title: string },
  item: LinkedEvidence,
  file: string | null,
): ManifestRow {
  return {
    file,
    criterion: criterion.code,
    criterionTitle: criterion.title,
    title: item.title,
    kind: data.evidenceKindLabel(item.evidenceKind),
    source: item.source,
    url: item.url,
    documentDate: item.documentDate,
    validUntil: item.validUntil,
    sha256: item.sha256,
    sizeBytes: item.sizeBytes,
  };
}

/**
 * One folder per criterion with evidence files, `VAK-03 Casuïstiek en intervisie/02 Verslag
 * intervisie 2026.pdf`: numbered in the order the criterion lists them. A file linked to two
 * criteria is in both folders, so an assessor finds it under each criterion it supports.
 */
export function evidenceLayout(data: DossierData): EvidenceLayout {
  const layout: EvidenceLayout = { files: [], links: [] };
  for (const { figures, response } of data.domains.flatMap((domain) => domain.criteria)) {
    const folder = windowsSafeName(`${figures.code} ${figures.title}`, MAX_FOLDER, figures.code);
    (response?.evidence ?? []).forEach((item, index) => {
      if (item.source === 'link' || !item.sha256) {
        layout.links.push(rowOf(data, figures, item, null));
        return;
      }
      const extension = extensionOf(item.fileName).slice(0, MAX_EXTENSION);
      const number = String(index + 1).padStart(2, '0');
      const base = windowsSafeName(`${number} ${item.title}`, MAX_FILE - extension.length, number);
      const path = `${folder}/${base}${extension}`;
      layout.files.push({ path, sha256: item.sha256, row: rowOf(data, figures, item, path) });
    });
  }
  return layout;
}

export const MANIFEST_HEADERS = [
  'bestand',
  'criterium',
  'criteriumtitel',
  'titel',
  'soort',
  'bron',
  'link',
  'documentdatum',
  'geldig tot',
  'sha256',
  'bytes',
] as const;

/** manifest.csv: the same CSV dialect as criteria.csv (Dutch Excel, BOM, `;`, formula-safe). */
export function manifestCsv(rows: readonly ManifestRow[]): string {
  const lines = rows.map((row) =>
    csvLine([
      row.file,
      row.criterion,
      row.criterionTitle,
      row.title,
      row.kind,
      row.source,
      row.url,
      row.documentDate,
      row.validUntil,
      row.sha256,
      row.sizeBytes,
    ]),
  );
  return `\uFEFF${csvLine(MANIFEST_HEADERS)}${lines.join('')}`;
}

/** manifest.json: the round, its content hash and every row, for a program to check. */
export function manifestJson(
  data: DossierData,
  options: DossierOptions,
  rows: readonly ManifestRow[],
): string {
  const { round } = data;
  const manifest = {
    organisation: data.organisation.name,
    round: {
      id: round.id,
      title: round.title,
      status: round.status,
      rubricId: round.rubricId,
      rubricVersion: round.rubricVersion,
      targetDate: round.targetDate,
      submittedAt: round.submittedAt,
      contentHash: round.contentHash,
    },
    generatedAt: data.generatedAt.toISOString(),
    internalAppendix: options.internal,
    files: rows,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** README.txt, in Dutch for the assessor, with Windows line ends so Notepad shows it as written. */
export function readme(
  data: DossierData,
  options: DossierOptions,
  rows: readonly ManifestRow[],
): string {
  const { round } = data;
  const files = rows.filter((row) => row.source === 'file').length;
  const links = rows.filter((row) => row.source === 'link').length;
  const hash = round.contentHash
    ? [
        `Inhoudshash (sha256) van de ronde: ${round.contentHash}`,
        'Dat is de sha256 van de inhoud van de ronde zoals die bij het indienen is vastgelegd; het',
        'auditdossier (PDF en Excel) vermeldt dezelfde hash.',
      ]
    : ['Deze ronde is nog niet ingediend: ze heeft geen inhoudshash en kan nog veranderen.'];
  return [
    `Auditdossier – ${round.title}`,
    data.organisation.name,
    '',
    `Normenkader: ${data.rubricTitle} (${round.rubricId}, versie ${round.rubricVersion})`,
    `Status: ${statusLine(data)}`,
    `Gegenereerd op: ${longDay(data.generatedOn)}`,
    '',
    ...hash,
    '',
    'Inhoud van dit zipbestand:',
    '- het auditdossier als PDF, de werkmap (Excel) en de criteria (CSV);',
    options.internal
      ? '  de PDF sluit af met de interne bijlage (gereedheid en auditblokkades);'
      : '  zonder de interne bijlage: geen gereedheidscijfers of auditblokkades;',
    `- ${files} bewijsbestand(en), in een map per criterium ("code titel");`,
    `- manifest.csv en manifest.json: elk bestand met criterium, titel, soort, documentdatum,`,
    `  geldig tot en sha256; ook de ${links} link(s) die als bewijs zijn vastgelegd.`,
    '',
    'Een bestand controleren: de sha256 in het manifest is gelijk aan de uitkomst van',
    '  Windows:     Get-FileHash -Algorithm SHA256 "<bestand>"',
    '  macOS/Linux: shasum -a 256 "<bestand>"',
    '',
  ].join('\r\n');
}
