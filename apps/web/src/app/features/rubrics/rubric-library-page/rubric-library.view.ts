import { LibraryRubric, LibraryVersion } from '../data-access/rubric-library-api.service';

/** How many characters of the sha256 the table shows; the whole hash is in the title and copied. */
const SHORT_HASH = 12;

export interface LibraryVersionRow extends LibraryVersion {
  shortHash: string;
  yamlUrl: string;
  xlsxUrl: string;
  /** Query of the comparison with the previous version; null for a first version. */
  compareQuery: { from: string; to: string } | null;
  canRetire: boolean;
}

export interface LibraryRubricView extends Omit<LibraryRubric, 'versions'> {
  versions: LibraryVersionRow[];
  /** The newest published version, which a new draft copies; null when none is published. */
  latestPublished: string | null;
}

export function toLibraryView(
  rubric: LibraryRubric,
  exportUrl: (rubricId: string, version: string, format: 'yaml' | 'xlsx') => string,
): LibraryRubricView {
  const published = rubric.versions.filter((version) => version.status === 'published');
  return {
    ...rubric,
    latestPublished: published.at(-1)?.version ?? null,
    versions: rubric.versions.map((version) => ({
      ...version,
      shortHash: version.contentHash.slice(0, SHORT_HASH),
      yamlUrl: exportUrl(rubric.id, version.version, 'yaml'),
      xlsxUrl: exportUrl(rubric.id, version.version, 'xlsx'),
      compareQuery: version.previousVersion
        ? { from: version.previousVersion, to: version.version }
        : null,
      canRetire: version.status === 'published',
    })),
  };
}
