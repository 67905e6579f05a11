import { expect, test } from '@playwright/test';

import {
  answerThroughApi,
  expectNoAxeViolations,
  registerOrganisation,
  screenshotPath,
  startRoundThroughApi,
} from '../support/web-setup';

test.describe('upgrading an open round to a newer rubric version', () => {
  test('the quality officer previews, upgrades and confirms carried-over answers', async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const page = await registerOrganisation(context, {
      organisationName: `Stichting Bijwerken ${Date.now()}`,
      displayName: 'Kim Kwaliteit',
      email: `kwaliteit-${Date.now()}@bijwerken.nl`,
      password: 'Bijwerken-naar-1.1.0-graag',
    });
    const { round, rubric } = await startRoundThroughApi(page, {
      title: 'Zelfevaluatie op 1.0.0',
      targetDate: '2027-06-01',
      route: 'internal',
    });
    await answerThroughApi(page, round, rubric, ['OPD-01', 'OPD-03', 'VAK-03', 'IMP-05', 'VAK-07']);

    await page.goto('/rounds');
    await expect(page.getByText('Nieuwere versie 1.1.0')).toBeVisible();
    await page.getByRole('link', { name: 'Zelfevaluatie op 1.0.0' }).click();
    await expect(
      page.getByRole('heading', { name: 'Versie 1.1.0 van het normenkader is verschenen' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Bekijk wat bijwerken doet' }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: 'Van versie 1.0.0 naar 1.1.0' }),
    ).toBeVisible();
    await expect(page.getByText('nieuw, nog niet gescoord').first()).toBeVisible();
    await expect(page.getByText('neemt over, kijk even na').first()).toBeVisible();
    const choice = page.getByRole('group', { name: 'Welk eerder antwoord neemt IMP-05 over?' });
    await expect(choice.getByRole('radio')).toHaveCount(2);
    await choice.getByRole('radio').nth(1).focus();
    await page.keyboard.press('Space');
    await expect(choice.getByRole('radio').nth(1)).toBeChecked();
    await expectNoAxeViolations(page);
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({
        path: screenshotPath(`round-upgrade-preview-${width}`),
        fullPage: true,
      });
    }
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.getByRole('button', { name: 'Ronde bijwerken naar 1.1.0' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Ronde bijwerken naar 1.1.0' }).click();

    const count = page.getByTestId('to-confirm');
    await expect(count).toHaveText('nog te bevestigen: 4');
    await expect(page.getByText('sterk-sociaal-werk 1.1.0').first()).toBeVisible();
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({
        path: screenshotPath(`round-upgrade-confirm-${width}`),
        fullPage: true,
      });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    await page
      .getByRole('button', { name: /Alles in dit domein bevestigen/ })
      .first()
      .click();
    await expect(count).toHaveText('nog te bevestigen: 3');

    await page.goto(`/rounds/${round.id}/criteria/IMP-05`);
    await page.getByRole('button', { name: 'Klopt nog' }).click();
    await expect(page.getByRole('button', { name: 'Klopt nog' })).toHaveCount(0);
    await page.goto(`/rounds/${round.id}`);
    await expect(page.getByTestId('to-confirm')).toHaveText('nog te bevestigen: 2');

    // "Klopt nog" straight from the round's criteria table.
    const inTable = page.getByRole('button', { name: /^Klopt nog: het antwoord op / });
    await expect(inTable).toHaveCount(2);
    await inTable.first().click();
    await expect(page.getByRole('status').getByText(/is bevestigd/)).toBeVisible();
    await expect(inTable).toHaveCount(1);
    await expect(page.getByTestId('to-confirm')).toHaveText('nog te bevestigen: 1');
    await context.close();
  });
});
