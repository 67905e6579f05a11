import { readFileSync } from 'node:fs';
import { create } from '@foliojs-fork/fontkit';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

import { houseFonts } from './house-fonts';
import { withScriptFonts } from './script-text';
import { woffToSfnt } from './woff-to-sfnt';

const { coverage } = houseFonts();
const transform = (content: Content) => withScriptFonts({ content }, coverage).content;

describe('withScriptFonts', () => {
  it('leaves a document in Latin letters as it is', () => {
    const content: Content = [
      { text: 'Samenvatting', style: 'h1', tocItem: true },
      { table: { body: [['Ayşe', { text: '50 %', bold: true }]] } },
      { stack: ['Łukasz', { columns: ['Gülsüm', 'Zoë'] }] },
    ];
    expect(transform(content)).toEqual(content);
  });

  it('splits a table cell in Hebrew into runs and aligns it to its start, the right', () => {
    expect(
      transform({ table: { body: [[{ text: 'שלום עולם', alignment: 'left' }, 'x']] } }),
    ).toEqual({
      table: {
        body: [
          [
            {
              alignment: 'left',
              text: [
                { text: 'שלום', bidiLevel: 1, font: 'NotoSansHebrew', alignment: 'right' },
                { text: ' ', bidiLevel: 1, alignment: 'right' },
                { text: 'עולם', bidiLevel: 1, font: 'NotoSansHebrew', alignment: 'right' },
              ],
            },
            'x',
          ],
        ],
      },
    });
  });

  it('keeps the style of an inline piece on each of its runs and a centred text centred', () => {
    expect(
      transform({ text: ['Status: ', { text: 'مرحبا 🙂', bold: true }], alignment: 'center' }),
    ).toEqual({
      alignment: 'center',
      text: [
        { text: 'Status: ', bidiLevel: 0 },
        { text: 'مرحبا', bold: true, bidiLevel: 1, font: 'PlexSansArabic' },
        { text: ' ', bold: true, bidiLevel: 0 },
        { text: '🙂', bold: true, bidiLevel: 0, font: 'NotoEmoji' },
      ],
    });
  });

  it('reaches lists, columns, the contents title and the running header and footer', () => {
    const document: TDocumentDefinitions = {
      content: [
        { ul: ['👍'] },
        { columns: [{ stack: ['👍'] }] },
        { toc: { title: { text: '👍' } } },
      ],
      header: () => ({ text: '👍' }),
      footer: (page: number) => `${page} 👍`,
    };
    const result = withScriptFonts(document, coverage);
    const emoji = { text: '👍', bidiLevel: 0, font: 'NotoEmoji' };
    expect(result.content).toEqual([
      { ul: [{ text: [emoji] }] },
      { columns: [{ stack: [{ text: [emoji] }] }] },
      { toc: { title: { text: [emoji] } } },
    ]);
    const header = result.header as (page: number, count: number) => Content;
    const footer = result.footer as (page: number, count: number) => Content;
    expect(header(1, 2)).toEqual({ text: [emoji] });
    expect(footer(1, 2)).toEqual({ text: [{ text: '1 ', bidiLevel: 0 }, emoji] });
  });
});

describe('woffToSfnt', () => {
  const woff = readFileSync(
    require.resolve('@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff'),
  );

  it('unpacks a WOFF font into a TrueType file with the same glyphs', () => {
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const unpacked = create(sfnt);
    expect(unpacked.numGlyphs).toBe(create(woff).numGlyphs);
    expect(unpacked.hasGlyphForCodePoint('ש'.codePointAt(0) ?? 0)).toBe(true);
  });

  it('refuses anything else', () => {
    expect(() => woffToSfnt(Buffer.from('OTTO and more bytes'))).toThrow('not a WOFF 1.0 font');
  });
});
