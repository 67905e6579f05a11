/**
 * Support for the export end-to-end tests: download a file as bytes, and read a PDF's text back.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

import { ApiClient } from '../support/api-client';

/** Collects a binary body, whatever its content type. */
export function download(client: ApiClient, path: string) {
  return client.agent
    .get(path)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

/**
 * The text of each page, read back with pdf-parse (pdf.js). It runs in a plain Node process: pdf.js
 * loads its worker with a dynamic import(), which Jest's module sandbox refuses.
 */
const PDF_TEXT_SCRIPT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify(result.pages.map((page) => page.text)));
});
`;

export function pdfPages(body: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', PDF_TEXT_SCRIPT],
      { cwd: join(__dirname, '..', '..'), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout) as string[])),
    );
    child.stdin?.end(body);
  });
}

/** All pages as one text, every run of white space as one space (table cells wrap). */
export const flatText = (pages: readonly string[]) => pages.join('\n').replace(/\s+/g, ' ');

/** Keeps what a test downloaded in tmp/exports, for a person to open and look at. */
export function keep(name: string, body: Buffer): void {
  const dir = join(__dirname, '..', '..', 'tmp', 'exports');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), body);
}

/** The embedded fonts of a PDF by name, without their subset tag: "NotoSansHebrew-Regular". */
export function embeddedFonts(pdf: Buffer): string[] {
  const names = pdf.toString('latin1').matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/g);
  return [...new Set(Array.from(names, (match) => match[1] ?? ''))].sort();
}

/** The page content streams of a PDF, inflated: where its text is drawn. */
function contentStreams(pdf: Buffer): string[] {
  const streams = pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g);
  return Array.from(streams, (match) => {
    try {
      return inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      return '';
    }
  }).filter((stream) => /\bBT\b[\s\S]*\bTJ\b/.test(stream));
}

/**
 * How often a PDF draws glyph 0, .notdef: the empty box of a character its font does not have.
 * The embedded fonts are set with 2-byte glyph ids (Identity-H), written in hex in TJ arrays.
 */
export function notdefGlyphs(pdf: Buffer): number {
  let count = 0;
  for (const stream of contentStreams(pdf)) {
    for (const [, array = ''] of stream.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      for (const [, hex = ''] of array.matchAll(/<([0-9a-fA-F]*)>/g)) {
        count += (hex.match(/.{4}/g) ?? []).filter((glyph) => glyph === '0000').length;
      }
    }
  }
  return count;
}

/** The addresses of a PDF's link annotations (`/A << /S /URI /URI (…) >>`), in page order. */
export function linkTargets(pdf: Buffer): string[] {
  const links = pdf.toString('latin1').matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g);
  return Array.from(links, (match) => (match[1] ?? '').replace(/\\(.)/g, '$1'));
}

export type { ZipEntry } from '../support/unzip';
export { unzip } from '../support/unzip';
