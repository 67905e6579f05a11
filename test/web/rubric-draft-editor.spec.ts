import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, expect, Page, test } from '@playwright/test';
import { parse, stringify } from 'yaml';

import { expectNoAxeViolations, login, screenshotPath, xsrfHeaders } from '../support/web-setup';

const PLATFORM_ADMIN = 'beheer@labelklaar.nl';
const BUNDLED = join(__dirname, '../../libs/criteria/data/sterk-sociaal-werk');

interface Draft {
  id: string;
  rubricId: string;
  version: number;
}

/**
 * sterk-sociaal-werk 1.0.0 and 1.1.0, published again under an id of this test's own: the browser
 * suites share one database, and a 1.2.0 of the bundled rubric would be the "newer version" every
 * later round-upgrade test sees.
 */
async function publishBundledAs(page: Page, rubricId: string): Promise<void> {
  for (const version of ['1.0.0', '1.1.0']) {
    const content = parse(readFileSync(join(BUNDLED, `${version}.yaml`), 'utf8')) as object;
    const { 'X-XSRF-TOKEN': token } = await xsrfHeaders(page);
    const imported = await page.request.post('/api/v1/rubrics/imports', {
      headers: { 'X-XSRF-TOKEN': token },
      multipart: {
        file: {
          name: `${version}.yaml`,
          mimeType: 'application/yaml',
          buffer: Buffer.from(stringify({ ...content, id: rubricId, status: 'draft' })),
        },
      },
    });
    expect(imported.status(), `import ${version}`).toBe(201);
    const draft = (await imported.json()) as Draft;
    const published = await page.request.post(
      `/api/v1/rubrics/${rubricId}/drafts/${draft.id}/publish`,
      { headers: await xsrfHeaders(page), data: {} },
    );
    expect(published.status(), `publish ${version}`).toBe(201);
  }
}

async function startDraft(page: Page, rubricId: string): Promise<Draft> {
  const created = await page.request.post(`/api/v1/rubrics/${rubricId}/drafts`, {
    headers: await xsrfHeaders(page),
    data: { fromVersion: '1.1.0' },
  });
  expect(created.status(), 'start draft').toBe(201);
  return (await created.json()) as Draft;
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^\s*Opgeslagen/ });

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
}

async function screenshots(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: screenshotPath(`${name}-1366`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: screenshotPath(`${name}-390`), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** A second admin who opened the draft before the first one's last save. */
async function openAsSecondAdmin(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, PLATFORM_ADMIN);
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 2, name: 'Criterium OPD-01' })).toBeVisible();
  return page;
}

