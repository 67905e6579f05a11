import { expect, test } from '@playwright/test';

import {
  DEMO_PASSWORD,
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  screenshotPath,
} from '../support/web-setup';

test.describe('the demo quality officer', () => {
  test('logs in and sees the organisation home', async ({ page }) => {
    await login(page, QUALITY_OFFICER);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Stichting Voorbeeld Welzijn' }),
    ).toBeVisible();
    await expect(page).toHaveTitle(/Labelklaar/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('home-nl'), fullPage: true });
  });

  test('switches to English and back', async ({ page }) => {
    await login(page, QUALITY_OFFICER);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(
      page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Members' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Nederlands' })).toBeVisible();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(
      page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leden' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });

  test('browses the rubric to a criterion with its guidance, evidence and maturity levels', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Normenkader' })
      .click();
    await page
      .getByRole('link', { name: /Sterk Sociaal Werk/ })
      .first()
      .click();
    for (const domain of ['Maatschappelijke opdracht', 'Vakmanschap']) {
      await expect(page.getByRole('heading', { name: new RegExp(domain) }).first()).toBeVisible();
    }
    await page.getByRole('link', { name: /Casuïstiek en intervisie/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Casuïstiek en intervisie' }),
    ).toBeVisible();
    await expect(
      page.getByText('Hoe vaak bespreekt elk team casuïstiek', { exact: false }),
    ).toBeVisible();
    await expect(page.getByText('intervisieverslag')).toBeVisible();
    await expect(page.getByText('Behaald', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('criterion-nl'), fullPage: true });
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Casuïstiek en intervisie' }),
    ).toBeVisible();
  });

  test('invites a colleague, who accepts the link in another browser and joins', async ({
    page,
    browser,
  }) => {
    await login(page, QUALITY_OFFICER);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Leden' })
      .click();
    const email = `collega-${Date.now()}@voorbeeld.nl`;
    const form = page
      .locator('form')
      .filter({ has: page.getByRole('button', { name: 'Uitnodigen' }) });
    await form.getByLabel('E-mailadres').fill(email);
    await form.getByLabel('Rol', { exact: true }).selectOption({ label: 'Manager' });
    await form.getByRole('button', { name: 'Uitnodigen' }).click();
    const link = page.getByRole('textbox', { name: 'Uitnodigingslink' });
    await expect(link).toHaveValue(/\/invitations\/accept\?token=/);
    await expect(page.getByRole('rowheader', { name: email })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('members-nl'), fullPage: true });

    const colleague = await browser.newContext({ locale: 'nl-NL' });
    const other = await colleague.newPage();
    await other.goto(await link.inputValue());
    await other.getByLabel('Je naam').fill('Nieuwe Collega');
    // A new account's own password: the demo one leans on the product's name and would be refused.
    await other.getByLabel('Wachtwoord').fill('Zonnebloem-veldwerk-2031');
    await other.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
    // A manager's home says where the organisation stands, with the way on to the dashboard.
    await expect(other.getByRole('region', { name: 'Waar de organisatie staat' })).toBeVisible();
    await colleague.close();

    await page.reload();
    await expect(page.getByRole('rowheader', { name: 'Nieuwe Collega' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Rol van Nieuwe Collega' })).toHaveValue(
      'manager',
    );
  });
});

test('a person logs in with the keyboard only', async ({ page }) => {
  await page.goto('/login');
  await page.keyboard.press('Tab');
  let guard = 0;
  while (
    !(await page.getByLabel('E-mailadres').evaluate((el) => el === document.activeElement)) &&
    guard++ < 15
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type(QUALITY_OFFICER);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Wachtwoord')).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Stichting Voorbeeld Welzijn' }),
  ).toBeVisible();
});

test('a wrong password shows a clear message and the login page passes axe', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(QUALITY_OFFICER);
  await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Het e-mailadres of het wachtwoord klopt niet.',
  );
  await expectNoAxeViolations(page);
});

test('a deep link works on reload and unknown pages say so', async ({ page }) => {
  await page.goto('/rubrics/sterk-sociaal-werk/1.0.0/criteria/OPD-01');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Opdracht helder en gedeeld' }),
  ).toBeVisible();
  await page.goto('/bestaat-niet');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
