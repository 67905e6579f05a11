import { expect, test } from '@playwright/test';

import { linkIn, mailTo } from '../support/web-mail';
import {
  expectNoAxeViolations,
  login,
  registerOrganisation,
  screenshotPath,
} from '../support/web-setup';

const FIRST_PASSWORD = 'Zonnebloem-veldwerk-2031';
const NEW_PASSWORD = 'Ochtendgloren-boven-de-Waal-7';
const SENT = /Als er een account is met het adres .+, hebben we daar een link naartoe gestuurd\./;

async function screenshots(page: import('@playwright/test').Page, name: string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: screenshotPath(`${name}-${width}`), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

test('a forgotten password is set anew with the mailed link, which ends every session', async ({
  browser,
  page,
}) => {
  const email = `joris-${Date.now()}@buurtwerk.nl`;
  const laptopContext = await browser.newContext({ locale: 'nl-NL' });
  const laptop = await registerOrganisation(laptopContext, {
    organisationName: 'Stichting Buurtwerk Noord',
    displayName: 'Joris Buurtwerk',
    email,
    password: FIRST_PASSWORD,
  });

  await page.goto('/login');
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeVisible();
  await expect(page).toHaveTitle(/Wachtwoord vergeten/);
  await page.getByLabel('E-mailadres').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Als er een account' })).toHaveText(SENT);
  await expectNoAxeViolations(page);
  await screenshots(page, 'password-recovery-sent');

  const mail = await mailTo(email, 'Nieuw wachtwoord instellen voor Labelklaar');
  const link = linkIn(mail, '/password-reset');
  await page.goto(link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord instellen' }),
  ).toBeVisible();
  await expect(page.getByText('Minimaal 12 tekens.')).toBeVisible();
  const password = page.getByLabel('Nieuw wachtwoord', { exact: true });
  await password.fill('wachtwoord12');
  await expect(page.locator('#reset-password-new-strength')).toContainText(
    'Nog te makkelijk te raden:',
  );
  await password.fill(NEW_PASSWORD);
  await expect(page.locator('#reset-password-new-strength')).toHaveText('Sterk genoeg.');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NEW_PASSWORD);
  await expectNoAxeViolations(page);
  await screenshots(page, 'password-recovery-reset');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').press('Enter');

  await expect(page).toHaveURL(/\/login\?passwordReset=done/);
  await expect(page.getByRole('status').filter({ hasText: 'nieuwe wachtwoord' })).toHaveText(
    'Je nieuwe wachtwoord is ingesteld. Log in met je nieuwe wachtwoord; op al je apparaten ben je uitgelogd.',
  );
  await expectNoAxeViolations(page);
  await screenshots(page, 'password-recovery-login');

  await laptop.reload();
  await expect(laptop).toHaveURL(/\/login/);
  await laptopContext.close();
  await login(page, email, { password: NEW_PASSWORD });

  // The link worked once: opened again, it says so and offers to ask anew.
  await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.goto(link);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(`${NEW_PASSWORD}-nogmaals`);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(`${NEW_PASSWORD}-nogmaals`);
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'verlopen' })).toContainText(
    'is verlopen of al gebruikt',
  );
  await expectNoAxeViolations(page);
  await screenshots(page, 'password-recovery-expired');
  await page.getByRole('link', { name: 'Vraag een nieuwe link aan' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
});

test('an unknown address gets the same answer, and a link without token says to ask again', async ({
  page,
}) => {
  await page.goto('/forgot-password');
  await page.getByLabel('E-mailadres').fill(`niemand-${Date.now()}@buurtwerk.nl`);
  await page.getByRole('button', { name: 'Link versturen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Als er een account' })).toHaveText(SENT);

  await page.goto('/password-reset');
  await expect(page.getByRole('alert').filter({ hasText: 'verlopen' })).toContainText(
    'is verlopen of al gebruikt',
  );
  await expect(page.getByRole('link', { name: 'Vraag een nieuwe link aan' })).toBeVisible();
});
