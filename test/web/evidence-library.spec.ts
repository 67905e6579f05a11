import { expect, Page, test } from '@playwright/test';

import {
  answerThroughApi,
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  screenshotPath,
  startRoundThroughApi,
  submitRoundThroughApi,
  tinyPdf,
  xsrfHeaders,
} from '../support/web-setup';

async function screenshots(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: screenshotPath(`${name}-1366`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath(`${name}-390`), fullPage: true });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name}: no sideways scrolling at 390 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** A PDF uploaded to the organisation's library; its id. */
async function uploadThroughApi(
  page: Page,
  evidence: { title: string; fileName: string; validUntil?: string },
): Promise<string> {
  const { 'X-XSRF-TOKEN': token } = await xsrfHeaders(page);
  const uploaded = await page.request.post('/api/v1/evidence', {
    headers: { 'X-XSRF-TOKEN': token },
    multipart: {
      title: evidence.title,
      evidenceKind: 'beleidsplan',
      documentDate: '2025-01-15',
      ...(evidence.validUntil ? { validUntil: evidence.validUntil } : {}),
      file: { name: evidence.fileName, mimeType: 'application/pdf', buffer: tinyPdf() },
    },
  });
  expect(uploaded.status(), 'upload evidence').toBe(201);
  return ((await uploaded.json()) as { id: string }).id;
}

async function linkThroughApi(page: Page, roundId: string, code: string, evidenceId: string) {
  const linked = await page.request.post(
    `/api/v1/rounds/${roundId}/responses/${code}/evidence/${evidenceId}`,
    { headers: await xsrfHeaders(page), data: {} },
  );
  expect(linked.ok(), `link evidence to ${code}`).toBe(true);
}

test.describe('evidence as a library', () => {
  test('searches criteria and evidence from the header, by keyboard', async ({ page }) => {
    await login(page, QUALITY_OFFICER);
    const stamp = Date.now();
    const title = `Klachtenregeling zoektest ${stamp}`;
    const evidenceId = await uploadThroughApi(page, {
      title,
      fileName: `klachten-${stamp}.pdf`,
    });
    await page.goto('/');

    const searchbox = page.getByRole('searchbox', { name: 'Zoeken in criteria en bewijs' });
    await expect(searchbox).toBeVisible();
    // Reachable by keyboard: Tab from the top of the page gets there.
    await page.locator('body').focus();
    let reached = false;
    for (let press = 0; press < 30 && !reached; press += 1) {
      await page.keyboard.press('Tab');
      reached = await searchbox.evaluate((element) => element === document.activeElement);
    }
    expect(reached, 'the header search is reachable with Tab').toBe(true);
    await page.keyboard.type(`zoektest ${stamp}`);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/search\?q=zoektest/);
    await expect(page.getByRole('heading', { level: 1, name: 'Zoeken' })).toBeVisible();
    const evidenceGroup = page.getByRole('region', { name: /Bewijs/ });
    await expect(evidenceGroup.getByRole('link', { name: title })).toBeVisible();
    await expectNoAxeViolations(page);

    // A criterion by its code, linked to the organisation's round or the rubric.
    await page.getByLabel('Zoekterm').fill('VAK-03');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).last().click();
    const criteria = page.getByRole('region', { name: /Criteria/ });
    await expect(criteria.getByRole('link', { name: /VAK-03/ }).first()).toBeVisible();
    await screenshots(page, 'search-criteria');

    await page.getByLabel('Zoekterm').fill(`zoektest ${stamp}`);
    await page.getByLabel('Zoekterm').press('Enter');
    await screenshots(page, 'search-evidence');
    await evidenceGroup.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`/evidence/${evidenceId}$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    // Too short: said on the page, nothing asked of the API.
    await page.goto('/search?q=a');
    await expect(page.getByText('Typ minstens 2 tekens om te zoeken.')).toBeVisible();
  });

  test('uploads a new version: the open round follows, the submitted round keeps the old one', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    const stamp = Date.now();
    const title = `Privacyreglement ${stamp}`;
    const evidenceId = await uploadThroughApi(page, {
      title,
      fileName: `privacy-2024-${stamp}.pdf`,
      validUntil: '2025-12-31',
    });
    const submitted = await startRoundThroughApi(page, {
      title: `Ingediend ${stamp}`,
      targetDate: '2027-02-01',
      route: 'internal',
    });
    await answerThroughApi(page, submitted.round, submitted.rubric);
    await linkThroughApi(page, submitted.round.id, 'VAK-03', evidenceId);
    await submitRoundThroughApi(page, submitted.round);
    const { round } = await startRoundThroughApi(page, {
      title: `Lopend ${stamp}`,
      targetDate: '2027-06-01',
      route: 'internal',
    });
    await linkThroughApi(page, round.id, 'VAK-03', evidenceId);

    await page.goto(`/rounds/${round.id}/criteria/VAK-03`);
    await page.getByRole('link', { name: `Details en versies van ${title}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Huidige versie (1)')).toBeVisible();

    await page.getByRole('button', { name: 'Nieuwe versie uploaden' }).click();
    await page.getByLabel('Nieuw bestand').setInputFiles({
      name: `privacy-2026-${stamp}.pdf`,
      mimeType: 'application/pdf',
      buffer: tinyPdf(),
    });
    await page.getByLabel('Documentdatum').fill('2026-11-01');
    await page.getByLabel('Geldig tot (optioneel)').fill('2028-11-01');
    await expectNoAxeViolations(page);
    await screenshots(page, 'evidence-new-version-form');
    await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();

    await expect(page.getByText('Versie 2 is opgeslagen.')).toBeVisible();
    await expect(page.getByText('Huidige versie (2)')).toBeVisible();
    const history = page.getByRole('region', { name: 'Versies' });
    const versions = history.getByRole('listitem').filter({ hasText: /^\s*Versie \d/ });
    await expect(versions).toHaveCount(2);
    await expect(versions.nth(0)).toContainText(`privacy-2026-${stamp}.pdf`);
    await expect(versions.nth(0)).toContainText(`Lopend ${stamp}`);
    await expect(versions.nth(1)).toContainText(`privacy-2024-${stamp}.pdf`);
    await expect(versions.nth(1)).toContainText(`Ingediend ${stamp}`);
    await expectNoAxeViolations(page);
    await screenshots(page, 'evidence-versions');

    // The open round's criterion shows the new file; the submitted round's the old one.
    await page.goto(`/rounds/${round.id}/criteria/VAK-03`);
    await expect(
      page.locator('lk-evidence-panel').getByText(`privacy-2026-${stamp}.pdf`),
    ).toBeVisible();
    await page.goto(`/rounds/${submitted.round.id}/criteria/VAK-03`);
    await expect(
      page.locator('lk-evidence-panel').getByText(`privacy-2024-${stamp}.pdf`),
    ).toBeVisible();
  });
});

