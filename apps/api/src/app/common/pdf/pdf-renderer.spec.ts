import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { houseDocument } from './house-style';
import { PdfRenderer } from './pdf-renderer';

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-renderer-')), 'doc.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const META = {
  title: 'Proef',
  subject: 'Proef',
  organisation: 'Labelklaar',
  draft: false,
  generatedAt: new Date(),
};

describe('PdfRenderer', () => {
  it('sets the same text in a document made after another', async () => {
    const renderer = new PdfRenderer();
    const a = await renderer.buffer(
      houseDocument(META, [{ text: 'Eerst: Łukasz en de wijk, samenwerking.' }]),
    );
    const b = await renderer.buffer(
      houseDocument(META, [{ text: 'Opdrachtgever spreken met Ayşe Yılmaz en Łukasz' }]),
    );
    expect(pdfText(a)).toContain('Eerst: Łukasz en de wijk, samenwerking.');
    expect(pdfText(b)).toContain('Opdrachtgever spreken met Ayşe Yılmaz en Łukasz');
  });
});
