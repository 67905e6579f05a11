import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { fromFile } from 'file-type';

import { ProblemException } from '../../common/problems/problem.exception';
import { assertOfficeArchiveUnpacks, OFFICE_ARCHIVE_TYPES } from './office-archive';

interface AllowedType {
  mediaType: string;
  /** What file-type reports for the content; null for plain text, which has no signature. */
  detected: string | null;
}

/** The file types the label's evidence comes in, by the extension of the file's name. */
const ALLOWED: Readonly<Record<string, AllowedType>> = {
  pdf: { mediaType: 'application/pdf', detected: 'pdf' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    detected: 'docx',
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    detected: 'xlsx',
  },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    detected: 'pptx',
  },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', detected: 'odt' },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', detected: 'ods' },
  png: { mediaType: 'image/png', detected: 'png' },
  jpg: { mediaType: 'image/jpeg', detected: 'jpg' },
  jpeg: { mediaType: 'image/jpeg', detected: 'jpg' },
  txt: { mediaType: 'text/plain; charset=utf-8', detected: null },
  csv: { mediaType: 'text/csv; charset=utf-8', detected: null },
};
export const ALLOWED_EXTENSIONS = Object.keys(ALLOWED);
const TEXT_SAMPLE_BYTES = 64 * 1024;

function unsupported(): ProblemException {
  return new ProblemException(415, 'unsupported-file-type', {
    allowed: ALLOWED_EXTENSIONS.join(', '),
  });
}

/** Plain text: no NUL bytes and valid UTF-8 in the first 64 KB (a cut-off last character is fine). */
async function looksLikeText(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(
      Buffer.alloc(TEXT_SAMPLE_BYTES),
      0,
      TEXT_SAMPLE_BYTES,
      0,
    );
    const sample = buffer.subarray(0, bytesRead);
    if (sample.includes(0)) {
      return false;
    }
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}

/**
 * The media type to store, decided by the content and checked against the name: a type not on
 * the list, or content that is not what the name says (an executable renamed to .pdf), is refused,
 * and so is an office file that unpacks to far more than it weighs (a ZIP bomb).
 */
export async function detectEvidenceMediaType(
  path: string,
  fileName: string,
  size: number,
): Promise<string> {
  const allowed = ALLOWED[extname(fileName).slice(1).toLowerCase()];
  const detected = (await fromFile(path))?.ext ?? null;
  if (!allowed) {
    throw unsupported();
  }
  if (detected !== null && !Object.values(ALLOWED).some((type) => type.detected === detected)) {
    throw unsupported();
  }
  const matches =
    allowed.detected === null
      ? detected === null && (await looksLikeText(path))
      : detected === allowed.detected;
  const extension = extname(fileName).slice(1).toLowerCase();
  if (!matches) {
    throw new ProblemException(415, 'file-type-mismatch', { extension });
  }
  if (OFFICE_ARCHIVE_TYPES.has(extension)) {
    await assertOfficeArchiveUnpacks(path, size, extension);
  }
  return allowed.mediaType;
}
