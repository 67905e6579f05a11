import { expect, Page, test } from '@playwright/test';

import { linkIn, mailTo } from '../support/web-mail';
import {
  expectNoAxeViolations,
  login,
  registerOrganisation,
  screenshotPath,
} from '../support/web-setup';

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
  // Back to a laptop's width: on a phone the user menu sits in the folded header menu.
  await page.setViewportSize({ width: 1366, height: 900 });

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
    'Het huidige wachtwoord klopt niet. Je wachtwoord is niet gewijzigd.',
  );
  await expect(page.getByLabel('Huidig wachtwoord')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});

test('the account page changes details and language, ends other sessions and changes the address', async ({
  page,
  browser,
}) => {
  const email = `fenna-${Date.now()}@wijkkracht.nl`;
  const newEmail = `fenna.nieuw-${Date.now()}@wijkkracht.nl`;
  const laptopContext = await browser.newContext({ locale: 'nl-NL' });
  const laptop = await registerOrganisation(laptopContext, {
    organisationName: 'Stichting Wijkkracht West',
    displayName: 'Fenna Wijkkracht',
    email,
    password: FIRST_PASSWORD,
  });
  await login(page, email, { password: FIRST_PASSWORD });

  await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
  await page.getByRole('link', { name: 'Mijn account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  await expect(page).toHaveTitle(/Mijn account/);
  const sessions = page.getByRole('region', { name: 'Actieve sessies' });
  await expect(sessions.getByRole('listitem')).toHaveCount(2);
  await expect(sessions.getByText('Dit apparaat')).toBeVisible();
  await expect(sessions.getByText('Chrome op Linux').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Meldingen instellen' })).toHaveAttribute(
    'href',
    '/account/notifications',
  );
  await expectNoAxeViolations(page);
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: screenshotPath(`account-page-${width}`), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });

  await sessions.getByRole('button', { name: 'Overal elders uitloggen' }).click();
  await expect(sessions.getByRole('status')).toHaveText(
    'Je bent overal elders uitgelogd. Alleen dit apparaat is nog ingelogd.',
  );
  await expect(sessions.getByRole('listitem')).toHaveCount(1);
  await laptop.reload();
  await expect(laptop).toHaveURL(/\/login/);
  await laptopContext.close();

  // The e-mail address changes only once the link sent to the new address is confirmed.
  const emailSection = page.getByRole('region', { name: 'E-mailadres' });
  await emailSection.getByLabel('Nieuw e-mailadres').fill(newEmail);
  await emailSection.getByLabel('Huidig wachtwoord').fill(FIRST_PASSWORD);
  await emailSection.getByRole('button', { name: 'Bevestigingslink versturen' }).click();
  await expect(emailSection.getByRole('status')).toContainText(
    `We hebben een bevestigingslink gestuurd naar ${newEmail}.`,
  );
  await expect(emailSection.getByText(`Wacht op bevestiging: ${newEmail}.`)).toBeVisible();
  const mail = await mailTo(newEmail, 'Bevestig je nieuwe e-mailadres voor Labelklaar');
  await page.goto(linkIn(mail, '/account/email/confirm'));
  await expect(
    page.getByRole('heading', { level: 1, name: 'E-mailadres bevestigen' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'E-mailadres bevestigen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'gewijzigd' })).toHaveText(
    'Je e-mailadres is gewijzigd. Log voortaan in met je nieuwe adres.',
  );
  await mailTo(email, 'Het e-mailadres van je Labelklaar-account is gewijzigd');
  await page.getByRole('link', { name: 'Naar Mijn account' }).click();
  await expect(page.getByRole('region', { name: 'E-mailadres' })).toContainText(
    `Je logt in met ${newEmail}`,
  );

  // Name and language: the interface switches at once, the header shows the new name.
  const details = page.getByRole('region', { name: 'Gegevens' });
  await details.getByLabel('Naam').fill('Fenna de Wit');
  await details.getByLabel('Taal').selectOption('en');
  await details.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('status')).toHaveText(
    'Your details have been saved.',
  );
  await expect(page.getByRole('button', { name: /Fenna de Wit/ })).toBeVisible();
  await expectNoAxeViolations(page);
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: screenshotPath(`account-page-en-${width}`), fullPage: true });
  }
});
