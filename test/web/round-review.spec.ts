import { expect, Page, test } from '@playwright/test';

import {
  answerThroughApi,
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  screenshotPath,
  startRoundThroughApi,
  xsrfHeaders,
} from '../support/web-setup';

const CONTRIBUTOR = 'teamleider@voorbeeld.nl';
const CONTRIBUTOR_NAME = 'Tessa Teamleider';

/** At 1366 and 390 px wide; a dialog is shot as the viewport shows it. */
async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: screenshotPath(`${name}-1366`), fullPage });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath(`${name}-390`), fullPage });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(overflow, `${name} scrolls sideways at 390 px`).toBe(false);
  await page.setViewportSize({ width: 1366, height: 900 });
}

test.describe('rounds: review and assignment', () => {
  test('the submission dialog lists what is missing and, for an audit, what to check first', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    const { round, rubric, codes } = await startRoundThroughApi(page, {
      title: `Auditronde ${Date.now()}`,
      targetDate: '2027-06-01',
      route: 'external-audit',
    });
    await answerThroughApi(page, round, rubric, codes.slice(0, -2));

    await page.goto(`/rounds/${round.id}`);
    await page.getByRole('button', { name: 'Ronde indienen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ronde indienen' });
    await expect(dialog.getByText('Indienen kan nog niet.', { exact: false })).toBeVisible();
    const unanswered = dialog.locator('[data-check="unanswered"]');
    await expect(unanswered.getByRole('heading')).toContainText('(2)');
    await expect(unanswered.getByRole('link')).toHaveCount(2);
    // No empty category, nothing twice: the unconfirmed list is not there at all.
    await expect(dialog.locator('[data-check="unconfirmed"]')).toHaveCount(0);
    await expect(dialog.getByText('—', { exact: true })).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: /Indienen/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await shoot(page, 'submit-dialog-missing-nl', false);
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect(dialog).toHaveCount(0);

    await answerThroughApi(page, round, rubric, codes.slice(-2));
    await page.reload();
    await page.getByRole('button', { name: 'Ronde indienen' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Ronde indienen' });
    await expect(confirm.getByText(/kan niemand de ronde/)).toBeVisible();
    await shoot(page, 'submit-dialog-ready-nl', false);
    await confirm.getByRole('button', { name: 'Annuleren' }).click();
    await expect(page.getByRole('button', { name: 'Ronde indienen' })).toBeVisible();
  });

  test('bulk assignment, the review queue, and the contributor sees what came back', async ({
    page,
    browser,
  }) => {
    await login(page, QUALITY_OFFICER);
    const title = `Controleronde ${Date.now()}`;
    const { round, codes } = await startRoundThroughApi(page, {
      title,
      targetDate: '2027-06-01',
      route: 'internal',
    });
    const [first, second] = codes;

    await page.goto(`/rounds/${round.id}`);
    // Keyboard: tick two criteria with the space bar, then assign one owner to both.
    await page.getByLabel(`Selecteer ${first}`, { exact: true }).focus();
    await page.keyboard.press('Space');
    await page.getByLabel(`Selecteer ${second}`, { exact: true }).check();
    await expect(page.getByText('2 criteria geselecteerd.', { exact: false })).toBeVisible();
    await page.getByLabel('Eigenaar', { exact: true }).selectOption({ label: CONTRIBUTOR_NAME });
    await page.getByRole('button', { name: 'Toewijzen (2)' }).click();
    await expect(
      page.getByText(`${CONTRIBUTOR_NAME} is nu eigenaar van 2 criteria.`),
    ).toBeVisible();
    await expect(page.getByLabel(`Eigenaar van ${first}`)).toHaveValue(/.+/);
    await expectNoAxeViolations(page);
    await shoot(page, 'round-bulk-assign-nl');

    // Mark both ready for checking.
    const headers = await xsrfHeaders(page);
    for (const code of [first, second]) {
      const url = `/api/v1/rounds/${round.id}/responses/${code}`;
      const current = (await (await page.request.get(url)).json()) as { version: number };
      const saved = await page.request.put(url, {
        headers,
        data: {
          version: current.version,
          level: 2,
          rationale: `Onze aanpak bij ${code}.`,
          state: 'ready-for-review',
        },
      });
      expect(saved.status()).toBe(200);
    }

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Klaar voor controle' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Klaar voor controle' }),
    ).toBeVisible();
    const itemOf = (code: string) =>
      page.getByRole('listitem').filter({ hasText: title }).filter({ hasText: code });
    await expect(itemOf(first)).toBeVisible();
    await expect(itemOf(second)).toBeVisible();
    await itemOf(first)
      .getByRole('button', { name: `Antwoord op ${first} accepteren` })
      .click();
    await expect(page.getByText(`Het antwoord op ${first} is geaccepteerd.`)).toBeVisible();
    await expect(itemOf(first)).toHaveCount(0);

    await itemOf(second)
      .getByRole('button', { name: `Antwoord op ${second} terugsturen` })
      .click();
    await itemOf(second).getByRole('button', { name: 'Terugsturen met toelichting' }).click();
    await expect(itemOf(second).getByText('Schrijf erbij wat er nog moet gebeuren.')).toBeVisible();
    await itemOf(second)
      .getByLabel(`Wat moet er nog gebeuren bij ${second}?`)
      .fill('Noem een voorbeeld uit het werkoverleg.');
    await expectNoAxeViolations(page);
    await shoot(page, 'review-queue-nl');
    await itemOf(second).getByRole('button', { name: 'Terugsturen met toelichting' }).click();
    await expect(
      page.getByText(`Het antwoord op ${second} is teruggestuurd naar de eigenaar.`),
    ).toBeVisible();

    const history = await page.request.get(`/api/v1/rounds/${round.id}/events`);
    const types = ((await history.json()) as { type: string }[]).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['response.accepted', 'response.sent-back']));

    const context = await browser.newContext();
    const other = await context.newPage();
    await login(other, CONTRIBUTOR);
    await other.goto('/my-criteria');
    const round2 = other.getByRole('region', { name: title });
    const back = round2.getByTestId('sent-back');
    await expect(back).toContainText('Teruggestuurd');
    await expect(back).toContainText('Noem een voorbeeld uit het werkoverleg.');
    await expect(round2.getByText('Geaccepteerd')).toBeVisible();
    await expectNoAxeViolations(other);
    await shoot(other, 'my-criteria-sent-back-nl');
    await context.close();

    // "Wie doet wat", linked from the round page.
    await page.goto(`/rounds/${round.id}`);
    await page.getByRole('link', { name: /Wie doet wat/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wie doet wat' })).toBeVisible();
    const tessa = page.getByRole('region', { name: new RegExp(CONTRIBUTOR_NAME) });
    await expect(tessa.getByText('geaccepteerd: 1')).toBeVisible();
    await expect(tessa.getByRole('link', { name: new RegExp(first) })).toBeVisible();
    await expect(tessa.getByText('Teruggestuurd')).toBeVisible();
    await expectNoAxeViolations(page);
    await shoot(page, 'who-does-what-nl');
  });
});
