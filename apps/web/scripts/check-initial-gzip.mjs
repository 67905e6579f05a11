#!/usr/bin/env node
// Fails the web build when the initial bundle, gzipped, exceeds its budget (issue 5: 350 KB).
//
// Angular's own budgets count raw bytes; the `initial` budget in apps/web/project.json is set to
// the raw size that matches 350 KB gzip at the ratio this app's code compresses (about 3.5:1), so
// it is a coarse first fence. This script measures what the issue asks: the files a browser loads
// before the first page (the scripts, module preloads and stylesheets index.html references),
// each gzipped at zlib's default level, as a server compresses them.
//
// Usage: node apps/web/scripts/check-initial-gzip.mjs [browser-dir] [limit-kb]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'dist/apps/web/browser', limitArg = '350'] = process.argv.slice(2);
const limitKb = Number(limitArg);
const KB = 1024;

/** The local files index.html loads up front: `<script src>` and `<link rel=modulepreload|stylesheet>`. */
function initialFiles(html) {
  const files = new Set();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attr = (name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i'))?.[1];
    const isScript = /^<script/i.test(tag);
    const rel = attr('rel')?.toLowerCase();
    const url = isScript ? attr('src') : attr('href');
    const loadsUpFront = isScript || rel === 'modulepreload' || rel === 'stylesheet';
    if (url && loadsUpFront && !/^(?:[a-z]+:)?\/\//i.test(url)) {
      files.add(url.replace(/^\//, ''));
    }
  }
  return [...files];
}

const html = readFileSync(join(dir, 'index.html'), 'utf8');
const files = initialFiles(html);
if (files.length === 0) {
  console.error(`No initial files found in ${join(dir, 'index.html')}.`);
  process.exit(1);
}

let total = 0;
for (const file of files) {
  const size = gzipSync(readFileSync(join(dir, file))).length;
  total += size;
  console.log(`  ${file.padEnd(28)} ${(size / KB).toFixed(1).padStart(8)} KB gzip`);
}
const verdict = `Initial bundle: ${(total / KB).toFixed(1)} KB gzip (budget ${limitKb} KB)`;
if (total > limitKb * KB) {
  console.error(`${verdict}: over budget. Lazy-load what the first page does not need.`);
  process.exit(1);
}
console.log(`${verdict}.`);
