#!/usr/bin/env node
// Writes a brotli (.br) and a gzip (.gz) copy next to every text file of the built web app, at the
// highest levels, once at build time: the API serves them to browsers that accept them
// (apps/api/src/app/common/delivery/web-app.ts), so no request pays for compressing a bundle.
// Copies that would not be smaller, and files under 1 KB, are left out; copies from an earlier
// build are removed first, so none outlives its source.
//
// Usage: node apps/web/scripts/precompress.mjs [browser-dir]
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [dir = 'dist/apps/web/browser'] = process.argv.slice(2);
const TEXT = /\.(?:js|mjs|css|html|json|svg|txt|xml|webmanifest)$/i;
const MIN_BYTES = 1024;
const KB = 1024;

function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const compressors = [
  {
    extension: '.br',
    compress: (content) =>
      brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
  },
  { extension: '.gz', compress: (content) => gzipSync(content, { level: 9 }) },
];

for (const stale of filesUnder(dir).filter((path) => /\.(?:br|gz)$/.test(path))) {
  rmSync(stale);
}

const totals = { raw: 0, '.br': 0, '.gz': 0 };
let count = 0;
for (const path of filesUnder(dir).filter((file) => TEXT.test(file))) {
  const content = readFileSync(path);
  if (content.length < MIN_BYTES) {
    continue;
  }
  count++;
  totals.raw += content.length;
  for (const { extension, compress } of compressors) {
    const compressed = compress(content);
    const smaller = compressed.length < content.length;
    if (smaller) {
      writeFileSync(`${path}${extension}`, compressed);
    }
    totals[extension] += smaller ? compressed.length : content.length;
  }
}
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
console.log(
  `Precompressed ${count} files of ${dir}: ${kb(totals.raw)} raw, ${kb(totals['.br'])} brotli, ${kb(totals['.gz'])} gzip.`,
);
