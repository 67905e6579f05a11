import { expect, test } from '@playwright/test';

import {
  expectNoAxeViolations,
  registerOrganisation,
  screenshotPath,
  xsrfHeaders,
} from '../support/web-setup';

const PASSWORD = 'Zonnebloem-veldwerk-2031';
const NAME = 'Stichting Buurtwerk Noord';

test('the quality officer downloads the data, asks to delete the organisation and undoes it', async ({
  context,
}) => {
  const page = await registerOrganisation(context, {
    organisationName: NAME,
    displayName: 'Kees Kwaliteit',
    email: `kees-${Date.now()}@buurtwerk.nl`,
    password: PASSWORD,
  });
  await page.goto('/members');
  const section = page.getByRole('region', { name: 'Gegevens van de organisatie' });
  await expect(section).toBeVisible();

  const exportLink = section.getByRole('link', { name: 'Alle gegevens downloaden (zip)' });
  await expect(exportLink).toHaveAttribute('href', '/api/v1/organisation/export');
  const download = await page.request.get('/api/v1/organisation/export');
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/zip');

  const name = section.getByLabel(`Typ de naam van de organisatie ter bevestiging: ${NAME}`);
  await name.focus();
  await page.keyboard.type('Stichting Buurtwerk');
  await page.keyboard.press('Enter');
  await expect(
    section.getByText(/Typ de naam van de organisatie precies zoals hij is/),
  ).toBeVisible();

  await name.fill(NAME);
  await page.keyboard.press('Enter');
  await expect(
    section.getByText(/Deze organisatie wordt op .* definitief verwijderd/),
  ).toBeVisible();
  const banner = page.getByRole('complementary', { name: 'Deze organisatie wordt verwijderd.' });
  await expect(banner).toBeVisible();
  await expectNoAxeViolations(page);
  for (const [file, width] of [
    ['organisation-data-1366', 1366],
    ['organisation-data-390', 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: screenshotPath(file), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });

  await section.getByRole('button', { name: 'Verwijderen ongedaan maken' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    section.getByText('Het verwijderen is ongedaan gemaakt.', { exact: false }),
  ).toBeVisible();
  await expect(banner).toHaveCount(0);
});

test('a member deletes their account with their password; the last quality officer cannot', async ({
  context,
  browser,
}) => {
  const page = await registerOrganisation(context, {
    organisationName: 'Stichting Wijkteam Zuid',
    displayName: 'Ria Regie',
    email: `ria-${Date.now()}@wijkteam.nl`,
    password: PASSWORD,
  });
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'Account verwijderen' });
  await section.getByLabel('Je wachtwoord').fill(PASSWORD);
  await section.getByRole('button', { name: 'Account definitief verwijderen' }).click();
  await expect(section.getByText(/minstens één kwaliteitsfunctionaris/)).toBeVisible();

  const invited = await page.request.post('/api/v1/organisation/invitations', {
    headers: await xsrfHeaders(page),
    data: { email: `sam-${Date.now()}@wijkteam.nl`, role: 'contributor' },
  });
  expect(invited.status()).toBe(201);
  const { acceptUrl, invitation } = (await invited.json()) as {
    acceptUrl: string;
    invitation: { email: string };
  };
  const memberContext = await browser.newContext({ locale: 'nl-NL' });
  const member = await memberContext.newPage();
  await member.goto('/login');
  await expect(member.getByLabel('E-mailadres')).toBeVisible();
  const token = new URL(acceptUrl, 'http://x').searchParams.get('token');
  const accepted = await member.request.post('/api/v1/invitations/accept', {
    headers: await xsrfHeaders(member),
    data: { token, displayName: 'Sam Sociaalwerker', password: PASSWORD },
  });
  expect(accepted.status()).toBe(200);

  await member.goto('/account');
  const own = member.getByRole('region', { name: 'Account verwijderen' });
  await own.getByLabel('Je wachtwoord').fill('niet-mijn-wachtwoord');
  await own.getByRole('button', { name: 'Account definitief verwijderen' }).click();
  await expect(own.getByText(/Het wachtwoord klopt niet/)).toBeVisible();
  await expectNoAxeViolations(member);
  for (const [file, width] of [
    ['account-delete-1366', 1366],
    ['account-delete-390', 390],
  ] as const) {
    await member.setViewportSize({ width, height: 900 });
    await member.screenshot({ path: screenshotPath(file), fullPage: true });
  }
  await own.getByLabel('Je wachtwoord').fill(PASSWORD);
  await own.getByRole('button', { name: 'Account definitief verwijderen' }).click();
  await expect(member).toHaveURL(/\/login/);

  await page.goto('/members');
  await expect(page.getByText('Sam Sociaalwerker')).toHaveCount(0);
  await memberContext.close();
  const again = await browser.newContext({ locale: 'nl-NL' });
  const retry = await again.newPage();
  await retry.goto('/login');
  await retry.getByLabel('E-mailadres').fill(invitation.email);
  await retry.getByLabel('Wachtwoord').fill(PASSWORD);
  await retry.getByRole('button', { name: 'Inloggen' }).click();
  await expect(retry).toHaveURL(/\/login/);
  await again.close();
});
