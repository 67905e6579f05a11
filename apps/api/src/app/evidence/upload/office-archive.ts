import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Entry, openPromise, ZipFile } from 'yauzl';

import { ProblemException } from '../../common/problems/problem.exception';
import { formatBytes } from './byte-sizes';

/** An office file may unpack to at most this many times its own size... */
export const MAX_UNPACK_RATIO = 100;
/** ...and never to more than this. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Word, Excel and LibreOffice write tens to hundreds of parts; thousands more is no document. */
const MAX_ENTRIES = 10_000;

/** The evidence types that are ZIP archives inside: Office Open XML and OpenDocument. */
export const OFFICE_ARCHIVE_TYPES: ReadonlySet<string> = new Set([
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'ods',
]);

function tooLarge(extension: string, limit: number): ProblemException {
  return new ProblemException(413, 'office-file-unpacks-too-large', {
    extension,
    limit: formatBytes(limit),
  });
}

const damaged = (extension: string) =>
  new ProblemException(415, 'damaged-office-file', { extension });

/** Takes what an entry inflates to and keeps none of it. */
const discard = () =>
  new Writable({
    write: (_chunk: Buffer, _encoding: BufferEncoding, done: () => void) => done(),
  });

/** The central directory's entries, refused as soon as their declared sizes add up too much. */
async function declaredEntries(zip: ZipFile, limit: number): Promise<Entry[] | 'too-large'> {
  const entries: Entry[] = [];
  let declared = 0;
  for await (const entry of zip.eachEntry()) {
    declared += entry.uncompressedSize;
    if (declared > limit) {
      return 'too-large';
    }
    entries.push(entry);
  }
  return entries;
}

/**
 * Refuses an office file that is a ZIP bomb: one that unpacks to more than 100 times its size or
 * more than 200 MiB (413), or whose archive is damaged (415). The sizes the central directory
 * declares are added up first. A declared size can lie, so then every entry is inflated, a chunk
 * at a time and never into memory, and yauzl stops an entry the moment it inflates to more than
 * it declared (415). A refused file is not stored: the upload interceptor removes it.
 */
export async function assertOfficeArchiveUnpacks(
  path: string,
  size: number,
  extension: string,
): Promise<void> {
  const limit = Math.min(size * MAX_UNPACK_RATIO, MAX_UNPACKED_BYTES);
  let zip: ZipFile;
  try {
    zip = await openPromise(path, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
    });
  } catch {
    throw damaged(extension);
  }
  try {
    if (zip.entryCount > MAX_ENTRIES) {
      throw damaged(extension);
    }
    const entries = await declaredEntries(zip, limit);
    if (entries === 'too-large') {
      throw tooLarge(extension, limit);
    }
    for (const entry of entries) {
      await pipeline(await zip.openReadStreamPromise(entry), discard());
    }
  } catch (error) {
    throw error instanceof ProblemException ? error : damaged(extension);
  } finally {
    zip.close();
  }
}
