import { expect, Page, test } from '@playwright/test';

import {
  expectNoAxeViolations,
  login,
  screenshotPath,
  startRoundThroughApi,
  xsrfHeaders,
} from '../support/web-setup';

const CONTRIBUTOR = 'teamleider@voorbeeld.nl';

/** The quality officer assigns `codes` of a new round to the demo contributor, through the API. */
async function assignToContributor(page: Page, count: number): Promise<string[]> {
  const { round, codes } = await startRoundThroughApi(page, {
    title: `Meldingen ${Date.now()}`,
    targetDate: '2027-06-30',
    route: 'internal',
  });
  const members = (await (await page.request.get('/api/v1/organisation/members')).json()) as {
    id: string;
    email: string;
  }[];
  const memberId = members.find((member) => member.email === CONTRIBUTOR)?.id;
  const chosen = codes.slice(0, count);
  const assigned = await page.request.put(`/api/v1/rounds/${round.id}/owners`, {
    headers: await xsrfHeaders(page),
    data: { criterionCodes: chosen, memberId },
  });
  expect(assigned.status(), 'assign owners').toBe(200);
  return chosen;
}

test('the bell counts unread notifications; the list marks them read and leads to the criterion', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await login(page, CONTRIBUTOR);
  // The demo seed assigned criteria to this person already: start from nothing unread.
  const cleared = await page.request.post('/api/v1/me/notifications/read', {
    headers: await xsrfHeaders(page),
    data: { all: true },
  });
  expect(cleared.status()).toBe(200);
  await page.goto('/notifications');
  await expect(page.getByRole('link', { name: 'Meldingen, 0 ongelezen' })).toBeVisible();

  const officerContext = await browser.newContext({ locale: 'nl-NL' });
  const officer = await officerContext.newPage();
  await login(officer, 'kwaliteit@voorbeeld.nl');
  const [first, second] = await assignToContributor(officer, 2);
  await officerContext.close();

  await page.reload();
  const bell = page.getByRole('link', { name: 'Meldingen, 2 ongelezen' });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: `Ongelezen: ${second} is aan jou toegewezen` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: screenshotPath('notifications-list-1366'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath('notifications-list-390'), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  await page
    .getByRole('button', { name: new RegExp(`^Gelezen.*${second} is aan jou toegewezen`) })
    .click();
  await expect(page.getByRole('link', { name: 'Meldingen, 1 ongelezen' })).toBeVisible();
  await page.getByRole('link', { name: `Ongelezen: ${first} is aan jou toegewezen` }).click();
  await expect(page).toHaveURL(new RegExp(`/criteria/${first}$`));
  await expect(page.getByRole('link', { name: 'Meldingen, 0 ongelezen' })).toBeVisible();
});

test('the preferences page switches a category off, by keyboard, and keeps it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await login(page, CONTRIBUTOR);
  await page.goto('/account/notifications');
  await expect(page.getByRole('heading', { level: 1, name: 'Meldingen per e-mail' })).toBeVisible();
  const assigned = page.getByRole('group', { name: 'Een criterium is aan jou toegewezen' });
  await expect(assigned.getByRole('radio', { name: /Meteen/ })).toBeChecked();
  await assigned.getByRole('radio', { name: 'Uit' }).check();
  await expect(page.getByText('Opgeslagen: je krijgt hierover geen e-mail meer.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: screenshotPath('notification-preferences-1366'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath('notification-preferences-390'), fullPage: true });
  await page.reload();
  await expect(
    page
      .getByRole('group', { name: 'Een criterium is aan jou toegewezen' })
      .getByRole('radio', { name: 'Uit' }),
  ).toBeChecked();
  await page
    .getByRole('group', { name: 'Een criterium is aan jou toegewezen' })
    .getByRole('radio', { name: /Meteen/ })
    .check();
});

test('an unknown unsubscribe link gets a clear page', async ({ page }) => {
  await page.goto('/unsubscribe?token=kapot');
  await expect(page.getByRole('alert')).toContainText('Deze afmeldlink werkt niet');
  await expectNoAxeViolations(page);
});
