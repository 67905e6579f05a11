import { readFile } from 'node:fs/promises';
import { Download, expect, Locator, Page, test } from '@playwright/test';

import { unzip, ZipEntry } from '../support/unzip';
import {
  answerThroughApi,
  attachEvidenceThroughApi,
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  screenshotPath,
  startRoundThroughApi,
} from '../support/web-setup';

/** Clicks a download link and reads the file the browser saved. */
async function downloadOf(page: Page, link: Locator): Promise<{ file: Download; body: Buffer }> {
  const downloading = page.waitForEvent('download');
  await link.click();
  const file = await downloading;
  return { file, body: await readFile(await file.path()) };
}

const entryText = (entries: ZipEntry[], name: string) =>
  entries.find((entry) => entry.name === name)?.data.toString('utf8') ?? '';

test.describe('downloading the dossier from the dashboard', () => {
  test('the zip and the Word file are real files, and leaving out the internal appendix changes them', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    const { round, rubric, codes } = await startRoundThroughApi(page, {
      title: `Dossier ${Date.now()}`,
      targetDate: '2027-06-01',
      route: 'external-audit',
    });
    await answerThroughApi(page, round, rubric, codes.slice(0, 2));
    await attachEvidenceThroughApi(page, round, {
      code: codes[0],
      kind: rubric.evidenceKinds[0].key,
      title: 'Beleidsplan 2026',
      fileName: 'beleidsplan.pdf',
    });
    await page.goto(`/dashboard/rounds/${round.id}`);
    const exports = page.getByRole('region', { name: 'Downloaden' });
    await expect(exports).toBeVisible();
    const zipLink = exports.getByRole('link', { name: 'Dossier met bewijs (zip)' });
    const docxLink = exports.getByRole('link', { name: 'Auditdossier (Word)' });
    const internal = exports.getByRole('checkbox', { name: 'Interne bijlage meenemen' });
    await expect(internal).toBeChecked();
    await expect(zipLink).toHaveAttribute('href', `/api/v1/rounds/${round.id}/dossier.zip`);
    await expect(docxLink).toHaveAttribute('href', `/api/v1/rounds/${round.id}/dossier.docx`);
    await expectNoAxeViolations(page);

    const zip = await downloadOf(page, zipLink);
    expect(zip.file.suggestedFilename()).toMatch(/\.zip$/);
    expect(zip.body.subarray(0, 2).toString('latin1')).toBe('PK');
    const zipEntries = await unzip(zip.body);
    const names = zipEntries.map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'manifest.csv']));
    expect(names.some((name) => name.endsWith('.pdf'))).toBe(true);
    expect(JSON.parse(entryText(zipEntries, 'manifest.json'))).toMatchObject({
      internalAppendix: true,
    });

    const docx = await downloadOf(page, docxLink);
    expect(docx.file.suggestedFilename()).toMatch(/\.docx$/);
    expect(docx.body.subarray(0, 2).toString('latin1')).toBe('PK');
    const document = entryText(await unzip(docx.body), 'word/document.xml');
    expect(document).toContain(codes[0]);
    expect(document).toContain('Interne bijlage');

    await internal.uncheck();
    await expect(zipLink).toHaveAttribute(
      'href',
      `/api/v1/rounds/${round.id}/dossier.zip?internal=false`,
    );
    await expect(docxLink).toHaveAttribute(
      'href',
      `/api/v1/rounds/${round.id}/dossier.docx?internal=false`,
    );
    // The workbook has no internal appendix: its link stays as it was.
    await expect(exports.getByRole('link', { name: 'Werkmap (Excel)' })).toHaveAttribute(
      'href',
      `/api/v1/rounds/${round.id}/dossier.xlsx`,
    );
    await page.screenshot({ path: screenshotPath('dossier-downloads'), fullPage: true });

    const externalZip = await unzip((await downloadOf(page, zipLink)).body);
    expect(JSON.parse(entryText(externalZip, 'manifest.json'))).toMatchObject({
      internalAppendix: false,
    });
    const externalDocument = entryText(
      await unzip((await downloadOf(page, docxLink)).body),
      'word/document.xml',
    );
    expect(externalDocument).toContain(codes[0]);
    expect(externalDocument).not.toContain('Interne bijlage');

    await internal.check();
    await expect(zipLink).toHaveAttribute('href', `/api/v1/rounds/${round.id}/dossier.zip`);
  });
});
