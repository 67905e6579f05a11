import { formatDate, isoDayIn } from '@labelklaar/domain';

import { expect, Locator, Page, test } from '@playwright/test';

import {
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  screenshotPath,
  startRoundThroughApi,
} from '../support/web-setup';

const MANAGER = 'manager@voorbeeld.nl';

/** The part of the page at both widths: a desktop and a phone. */
async function screenshots(page: Page, part: Locator, name: string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await part.scrollIntoViewIfNeeded();
    await part.screenshot({ path: screenshotPath(`${name}-${width}`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe('the vaststelling of a round', () => {
  test('a manager establishes a round and sees who did, and can take it back', async ({
    browser,
    page,
  }) => {
    const officer = await browser.newPage();
    await login(officer, QUALITY_OFFICER);
    const title = `Vast te stellen ${Date.now()}`;
    const { round } = await startRoundThroughApi(officer, {
      title,
      targetDate: '2027-06-01',
      route: 'internal',
    });

    await login(page, MANAGER);
    await page.goto(`/rounds/${round.id}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const block = page.getByRole('region', { name: 'Vaststelling' });
    await expect(block.getByTestId('sign-off-status')).toHaveText(/^\s*Nog niet vastgesteld\./);
    await expect(block.getByLabel('Naam')).toHaveValue('Mehmet Manager');
    await expect(block.getByLabel('Datum van vaststelling')).toHaveValue(isoDayIn(new Date()));
    await screenshots(page, block, 'sign-off-form');

    // Without a function the API would refuse it; the form says so first.
    await block.getByRole('button', { name: 'Vaststellen' }).click();
    await expect(block.getByLabel('Functie')).toHaveAttribute('aria-invalid', 'true');

    await block.getByLabel('Functie').fill('directeur-bestuurder');
    await block.getByRole('button', { name: 'Vaststellen' }).click();
    await expect(page.getByText('De ronde is vastgesteld.')).toBeVisible();
    const today = formatDate(isoDayIn(new Date()), 'nl');
    const done = `Vastgesteld door Mehmet Manager (directeur-bestuurder) op ${today}.`;
    await expect(block.getByTestId('sign-off-status')).toHaveText(done);
    await expect(block.getByRole('button', { name: 'Opnieuw vaststellen' })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshots(page, block, 'sign-off-done');

    // The quality officer sees it too, without the form.
    await officer.goto(`/rounds/${round.id}`);
    const seen = officer.getByRole('region', { name: 'Vaststelling' });
    await expect(seen.getByTestId('sign-off-status')).toHaveText(done);
    await expect(seen.getByRole('button')).toHaveCount(0);

    await block.getByRole('button', { name: 'Vaststelling intrekken' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('Vaststelling intrekken?');
    await dialog.getByRole('button', { name: 'Vaststelling intrekken' }).click();
    await expect(page.getByText('De vaststelling is ingetrokken.')).toBeVisible();
    await expect(block.getByTestId('sign-off-status')).toHaveText(/^\s*Nog niet vastgesteld\./);
    await officer.close();
  });

  test('the quality officer makes the vaststelling required, and round pages say so', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    await page.goto('/members');
    const settings = page.getByRole('region', { name: 'Instellingen van de organisatie' });
    const required = settings.getByRole('checkbox', {
      name: 'Een ronde moet zijn vastgesteld door een manager voordat die kan worden ingediend',
    });
    await expect(required).not.toBeChecked();
    await required.check();
    await expect(
      settings.getByText(
        'Opgeslagen: een ronde moet voortaan zijn vastgesteld voordat die kan worden ingediend.',
      ),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshots(page, settings, 'organisation-settings');

    await page.reload();
    await expect(required).toBeChecked();
    const { round } = await startRoundThroughApi(page, {
      title: `Moet vastgesteld ${Date.now()}`,
      targetDate: '2027-06-01',
      route: 'internal',
    });
    await page.goto(`/rounds/${round.id}`);
    await expect(
      page.getByRole('region', { name: 'Vaststelling' }).getByTestId('sign-off-status'),
    ).toContainText('Je organisatie vraagt dat een manager');

    await page.goto('/members');
    await required.uncheck();
    await expect(
      settings.getByText('Opgeslagen: een ronde kan worden ingediend zonder vaststelling.'),
    ).toBeVisible();
    await page.reload();
    await expect(required).not.toBeChecked();
  });
});
