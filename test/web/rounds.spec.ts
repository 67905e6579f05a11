import { expect, test } from '@playwright/test';

import {
  answerThroughApi,
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  screenshotPath,
  startRoundThroughApi,
  tinyPdf,
  xsrfHeaders,
} from '../support/web-setup';

const CONTRIBUTOR = 'teamleider@voorbeeld.nl';
const DEMO_ROUND = 'Zelfevaluatie Kwaliteitslabel 2027';

test.describe('self-assessment rounds', () => {
  test('the quality officer scores a criterion, uploads a PDF and plans an action; the contributor sees it', async ({
    page,
    browser,
  }) => {
    await login(page, QUALITY_OFFICER);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link', { name: 'Mijn criteria' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Verbeteracties' })).toBeVisible();
    await nav.getByRole('link', { name: 'Rondes' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Zelfevaluatierondes' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: DEMO_ROUND }).click();

    await expect(page.getByRole('heading', { level: 1, name: DEMO_ROUND })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Voortgang per domein' })).toBeVisible();
    await expect(page.getByText('Verlopen: 1').first()).toBeVisible();
    await page.getByLabel('Eigenaar van VAK-06').selectOption({ label: 'Tessa Teamleider' });
    await expect(page.getByText('Tessa Teamleider is nu eigenaar van VAK-06.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('round-nl'), fullPage: true });

    await page.getByRole('link', { name: /VAK-06/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /VAK-06/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Vragen voor de zelfevaluatie' })).toBeVisible();
    const levels = page.getByRole('group', { name: 'Huidig niveau' });
    await levels.getByRole('radio', { name: /Niveau 3/ }).check();
    await page
      .getByLabel('Toelichting', { exact: true })
      .fill('Elk team werkt met de afwegingskaart; zie het verslag.');
    await expect(page.getByText(/Opgeslagen \(/)).toBeVisible({ timeout: 10_000 });

    await page.getByLabel('Bestand', { exact: true }).setInputFiles({
      name: 'afwegingskaart.pdf',
      mimeType: 'application/pdf',
      buffer: tinyPdf(),
    });
    await page.getByLabel('Titel', { exact: true }).fill('Afwegingskaart 2026');
    await page.getByLabel('Soort bewijs').selectOption({ index: 1 });
    await page.getByLabel('Documentdatum').fill('2026-03-01');
    await page.getByRole('button', { name: 'Uploaden en koppelen' }).click();
    await expect(page.getByText('Afwegingskaart 2026 is toegevoegd en gekoppeld.')).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Afwegingskaart 2026', exact: true }),
    ).toBeVisible();

    await page.getByLabel('Titel van de actie').fill('Afwegingskaart in alle teams invoeren');
    await page.getByLabel('Uiterlijk klaar op').fill('2027-01-15');
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(
      page.getByRole('heading', { name: 'Afwegingskaart in alle teams invoeren' }),
    ).toBeVisible();
    await expect(page.getByText('Antwoord gewijzigd').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('round-criterion-nl'), fullPage: true });

    const colleague = await browser.newContext({ locale: 'nl-NL' });
    const other = await colleague.newPage();
    await login(other, CONTRIBUTOR);
    await other
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn criteria' })
      .click();
    await expect(other.getByRole('heading', { level: 1, name: 'Mijn criteria' })).toBeVisible();
    await expect(other.getByRole('link', { name: /VAK-06/ })).toBeVisible();
    await expectNoAxeViolations(other);
    await other.screenshot({ path: screenshotPath('my-criteria-nl'), fullPage: true });
    await other.getByRole('link', { name: /VAK-06/ }).click();
    await expect(other.getByLabel('Toelichting', { exact: true })).toHaveValue(/afwegingskaart/);
    await expect(other.getByLabel('Toelichting', { exact: true })).toBeEnabled();
    await colleague.close();
  });

  test('lists overdue actions with the filter', async ({ page }) => {
    await login(page, QUALITY_OFFICER);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Verbeteracties' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Verbeteracties' })).toBeVisible();
    await page.getByLabel('Alleen te laat').check();
    await expect(page.getByText('Te laat').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('actions-nl'), fullPage: true });
  });

  test('a completed round is submitted, after a refusal that lists what is missing', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    const { round, rubric, codes } = await startRoundThroughApi(page, {
      title: `Proefronde ${Date.now()}`,
      targetDate: '2027-06-01',
      route: 'internal',
    });
    await answerThroughApi(page, round, rubric, codes.slice(0, -1));

    await page.goto(`/rounds/${round.id}`);
    await page.getByRole('button', { name: 'Ronde indienen' }).click();
    // The checks run first: the dialog lists what is missing and offers no submit button.
    const checks = page.getByRole('dialog', { name: 'Ronde indienen' });
    await expect(checks.getByText(/nog niet beoordeeld/)).toBeVisible();
    await expect(checks.getByRole('link', { name: new RegExp(codes.at(-1) ?? '') })).toBeVisible();
    await expect(checks.getByRole('button', { name: 'Indienen' })).toHaveCount(0);
    await checks.getByRole('button', { name: 'Sluiten' }).click();

    await answerThroughApi(page, round, rubric, codes.slice(-1));
    await page.reload();
    await page.getByRole('button', { name: 'Ronde indienen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Indienen' }).click();
    await expect(page.getByText('De ronde is ingediend en ligt nu vast.')).toBeVisible();
    await expect(page.getByText('Inhoudshash (sha256)')).toBeVisible();
    await expect(page.locator('code.hash')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(page.getByRole('button', { name: 'Ronde indienen' })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: /Eigenaar van/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('round-submitted-nl'), fullPage: true });

    await page
      .getByRole('link', { name: new RegExp(codes[0]) })
      .first()
      .click();
    await expect(page.getByText('Alleen lezen')).toBeVisible();
    await expect(page.getByLabel('Toelichting', { exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Uploaden en koppelen' })).toHaveCount(0);
  });

  test('an answer saved meanwhile in another tab is shown, not overwritten, until the user chooses', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    const { round, codes } = await startRoundThroughApi(page, {
      title: `Gelijktijdig ${Date.now()}`,
      targetDate: '2027-06-01',
      route: 'internal',
    });
    const code = codes[0];
    await page.goto(`/rounds/${round.id}/criteria/${code}`);
    const rationale = page.getByLabel('Toelichting', { exact: true });
    const status = page.getByRole('status').filter({ hasText: /opgeslagen/i });
    await rationale.fill('Mijn eerste versie.');
    await expect(status).toHaveText(/Opgeslagen \(/, { timeout: 10_000 });

    // The same user saves on top of the version this page has seen, as from another tab.
    const url = `/api/v1/rounds/${round.id}/responses/${code}`;
    const seen = (await (await page.request.get(url)).json()) as Record<string, unknown>;
    const theirs = await page.request.put(url, {
      headers: await xsrfHeaders(page),
      data: { version: seen['version'], level: null, rationale: 'Tekst uit een ander tabblad.' },
    });
    expect(theirs.status()).toBe(200);

    await rationale.fill('Mijn tweede versie.');
    const conflict = page.getByRole('alert').filter({ hasText: 'ander tabblad' });
    await expect(conflict).toContainText('Je hebt dit antwoord in een ander tabblad gewijzigd');
    await expect(conflict).not.toContainText('Karin');
    await expect(conflict).toContainText('In de andere versie is 1 veld anders:');
    await expect(conflict.getByRole('listitem')).toHaveText(['Toelichting']);
    await expect(conflict.locator('blockquote')).toHaveText('Tekst uit een ander tabblad.');
    await expect(status).toHaveText(/Niet opgeslagen: kies hierboven/);
    await expect(rationale).toHaveValue('Mijn tweede versie.');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1366, height: 900 });
    const editor = page.locator('lk-save-status');
    await editor.scrollIntoViewIfNeeded();
    await editor.screenshot({ path: screenshotPath('save-status-conflict-1366') });
    await page.setViewportSize({ width: 390, height: 844 });
    await editor.screenshot({ path: screenshotPath('save-status-conflict-390') });

    await conflict.getByRole('button', { name: 'Mijn tekst behouden en overschrijven' }).click();
    await expect(status).toHaveText(/Opgeslagen \(/, { timeout: 10_000 });
    await expect(conflict).toHaveCount(0);
    await editor.screenshot({ path: screenshotPath('save-status-saved-390') });
    await page.setViewportSize({ width: 1366, height: 900 });
    await editor.screenshot({ path: screenshotPath('save-status-saved-1366') });
    const saved = (await (await page.request.get(url)).json()) as Record<string, unknown>;
    expect(saved['rationale']).toBe('Mijn tweede versie.');
  });
});
