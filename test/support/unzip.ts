/** Reads a downloaded ZIP back (the dossier, a docx), for the API and the browser tests. */
import yauzl from 'yauzl';

export interface ZipEntry {
  name: string;
  /** General purpose bit flag: bit 11 (0x800) says the name is UTF-8. */
  flags: number;
  data: Buffer;
}

/** Every entry of a ZIP with its bytes, read with yauzl (the reader the upload checks use). */
export function unzip(zip: Buffer): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true, decodeStrings: true }, (error, file) => {
      if (error) {
        reject(error);
        return;
      }
      const entries: ZipEntry[] = [];
      file.on('error', reject);
      file.on('end', () => resolve(entries));
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError) {
            reject(streamError);
            return;
          }
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.push({
              name: entry.fileName,
              flags: entry.generalPurposeBitFlag,
              data: Buffer.concat(chunks),
            });
            file.readEntry();
          });
        });
      });
      file.readEntry();
    });
  });
}
