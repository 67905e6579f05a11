/**
 * Office files built in the test, as ZIP archives: a small real-looking docx and odt, and ZIP
 * bombs, whose entries unpack to far more than the file weighs.
 */
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';

type Part = [name: string, content: Buffer | Readable, options?: { compress: boolean }];

export async function zipOf(parts: readonly Part[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content, options = { compress: true }] of parts) {
    if (Buffer.isBuffer(content)) {
      zip.addBuffer(content, name, options);
    } else {
      zip.addReadStream(content, name, options);
    }
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** `bytes` zero bytes, made as they are read: a bomb's payload without holding it in memory. */
export function zeros(bytes: number): Readable {
  const chunk = Buffer.alloc(1024 * 1024);
  let left = bytes;
  return new Readable({
    read() {
      const size = Math.min(chunk.length, left);
      left -= size;
      this.push(size > 0 ? chunk.subarray(0, size) : null);
    },
  });
}

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);
const RELS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
);
const documentXml = (text: string) =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  );

/** A Word document with one paragraph; `document` replaces its main part (a bomb's payload). */
export function docx(document: Buffer | Readable = documentXml('Verslag intervisie')) {
  return zipOf([
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', RELS],
    ['word/document.xml', document],
  ]);
}

/** An OpenDocument text: its first entry, stored as is, names the type. */
export function odt(content: Buffer | Readable = Buffer.from('<office:document-content/>')) {
  return zipOf([
    ['mimetype', Buffer.from('application/vnd.oasis.opendocument.text'), { compress: false }],
    ['content.xml', content],
  ]);
}

/**
 * The archive with the unpacked size its central directory declares for `entry` set to
 * `declared`: an archive that lies about what it unpacks to.
 */
export function withDeclaredSize(zip: Buffer, entry: string, declared: number): Buffer {
  const lying = Buffer.from(zip);
  const name = Buffer.from(entry);
  for (let at = lying.indexOf('PK\x01\x02'); at >= 0;) {
    const nameLength = lying.readUInt16LE(at + 28);
    if (lying.subarray(at + 46, at + 46 + nameLength).equals(name)) {
      lying.writeUInt32LE(declared, at + 24);
    }
    at = lying.indexOf('PK\x01\x02', at + 46);
  }
  return lying;
}
