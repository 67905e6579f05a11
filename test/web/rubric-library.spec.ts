import { expect, Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { parse, stringify } from 'yaml';

import {
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  screenshotPath,
  xsrfHeaders,
} from '../support/web-setup';

const PLATFORM_ADMIN = 'beheer@labelklaar.nl';
const RUBRIC = 'sterk-sociaal-werk';
const DRAFT_URL = new RegExp(`/rubrics/${RUBRIC}/drafts/[0-9a-f-]{36}$`);

async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(width);
    await page.screenshot({ path: screenshotPath(`${name}-${width}`), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** The 1.1.0 export, as the label owner would edit it. */
async function exportedWorkbook(page: Page): Promise<ExcelJS.Workbook> {
  const response = await page.request.get(`/api/v1/rubrics/${RUBRIC}/versions/1.1.0.xlsx`);
  expect(response.status(), 'export 1.1.0').toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  return workbook;
}

/** Made a next version 1.2.0 of 1.1.0: numbered on, every criterion mapped to itself. */
function asNextVersion(workbook: ExcelJS.Workbook): void {
  const head = workbook.getWorksheet('Rubriek') as ExcelJS.Worksheet;
  head.getRow(2).getCell(2).value = '1.2.0';
  head.getRow(2).getCell(5).value = '1.1.0';
  const mapping = workbook.getWorksheet('Mapping') as ExcelJS.Worksheet;
  mapping.eachRow((row, number) => {
    if (number > 1) {
      row.getCell(2).value = String(row.getCell(1).value);
    }
  });
}

async function upload(page: Page, name: string, workbook: ExcelJS.Workbook): Promise<void> {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.getByLabel('Bestand (.yaml, .yml of .xlsx)').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.getByRole('button', { name: 'Importeren' }).click();
}

/** A rubric of its own, published through the API, so retiring it leaves every demo round alone. */
async function publishThrowawayRubric(page: Page): Promise<string> {
  const id = `proef-${Date.now().toString(36)}`;
  const source = await page.request.get(`/api/v1/rubrics/${RUBRIC}/versions/1.0.0.yaml`);
  const content = { ...(parse(await source.text()) as object), id, status: 'draft' };
  const { 'X-XSRF-TOKEN': token } = await xsrfHeaders(page);
  const imported = await page.request.post('/api/v1/rubrics/imports', {
    headers: { 'X-XSRF-TOKEN': token },
    multipart: {
      file: {
        name: 'proef.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.from(stringify(content)),
      },
    },
  });
  expect(imported.status(), 'import throwaway rubric').toBe(201);
  const draft = (await imported.json()) as { id: string };
  const published = await page.request.post(`/api/v1/rubrics/${id}/drafts/${draft.id}/publish`, {
    headers: await xsrfHeaders(page),
    data: {},
  });
  expect(published.status(), 'publish throwaway rubric').toBe(201);
  return id;
}

test.describe('the label owner’s rubric library', () => {
  test('lists every version with status and rounds, and its history', async ({ page }) => {
    await login(page, PLATFORM_ADMIN);
    await page.getByRole('link', { name: 'Normenkaders beheren' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bibliotheek normenkaders' }),
    ).toBeVisible();

    // Other suites publish copies under other ids; this is the bundled rubric's card.
    const card = page.locator(`section[aria-labelledby="rubric-${RUBRIC}"]`);
    const versions = card.getByRole('table', { name: 'Versies' });
    const row = (version: string) =>
      versions
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: version, exact: true }) });
    const first = row('1.0.0');
    const second = row('1.1.0');
    await expect(first.getByText('Gepubliceerd', { exact: true })).toBeVisible();
    await expect(second.getByText('Gepubliceerd', { exact: true })).toBeVisible();
    // The demo organisation works on 1.0.0: a submitted round and an open one.
    await expect(first.getByRole('cell', { name: /\d+ \(\d+ lopend\)/ })).not.toHaveText(
      '0 (0 lopend)',
    );
    await expect(second.getByRole('link', { name: 'Vergelijken met 1.0.0' })).toBeVisible();
    await expect(
      second.getByRole('link', { name: 'Versie 1.1.0 downloaden als Excel' }),
    ).toHaveAttribute('href', `/api/v1/rubrics/${RUBRIC}/versions/1.1.0.xlsx`);
    await expect(
      card.getByRole('button', { name: 'Nieuw concept vanaf versie 1.1.0' }),
    ).toBeVisible();

    await card.getByText('Geschiedenis').click();
    await expect(
      card.getByText('Versie 1.1.0 geladen uit het meegeleverde bestand').first(),
    ).toBeVisible();

    await expectNoAxeViolations(page);
    await screenshots(page, 'rubric-library');
  });

  test('lists the violations of a broken workbook, then imports the fixed one as a draft', async ({
    page,
  }) => {
    await login(page, PLATFORM_ADMIN);
    await page.goto('/rubrics/library');
    await page.getByRole('link', { name: 'Normenkader importeren' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Normenkader importeren' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Leeg sjabloon downloaden (Excel)' }),
    ).toHaveAttribute('href', '/api/v1/rubrics/template.xlsx');

    const broken = await exportedWorkbook(page);
    asNextVersion(broken);
    (broken.getWorksheet('Criteria') as ExcelJS.Worksheet).getRow(3).getCell(11).value = 'twee';
    await upload(page, 'kapot.xlsx', broken);

    const table = page.getByRole('table', { name: 'Het bestand breekt 1 regel(s)' });
    const violation = table.getByRole('row').nth(1);
    await expect(violation.getByRole('cell').nth(0)).toHaveText('Criteria');
    await expect(violation.getByRole('cell').nth(1)).toHaveText('3');
    await expect(violation.getByRole('cell').nth(2)).toHaveText('weight');
    await expect(violation).toContainText('Vul hier een heel getal in.');
    await expect(page.getByRole('alert')).toHaveText(
      'Er is niets geïmporteerd: het bestand breekt 1 regel(s). De tabel hieronder noemt ze allemaal.',
    );
    await expectNoAxeViolations(page);
    await screenshots(page, 'rubric-import-errors');

    const fixed = await exportedWorkbook(page);
    asNextVersion(fixed);
    await upload(page, 'goed.xlsx', fixed);
    await expect(page).toHaveURL(DRAFT_URL);
  });

  test('starts a draft from the latest version and lands in its editor', async ({ page }) => {
    await login(page, PLATFORM_ADMIN);
    await page.goto('/rubrics/library');
    await page.getByRole('button', { name: 'Nieuw concept vanaf versie 1.1.0' }).click();
    await expect(page).toHaveURL(DRAFT_URL);
  });

  test('compares 1.0.0 with 1.1.0 criterion by criterion', async ({ page }) => {
    await login(page, PLATFORM_ADMIN);
    await page.goto(`/rubrics/${RUBRIC}/1.1.0`);
    await expect(page.getByText('Je leest versie 1.1.0')).toBeVisible();
    await page.getByRole('link', { name: 'Vergelijken met versie 1.0.0' }).click();
    await expect(page).toHaveURL(new RegExp(`/rubrics/${RUBRIC}/compare\\?from=1.0.0&to=1.1.0$`));
    await expect(
      page.getByRole('heading', { name: 'Van versie 1.0.0 naar versie 1.1.0' }),
    ).toBeVisible();

    const added = page.getByRole('region', { name: /Nieuwe criteria/ });
    await expect(added.getByRole('listitem').filter({ hasText: 'VAK-09' })).toContainText(
      'Gesplitst',
    );
    await expect(added.getByRole('listitem').filter({ hasText: 'VAK-10' })).toContainText('Nieuw');
    const removed = page.getByRole('region', { name: /Vervallen criteria/ });
    await expect(removed.getByRole('listitem').filter({ hasText: 'VAK-07' })).toContainText(
      'Gaat verder in IMP-05',
    );
    const reworded = page.getByRole('table', { name: /OPD-03/ });
    await expect(reworded.getByRole('rowheader').first()).toBeVisible();
    await expect(reworded.getByRole('columnheader', { name: 'Versie 1.0.0' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /IMP-05/ })).toContainText('Samengevoegd');
    await expect(
      page.getByRole('link', { name: /Vergelijking downloaden in Excel/ }),
    ).toHaveAttribute('href', `/api/v1/rubrics/${RUBRIC}/versions/1.1.0.xlsx`);
    await expectNoAxeViolations(page);
    await screenshots(page, 'rubric-compare');
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 1400 });
      await page.screenshot({ path: screenshotPath(`rubric-compare-top-${width}`) });
    }
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.getByLabel('Eerdere versie').selectOption('1.1.0');
    await page.getByLabel('Latere versie').selectOption('1.0.0');
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await expect(page).toHaveURL(/from=1.1.0&to=1.0.0/);
    await expect(
      page.getByRole('heading', { name: 'Van versie 1.1.0 naar versie 1.0.0' }),
    ).toBeVisible();
  });

  test('retires a version after a confirmation', async ({ page }) => {
    await login(page, PLATFORM_ADMIN);
    const rubricId = await publishThrowawayRubric(page);
    await page.goto('/rubrics/library');
    const card = page
      .getByRole('region', { name: /Sterk Sociaal Werk/ })
      .filter({ hasText: rubricId });
    await card.getByRole('button', { name: 'Versie 1.0.0 intrekken' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Versie 1.0.0 intrekken?' });
    await expect(dialog).toContainText('Lopende rondes');
    await expect(dialog).toContainText('geen nieuwe rondes');
    await dialog.getByRole('button', { name: 'Versie intrekken' }).click();
    await expect(page.getByText('Versie 1.0.0 is ingetrokken.')).toBeVisible();
    await expect(
      card.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '1.0.0' }) }),
    ).toContainText('Ingetrokken');
    await card.getByText('Geschiedenis').click();
    await expect(card.getByText('Versie 1.0.0 ingetrokken')).toBeVisible();
    await expect(card.getByText('Lotte Labelhouder').first()).toBeVisible();
  });

  test('is not there for a member of an organisation', async ({ page }) => {
    await login(page, QUALITY_OFFICER);
    await expect(page.getByRole('link', { name: 'Normenkaders beheren' })).toHaveCount(0);
    await page.goto('/rubrics/library');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }),
    ).toBeVisible();
  });
});
