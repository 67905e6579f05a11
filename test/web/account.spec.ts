import { expect, Page, test } from '@playwright/test';

import { expectNoAxeViolations, login, screenshotPath } from '../support/web-setup';

const FIRST_PASSWORD = 'Zonnebloem-veldwerk-2031';
const NEW_PASSWORD = 'Ochtendgloren-boven-de-Waal-7';

/** Registers an organisation through the form, trying an easy password first. */
async function registerThroughTheForm(page: Page, email: string): Promise<void> {
  await page.goto('/register');
  await page.getByLabel('Naam van de organisatie').fill('Stichting Wijkkracht Oost');
  await page.getByLabel('Je naam').fill('Wies Wijkkracht');
  await page.getByLabel('E-mailadres').fill(email);
  const password = page.getByLabel('Wachtwoord');
  const strength = page.locator('#register-password-strength');

  await password.fill('wachtwoord12');
  await expect(strength).toContainText('Nog te makkelijk te raden:');
  await expect(strength).toContainText('staat in de lijsten die aanvallers als eerste proberen');
  await password.fill('wijkkracht2026');
  await expect(strength).toContainText('lijkt op je naam');
  await page.getByRole('button', { name: 'Organisatie registreren' }).click();
  await expect(page.locator('#register-password-error')).toHaveText(
    'Kies een wachtwoord dat moeilijker te raden is.',
  );
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: screenshotPath('register-weak-password'), fullPage: true });

  await password.fill(FIRST_PASSWORD);
  await expect(strength).toHaveText('Sterk genoeg.');
  await page.getByRole('button', { name: 'Organisatie registreren' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Stichting Wijkkracht Oost' }),
  ).toBeVisible();
}

test('a new organisation is told why a password is too easy, then changes it by keyboard', async ({
  page,
  browser,
}) => {
  const email = `wies-${Date.now()}@wijkkracht.nl`;
  await registerThroughTheForm(page, email);
  // The same person on another computer, logged in before the change.
  const laptopContext = await browser.newContext({ locale: 'nl-NL' });
  const laptop = await laptopContext.newPage();
  await login(laptop, email, { password: FIRST_PASSWORD });

  await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
  await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' })).toBeVisible();
  await expect(page).toHaveTitle(/Wachtwoord wijzigen/);
  await expectNoAxeViolations(page);

  await page.getByLabel('Huidig wachtwoord').focus();
  await page.keyboard.type(FIRST_PASSWORD);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Nieuw wachtwoord', { exact: true })).toBeFocused();
  await page.keyboard.type(NEW_PASSWORD);
  await expect(page.locator('#change-password-new-strength')).toHaveText('Sterk genoeg.');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Herhaal het nieuwe wachtwoord')).toBeFocused();
  await page.keyboard.type(NEW_PASSWORD);
  await page.keyboard.press('Enter');

  await expect(
    page.getByRole('status').filter({ hasText: 'Je wachtwoord is gewijzigd' }),
  ).toHaveText(
    'Je wachtwoord is gewijzigd. Op je andere apparaten en in andere browsers ben je uitgelogd.',
  );
  await expect(page.getByLabel('Huidig wachtwoord')).toHaveValue('');
  await expectNoAxeViolations(page);
  for (const [name, width] of [
    ['change-password-1366', 1366],
    ['change-password-390', 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: screenshotPath(name), fullPage: true });
  }

  // The laptop's session ended; this browser's goes on.
  await laptop.reload();
  await expect(laptop).toHaveURL(/\/login/);
  await laptopContext.close();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' })).toBeVisible();

  await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await login(page, email, { password: NEW_PASSWORD });
});

test('a wrong current password is named at its field and changes nothing', async ({ page }) => {
  const email = `wies-${Date.now()}@wijkkracht.nl`;
  await registerThroughTheForm(page, email);
  await page.goto('/account/password');

  await page.getByLabel('Huidig wachtwoord').fill('niet-mijn-wachtwoord');
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();

  await expect(page.locator('#change-password-current-error')).toHaveText(
    'Het huidige wachtwoord klopt niet. Uw wachtwoord is niet gewijzigd.',
  );
  await expect(page.getByLabel('Huidig wachtwoord')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});
