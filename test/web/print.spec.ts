import { expect, Page, test } from '@playwright/test';

import {
  answerThroughApi,
  attachEvidenceThroughApi,
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  Round,
  screenshotPath,
  startRoundThroughApi,
  xsrfHeaders,
} from '../support/web-setup';

const LINK_URL = 'https://www.voorbeeld.nl/jaarverslag-2025';

/** A link as evidence of `code`, and an improvement action on it. */
async function linkAndActionThroughApi(page: Page, round: Round, code: string, kind: string) {
  const headers = await xsrfHeaders(page);
  const registered = await page.request.post('/api/v1/evidence/links', {
    headers,
    data: {
      title: 'Jaarverslag 2025',
      evidenceKind: kind,
      documentDate: '2026-02-01',
      url: LINK_URL,
    },
  });
  expect(registered.status(), 'register link').toBe(201);
  const { id } = (await registered.json()) as { id: string };
  const linked = await page.request.post(
    `/api/v1/rounds/${round.id}/responses/${code}/evidence/${id}`,
    { headers, data: {} },
  );
  expect(linked.ok(), 'link evidence').toBe(true);
  const action = await page.request.post(`/api/v1/rounds/${round.id}/actions`, {
    headers,
    data: {
      criterionCode: code,
      title: 'Opdracht bespreken in elk team',
      description: 'Eén keer per kwartaal, met de opdrachtgever erbij.',
      ownerId: null,
      dueDate: '2027-03-01',
    },
  });
  expect(action.status(), 'create action').toBe(201);
}

/** The PDF Chromium makes of the page as printed: its bytes, and how many pages it has. */
async function printToPdf(page: Page, name: string): Promise<number> {
  const pdf = await page.pdf({
    path: screenshotPath(name).replace(/\.png$/, '.pdf'),
    format: 'A4',
  });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function expectNoScreenChrome(page: Page): Promise<void> {
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
}

test.describe('printing a criterion and a round', () => {
  let started: Awaited<ReturnType<typeof startRoundThroughApi>>;

  test.beforeEach(async ({ page }) => {
    // The browser's print dialog is not part of the product: the button only has to ask for it.
    await page.addInitScript(() => {
      const counted = window as unknown as { printed: number };
      counted.printed = 0;
      window.print = () => {
        counted.printed += 1;
      };
    });
    await login(page, QUALITY_OFFICER);
    started = await startRoundThroughApi(page, {
      title: `Op papier ${Date.now()}`,
      targetDate: '2027-06-01',
      route: 'internal',
    });
    const { round, rubric, codes } = started;
    await answerThroughApi(page, round, rubric, codes.slice(0, 3));
    const kind = rubric.evidenceKinds[0].key;
    await attachEvidenceThroughApi(page, round, {
      code: codes[0],
      kind,
      title: 'Beleidsplan 2026',
      fileName: 'beleidsplan.pdf',
    });
    await linkAndActionThroughApi(page, round, codes[0], kind);
  });

  test('the criterion page prints its answer, evidence and actions without the screen chrome', async ({
    page,
  }) => {
    const { round, codes } = started;
    await page.goto(`/rounds/${round.id}/criteria/${codes[0]}`);
    await expect(page.getByLabel('Toelichting')).toHaveValue(`Zo werken wij aan ${codes[0]}.`);
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await expectNoScreenChrome(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(codes[0]);
    // The editor gives way to the answer as text; the whole toelichting is there.
    await expect(page.getByRole('radiogroup', { name: 'Huidig niveau' })).toBeHidden();
    await expect(page.getByLabel('Toelichting')).toBeHidden();
    const answer = page.locator('lk-criterion-print');
    await expect(answer).toBeVisible();
    await expect(answer).toContainText(`Zo werken wij aan ${codes[0]}.`);
    await expect(answer).toContainText('Niveau 4');
    await expect(page.getByRole('link', { name: 'Beleidsplan 2026' })).toBeVisible();
    const link = page.getByRole('link', { name: /Jaarverslag 2025/ });
    await expect(link).toBeVisible();
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(LINK_URL);
    await expect(
      page.getByRole('heading', { name: 'Opdracht bespreken in elk team' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Bewijs toevoegen' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Verbeteractie plannen' })).toBeHidden();
    await page.screenshot({ path: screenshotPath('print-criterion'), fullPage: true });
    expect(await printToPdf(page, 'print-criterion')).toBeGreaterThanOrEqual(1);
  });

  test('the round page prints its overview, and its print view every criterion', async ({
    page,
  }) => {
    const { round, codes } = started;
    await page.goto(`/rounds/${round.id}`);
    await expect(page.getByRole('heading', { level: 1, name: round.title })).toBeVisible();
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: screenshotPath(`print-round-button-${width}`) });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ media: 'print' });
    await expectNoScreenChrome(page);
    await expect(page.getByRole('region', { name: 'Gegevens van de ronde' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Indienen' })).toBeHidden();
    await expect(page.getByRole('link', { name: new RegExp(codes[0]) })).toBeVisible();
    expect(await printToPdf(page, 'print-round-page')).toBeGreaterThanOrEqual(1);

    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: 'Afdrukken' }).click();
    await expect(page).toHaveURL(new RegExp(`/rounds/${round.id}/print$`));
    await expect(page.getByRole('heading', { level: 1, name: round.title })).toBeVisible();
    await expect(page.locator('lk-criterion-print')).toHaveCount(codes.length);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath('print-view-390') });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await expectNoScreenChrome(page);
    await expect(page.getByRole('navigation', { name: 'Kruimelpad' })).toBeHidden();
    const first = page.getByRole('article', { name: new RegExp(codes[0]) });
    await expect(first).toContainText(`Zo werken wij aan ${codes[0]}.`);
    await expect(first.getByRole('link', { name: 'Beleidsplan 2026' })).toBeVisible();
    await expect(first.getByRole('link', { name: 'Jaarverslag 2025' })).toBeVisible();
    await expect(first).toContainText('Opdracht bespreken in elk team');
    await expect(page.getByRole('article', { name: new RegExp(codes.at(-1) ?? '') })).toContainText(
      'Nog niet beoordeeld',
    );
    await page.screenshot({ path: screenshotPath('print-round'), fullPage: true });
    expect(await printToPdf(page, 'print-round')).toBeGreaterThan(1);
  });
});
