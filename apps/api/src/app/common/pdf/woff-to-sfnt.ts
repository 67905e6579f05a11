import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface Table {
  tag: number;
  checksum: number;
  data: Buffer;
}

const padded = (length: number) => (length + 3) & ~3;

function tablesOf(woff: Buffer): Table[] {
  const count = woff.readUInt16BE(12);
  return Array.from({ length: count }, (_, index) => {
    const entry = WOFF_HEADER + index * WOFF_ENTRY;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const original = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compressed);
    return {
      tag: woff.readUInt32BE(entry),
      checksum: woff.readUInt32BE(entry + 16),
      data: compressed < original ? inflateSync(stored) : stored,
    };
  });
}

/**
 * Unpacks a WOFF 1.0 font into the TrueType/OpenType file it wraps (W3C WOFF, section 5: every
 * table is zlib-compressed unless that would not make it smaller). fontkit reads a TrueType file
 * in place but inflates a WOFF's tables again for every PDF, which costs the emoji font about a
 * tenth of a second per document; unpacked once at start, it costs nothing.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== WOFF_SIGNATURE) {
    throw new Error('not a WOFF 1.0 font');
  }
  const tables = tablesOf(woff);
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= tables.length) {
    searchRange *= 2;
    entrySelector += 1;
  }
  const directory = SFNT_HEADER + tables.length * SFNT_ENTRY;
  const sfnt = Buffer.alloc(
    directory + tables.reduce((size, table) => size + padded(table.data.length), 0),
  );
  sfnt.writeUInt32BE(woff.readUInt32BE(4), 0); // the flavour: TrueType or CFF
  sfnt.writeUInt16BE(tables.length, 4);
  sfnt.writeUInt16BE(searchRange * SFNT_ENTRY, 6);
  sfnt.writeUInt16BE(entrySelector, 8);
  sfnt.writeUInt16BE((tables.length - searchRange) * SFNT_ENTRY, 10);
  let offset = directory;
  tables.forEach((table, index) => {
    const entry = SFNT_HEADER + index * SFNT_ENTRY;
    sfnt.writeUInt32BE(table.tag, entry);
    sfnt.writeUInt32BE(table.checksum, entry + 4);
    sfnt.writeUInt32BE(offset, entry + 8);
    sfnt.writeUInt32BE(table.data.length, entry + 12);
    table.data.copy(sfnt, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}
