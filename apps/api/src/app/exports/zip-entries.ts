import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import archiver from 'archiver';

/**
 * A stream that opens its source only when first read. An archive writes one entry at a time,
 * so of all files only the one being written is open, whatever their number or size.
 */
export function lazy(open: () => Promise<Readable> | Readable): Readable {
  return Readable.from(
    (async function* () {
      yield* await open();
    })(),
    { objectMode: false },
  );
}

/** Passes a source on as it is read, then tells its sha256 and size (for a manifest after it). */
export function hashed(
  open: () => Promise<Readable> | Readable,
  done: (sha256: string, sizeBytes: number) => void,
): Readable {
  return Readable.from(
    (async function* () {
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of await open()) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
        hash.update(buffer);
        size += buffer.length;
        yield buffer;
      }
      done(hash.digest('hex'), size);
    })(),
    { objectMode: false },
  );
}

/** A text made only when the archive reaches it (a manifest of everything before it). */
export function lateText(make: () => string): Readable {
  return lazy(() => Readable.from([Buffer.from(make(), 'utf8')]));
}

export interface StreamedZip {
  archive: archiver.Archiver;
  /** Appends an entry; `store` skips deflating (files that are compressed already). */
  add: (source: Readable, name: string, store?: boolean) => void;
  /** Starts writing; call after the last `add`. */
  finish: () => Readable;
}

/**
 * A ZIP written as it is read, with UTF-8 names (flagged as such, bit 11). A download cut off
 * halfway closes the archive, and with it the source being read.
 */
export function streamedZip(date: Date): StreamedZip {
  const archive = archiver('zip', { zlib: { level: 6 } });
  const sources: Readable[] = [];
  return {
    archive,
    add: (source, name, store = false) => {
      sources.push(source);
      archive.append(source, { name, store, date });
    },
    finish: () => {
      archive.once('close', () => sources.forEach((source) => source.destroy()));
      void archive.finalize().catch((error: unknown) => {
        archive.destroy(error instanceof Error ? error : new Error(String(error)));
      });
      return archive;
    },
  };
}
