import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PassThrough, Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

import {
  BackupManifest,
  BackupMember,
  BackupRefusedError,
  MANIFEST_NAME,
  parseManifest,
} from './backup-manifest';

const MANIFEST_LIMIT = 64 * 1024 * 1024;

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      file,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true },
      (error, zip) => (error ? reject(error) : resolve(zip)),
    );
  });
}

function entriesOf(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on('error', reject);
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith('/')) {
        entries.set(entry.fileName, entry);
      }
      zip.readEntry();
    });
    zip.readEntry();
  });
}

function streamOf(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
  });
}

async function readManifest(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined) {
  if (!entry || entry.uncompressedSize > MANIFEST_LIMIT) {
    throw new BackupRefusedError('it has no manifest.json');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of (await streamOf(zip, entry)) as AsyncIterable<Buffer>) {
    chunks.push(chunk);
  }
  return parseManifest(Buffer.concat(chunks).toString('utf8'));
}

function checkListing(manifest: BackupManifest, entries: Map<string, yauzl.Entry>): void {
  const listed = new Set(manifest.members.map((m) => m.path));
  const missing = manifest.members.find((m) => !entries.has(m.path));
  if (missing) {
    throw new BackupRefusedError(`${missing.path} is in the manifest but not in the archive`);
  }
  const extra = [...entries.keys()].find((name) => name !== MANIFEST_NAME && !listed.has(name));
  if (extra) {
    throw new BackupRefusedError(`${extra} is in the archive but not in the manifest`);
  }
}

async function checkMember(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  member: BackupMember,
  into: string | null,
): Promise<void> {
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  let sink: Writable = new PassThrough().resume();
  if (into) {
    await mkdir(dirname(join(into, member.path)), { recursive: true });
    sink = createWriteStream(join(into, member.path), { flags: 'wx' });
  }
  await pipeline(await streamOf(zip, entry), meter, sink);
  if (size !== member.size || hash.digest('hex') !== member.sha256) {
    throw new BackupRefusedError(`${member.path} does not match its sha256 in the manifest`);
  }
}

function refusal(error: unknown): BackupRefusedError {
  return error instanceof BackupRefusedError
    ? error
    : new BackupRefusedError(`it is damaged or not a ZIP file (${(error as Error).message})`);
}

/**
 * Reads the whole backup and checks every member against the manifest (size and sha256), and
 * that the archive holds exactly the members listed. With `into`, writes the members there.
 */
export async function verifyBackup(
  file: string,
  into: string | null = null,
): Promise<BackupManifest> {
  let zip: yauzl.ZipFile | undefined;
  try {
    zip = await openZip(file);
    const entries = await entriesOf(zip);
    const manifest = await readManifest(zip, entries.get(MANIFEST_NAME));
    checkListing(manifest, entries);
    for (const member of manifest.members) {
      await checkMember(zip, entries.get(member.path) as yauzl.Entry, member, into);
    }
    return manifest;
  } catch (error) {
    throw refusal(error);
  } finally {
    zip?.close();
  }
}