/** An ISO day `days` from today, in the browser's (the machine's) time zone. */
function dayFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

test.describe('the evidence library page', () => {
  test('lists the evidence with kind labels and badges, filtered by kind and expiry', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    const stamp = Date.now();
    const { round } = await startRoundThroughApi(page, {
      title: `Bibliotheek ${stamp}`,
      targetDate: dayFromToday(180),
      route: 'internal',
    });
    const expired = `Oud beleidsplan ${stamp}`;
    const expiring = `Lopend beleidsplan ${stamp}`;
    const valid = `Jaarplan ${stamp}`;
    const expiredId = await uploadThroughApi(page, {
      title: expired,
      fileName: `oud-${stamp}.pdf`,
      validUntil: dayFromToday(-10),
    });
    await uploadThroughApi(page, {
      title: expiring,
      fileName: `bijna-${stamp}.pdf`,
      validUntil: dayFromToday(2),
    });
    await linkThroughApi(page, round.id, 'VAK-03', expiredId);
    const { 'X-XSRF-TOKEN': token } = await xsrfHeaders(page);
    const registered = await page.request.post('/api/v1/evidence/links', {
      headers: { 'X-XSRF-TOKEN': token },
      data: {
        title: valid,
        evidenceKind: 'jaarplan',
        documentDate: '2026-01-10',
        url: 'https://www.voorbeeld.nl/jaarplan',
      },
    });
    expect(registered.status(), 'register a link').toBe(201);
    const validId = ((await registered.json()) as { id: string }).id;

    await page.goto('/');
    await page.getByRole('link', { name: 'Bewijsbibliotheek' }).first().click();
    await expect(page).toHaveURL(/\/evidence$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Bewijsbibliotheek' })).toBeVisible();
    const list = page.getByRole('region', { name: 'Bewijs', exact: true });
    const item = (title: string) => list.getByRole('listitem').filter({ hasText: title });
    await expect(item(expired)).toContainText('verlopen');
    await expect(item(expired)).toContainText('beleidsplan / meerjarenplan');
    await expect(item(expiring)).toContainText('verloopt binnenkort');
    await expect(item(expired)).toContainText(`Bibliotheek ${stamp} (VAK-03)`);
    await expect(item(valid)).toContainText('jaarplan / teamplan');
    await expect(item(valid)).toContainText('geen einddatum');
    await expect(item(valid)).not.toContainText('verl');
    await expectNoAxeViolations(page);
    await screenshots(page, 'evidence-library');

    // By keyboard: the kind filter, then the expiry filter.
    await page.getByLabel('Soort bewijs').selectOption({ label: 'beleidsplan / meerjarenplan' });
    await expect(item(valid)).toHaveCount(0);
    await expect(item(expired)).toBeVisible();
    await page.getByLabel('Soort bewijs').selectOption('');
    await page.getByLabel('Alleen verlopen of verloopt vóór de streefdatum').focus();
    await page.keyboard.press('Space');
    await expect(item(valid)).toHaveCount(0);
    await expect(item(expired)).toBeVisible();
    await expect(item(expiring)).toBeVisible();
    await screenshots(page, 'evidence-library-filtered');
    await page.keyboard.press('Space');

    // The item opens its own page, which shows the kind's label, not its key.
    await item(valid).getByRole('link', { name: valid }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/evidence/${validId}$`));
    await expect(page.locator('dl.evidence-facts')).toContainText('jaarplan / teamplan');
  });
});
