import { expect, Page, test } from '@playwright/test';

import {
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  screenshotPath,
  startRoundThroughApi,
} from '../support/web-setup';

/** VAK-08 (volunteers) is the demo rubric's criterion an organisation may mark not applicable. */
const WAIVABLE = 'VAK-08';

const status = (page: Page) => page.locator('lk-save-status').getByRole('status');

async function screenshots(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: screenshotPath(`${name}-1366`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath(`${name}-390`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe('the criterion response editor', () => {
  test('keeps every field after a reload, and a not-applicable answer with its one reason', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    const { round } = await startRoundThroughApi(page, {
      title: `Editor ${Date.now()}`,
      targetDate: '2027-06-01',
      route: 'internal',
    });
    await page.goto(`/rounds/${round.id}/criteria/${WAIVABLE}`);
    await expect(page.getByRole('heading', { level: 1, name: /VAK-08/ })).toBeVisible();

    await page
      .getByRole('group', { name: 'Huidig niveau' })
      .getByRole('radio', { name: /Niveau 2/ })
      .check();
    await page.getByLabel('Streefniveau').selectOption({ index: 3 });
    const rationale = page.getByLabel('Toelichting', { exact: true });
    await rationale.fill('Vrijwilligers hebben een vaste begeleider.');
    await page.getByLabel('Stand', { exact: true }).selectOption({ label: 'Klaar voor controle' });
    await expect(status(page)).toHaveText(/Opgeslagen \(/, { timeout: 10_000 });
    const target = await page.getByLabel('Streefniveau').inputValue();

    await page.reload();
    await expect(
      page.getByRole('group', { name: 'Huidig niveau' }).getByRole('radio', { name: /Niveau 2/ }),
    ).toBeChecked();
    await expect(page.getByLabel('Streefniveau')).toHaveValue(target);
    await expect(rationale).toHaveValue('Vrijwilligers hebben een vaste begeleider.');
    await expect(page.getByLabel('Stand', { exact: true })).toHaveValue('ready-for-review');

    // Not applicable: one text, the reason, where the toelichting was, starting from it.
    await page.getByLabel('Niet van toepassing voor onze organisatie').check();
    const reason = page.getByLabel('Waarom is dit criterium niet van toepassing?');
    await expect(rationale).toHaveCount(0);
    await expect(reason).toHaveValue('Vrijwilligers hebben een vaste begeleider.');
    await reason.fill('');
    await expect(status(page)).toHaveText(/Niet opgeslagen: geef eerst de reden/);
    await expect(status(page)).not.toHaveText(/Opgeslagen \(/);
    await expectNoAxeViolations(page);
    await screenshots(page, 'editor-reason-missing');

    await reason.fill('Wij werken niet met vrijwilligers.');
    await expect(status(page)).toHaveText(/Opgeslagen \(/, { timeout: 10_000 });
    await page.reload();
    await expect(page.getByLabel('Niet van toepassing voor onze organisatie')).toBeChecked();
    await expect(reason).toHaveValue('Wij werken niet met vrijwilligers.');
    await expect(page.getByLabel('Stand', { exact: true })).toHaveValue('ready-for-review');
    await screenshots(page, 'editor-not-applicable');

    // Applicable again: the toelichting and the levels come back as they were.
    await page.getByLabel('Niet van toepassing voor onze organisatie').uncheck();
    await page
      .getByRole('group', { name: 'Huidig niveau' })
      .getByRole('radio', { name: /Niveau 3/ })
      .check();
    await expect(status(page)).toHaveText(/Opgeslagen \(/, { timeout: 10_000 });
    await page.reload();
    await expect(page.getByLabel('Niet van toepassing voor onze organisatie')).not.toBeChecked();
    await expect(rationale).toHaveValue('Vrijwilligers hebben een vaste begeleider.');
    await expect(
      page.getByRole('group', { name: 'Huidig niveau' }).getByRole('radio', { name: /Niveau 3/ }),
    ).toBeChecked();
  });

  test('shows the limit before it is reached and says so when a paste is too long, cutting nothing', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await login(page, QUALITY_OFFICER);
    const { round, codes } = await startRoundThroughApi(page, {
      title: `Limiet ${Date.now()}`,
      targetDate: '2027-06-01',
      route: 'internal',
    });
    await page.goto(`/rounds/${round.id}/criteria/${codes[0]}`);
    const rationale = page.getByLabel('Toelichting', { exact: true });
    await expect(page.getByText('0/10.000 tekens')).toBeVisible();
    await rationale.fill('Kort.');
    await expect(page.getByText('5/10.000 tekens')).toBeVisible();
    await expect(status(page)).toHaveText(/Opgeslagen \(/, { timeout: 10_000 });

    const long = 'a'.repeat(10_500);
    await rationale.fill('');
    await page.evaluate((text) => navigator.clipboard.writeText(text), long);
    await rationale.focus();
    await page.keyboard.press('Control+V');

    await expect(page.getByRole('alert').filter({ hasText: 'geplakte tekst' })).toHaveText(
      /De geplakte tekst past niet: 500 tekens te lang \(maximaal 10\.000\)\. Er is niets afgeknipt/,
    );
    await expect(rationale).toHaveValue(long);
    await expect(page.getByText('10.500/10.000 tekens')).toBeVisible();
    await expect(status(page)).toHaveText(/Niet opgeslagen: de tekst is te lang/);
    await expect(rationale).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await screenshots(page, 'editor-pasted-too-long');

    await page.reload();
    await expect(rationale).toHaveValue('Kort.');
  });
});