test.describe('the rubric draft editor', () => {
  test('the label owner edits a draft, meets a conflict, confirms the mapping and publishes', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await login(page, PLATFORM_ADMIN);
    const rubricId = `proef-${Date.now().toString(36)}`;
    await publishBundledAs(page, rubricId);
    const draft = await startDraft(page, rubricId);
    const url = `/rubrics/${rubricId}/drafts/${draft.id}`;

    await page.goto(url);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Sterk Sociaal Werk — zelfevaluatie' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Criterium OPD-01' })).toBeVisible();
    await expect(page.getByText('Dit concept voldoet aan alle regels.')).toBeVisible();
    await expectNoAxeViolations(page);

    const title = page.getByLabel('Titel (Nederlands)', { exact: true });
    const descriptor = page.getByLabel('Beschrijving van niveau 2 (Nederlands)');
    await title.fill('Een heldere maatschappelijke opdracht');
    await descriptor.fill('De opdracht is beschreven en met het team besproken.');
    await expect(saved(page)).toBeVisible();

    await page.reload();
    await expect(title).toHaveValue('Een heldere maatschappelijke opdracht');
    await expect(descriptor).toHaveValue('De opdracht is beschreven en met het team besproken.');

    await title.fill('');
    await expect(title).toHaveAccessibleDescription(/Vul dit veld in\./);
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Problemen in dit concept: 1')).toBeVisible();
    const publish = page.getByRole('button', { name: 'Publiceren als versie 1.2.0' });
    await expect(publish).toBeDisabled();
    await expect(
      page.getByText('Publiceren kan niet: los eerst de problemen op (1).'),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshots(page, 'rubric-draft-editor');
    await title.fill('Een heldere maatschappelijke opdracht');
    await expect(page.getByText('Dit concept voldoet aan alle regels.')).toBeVisible();
    await expect(saved(page)).toBeVisible();

    const second = await openAsSecondAdmin(browser, url);
    await page
      .getByLabel('Beschrijving (Nederlands)', { exact: true })
      .fill('Wat wij doen, en voor wie.');
    await expect(saved(page)).toBeVisible();
    await second.getByLabel('Titel (Nederlands)', { exact: true }).fill('Een andere titel');
    const conflict = second
      .getByRole('alert')
      .filter({ hasText: 'heeft dit concept intussen gewijzigd' });
    await expect(conflict).toContainText('Lotte Labelhouder');
    await expect(conflict).toContainText('Domeinen en criteria');
    await expect(second.getByText('Gewijzigde criteria in hun versie: OPD-01')).toBeVisible();
    await expect(second.getByRole('button', { name: /^Publiceren als versie/ })).toBeDisabled();
    await second.getByRole('button', { name: 'Hun versie laden' }).click();
    await expect(second.getByLabel('Beschrijving (Nederlands)', { exact: true })).toHaveValue(
      'Wat wij doen, en voor wie.',
    );
    await second.context().close();

    await page.getByRole('button', { name: 'Mapping naar versie 1.1.0' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Mapping naar de vorige versie' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Voorstel laden' }).click();
    await expect(page.getByText('Het voorstel staat bij elk criterium.')).toBeVisible();
    const opd01 = page.getByRole('group', { name: /OPD-01/ });
    await expect(opd01.getByText('tekst aangepast', { exact: true })).toBeVisible();
    const vak10 = page.getByRole('group', { name: /VAK-10/ });
    await vak10.getByLabel('VAK-10 zet voort').selectOption('new');
    await expect(vak10.getByText('nieuw', { exact: true })).toBeVisible();
    await expect(
      vak10.getByRole('button', { name: 'Voorstel voor VAK-10 overnemen' }),
    ).toBeVisible();
    const dropped = page.locator('.mapping__dropped');
    await expect(dropped).toContainText('VAK-10');
    await expect(dropped).toContainText('vervalt');
    await expect(saved(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshots(page, 'rubric-draft-mapping');

    await page.getByRole('button', { name: 'Versie en titel' }).click();
    const version = page.getByLabel('Versienummer');
    await version.fill('1.1.0');
    await expect(version).toHaveAccessibleDescription(
      /Dit versienummer is al gepubliceerd; kies een nieuw nummer\./,
    );
    await expect(page.getByRole('button', { name: 'Publiceren als versie 1.1.0' })).toBeDisabled();
    await version.fill('1.2.0');
    await expect(saved(page)).toBeVisible();
    await expect(publish).toBeEnabled();

    await publish.click();
    const dialog = page.getByRole('alertdialog', { name: 'Versie 1.2.0 publiceren?' });
    await expect(dialog).toContainText('Een gepubliceerde versie verandert nooit meer.');
    await dialog.getByRole('button', { name: 'Publiceren' }).click();
    await expect(page).toHaveURL(new RegExp(`/rubrics/${rubricId}/1\\.2\\.0$`));
    await expect(page.getByText('Je leest versie 1.2.0')).toBeVisible();
  });

  test('a draft is deleted after confirmation and the library is shown', async ({ page }) => {
    await login(page, PLATFORM_ADMIN);
    const created = await page.request.post('/api/v1/rubrics/sterk-sociaal-werk/drafts', {
      headers: await xsrfHeaders(page),
      data: { fromVersion: '1.1.0' },
    });
    expect(created.status()).toBe(201);
    const draft = (await created.json()) as Draft;
    await page.goto(`/rubrics/sterk-sociaal-werk/drafts/${draft.id}`);
    await page.getByRole('button', { name: 'Concept verwijderen' }).click();
    await page
      .getByRole('alertdialog', { name: 'Concept verwijderen?' })
      .getByRole('button', { name: 'Verwijderen' })
      .click();
    await expect(page).toHaveURL(/\/rubrics\/library$/);
    const gone = await page.request.get(`/api/v1/rubrics/sterk-sociaal-werk/drafts/${draft.id}`);
    expect(gone.status()).toBe(404);
  });
});
