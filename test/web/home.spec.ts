import { expect, Page, test } from '@playwright/test';

import {
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  screenshotPath,
} from '../support/web-setup';

const MANAGER = 'manager@voorbeeld.nl';
const CONTRIBUTOR = 'teamleider@voorbeeld.nl';
const PLATFORM_ADMIN = 'beheer@labelklaar.nl';
const DEMO_ROUND = 'Zelfevaluatie Kwaliteitslabel 2027';

async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: screenshotPath(`${name}-${width}`), fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe('the home page says where the organisation stands', () => {
  test('the quality officer sees the open round, its dates, blockers, answers to review and actions', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    const rounds = page.getByRole('region', { name: 'Open rondes' });
    const round = rounds.getByRole('article', { name: DEMO_ROUND });
    await expect(round).toBeVisible();
    await expect(round.getByText('Gereedheid', { exact: true })).toBeVisible();
    await expect(round.getByText(/^\d+(,\d)?%$/)).toBeVisible();
    await expect(round.getByText('Uiterste datum zelfevaluatie')).toBeVisible();
    await expect(
      round.getByText(/^(over \d+ dagen?|vandaag|\d+ dagen? geleden)/).first(),
    ).toBeVisible();
    await expect(round.getByRole('heading', { name: /blokkades? voor de audit/ })).toBeVisible();
    await expect(round.getByText(/antwoorden? klaar voor controle/)).toBeVisible();
    await expect(round.getByRole('link', { name: 'Naar het dashboard' })).toHaveAttribute(
      'href',
      /^\/dashboard\/rounds\/[0-9a-f-]{36}$/,
    );
    await expect(
      page.getByRole('region', { name: 'Verbeteracties die aandacht vragen' }),
    ).toContainText(/Te laat: \d+\. Binnen twee weken: \d+\./);
    await expect(page.getByRole('main').getByText('Leden', { exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshots(page, 'home-quality-officer');

    // Keyboard: the first round link is reached by tabbing and opens the round.
    await round.getByRole('link', { name: DEMO_ROUND }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/rounds\/[0-9a-f-]{36}$/);
  });

  test('a contributor sees their criteria still to do and their actions', async ({ page }) => {
    await login(page, CONTRIBUTOR);
    const mine = page.getByRole('region', { name: 'Jouw criteria' });
    await expect(mine).toBeVisible();
    await expect(mine).toContainText(
      /Nog \d+ criteri(um|a) te doen|Al jouw \d+ criteria zijn klaar|nog geen criteria toegewezen/,
    );
    await expect(page.getByRole('region', { name: 'Jouw verbeteracties' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Open rondes' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshots(page, 'home-contributor');
  });

  test('a manager reads readiness and blockers in one line each and goes on to the dashboard', async ({
    page,
  }) => {
    await login(page, MANAGER);
    const standing = page.getByRole('region', { name: 'Waar de organisatie staat' });
    const lines = standing.locator('.home-line');
    await expect(lines.nth(0)).toHaveText(
      new RegExp(`^\\s*Gereedheid ${DEMO_ROUND}: \\d+(,\\d)?%\\s*$`),
    );
    await expect(lines.nth(1)).toHaveText(/^\s*\d+ blokkades? voor de audit\s*$/);
    await expectNoAxeViolations(page);
    await screenshots(page, 'home-manager');
    // Rounds other specs opened are listed too; the demo round comes first.
    await standing.getByRole('link', { name: 'Naar het dashboard' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: DEMO_ROUND })).toBeVisible();
  });

  test('the platform admin sees the norm set library and the sector, not the invitation text', async ({
    page,
  }) => {
    await login(page, PLATFORM_ADMIN);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Beheer van het kwaliteitslabel' }),
    ).toBeVisible();
    await expect(page.getByText(/normenkaders? in de bibliotheek/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Naar de bibliotheek' })).toHaveAttribute(
      'href',
      '/rubrics/library',
    );
    await expect(page.getByRole('link', { name: 'Naar de sector' })).toHaveAttribute(
      'href',
      '/sector',
    );
    await expect(page.getByText(/uitnodiging/)).toHaveCount(0);
    await expect(page.getByText('Nog geen organisatie')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshots(page, 'home-platform-admin');
  });
});
