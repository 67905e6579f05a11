import { expect, test } from '@playwright/test';

import {
  answerThroughApi,
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  registerOrganisation,
  screenshotPath,
  startRoundThroughApi,
  submitRoundThroughApi,
} from '../support/web-setup';

const DEMO_ORGANISATION = 'Stichting Voorbeeld Welzijn';

test.describe('toetsingsgroepen', () => {
  test('the demo quality officer creates a group and invites an organisation, which joins; both see the schedule', async ({
    page,
    browser,
  }) => {
    const groupName = `Toetsingsgroep Noord ${Date.now()}`;
    const otherName = `Buurtwerk Noord ${Date.now()}`;

    // The other organisation: registered, with a submitted round for intercollegiale toetsing.
    const otherContext = await browser.newContext();
    const other = await registerOrganisation(otherContext, {
      organisationName: otherName,
      displayName: 'Bea Buurtwerk',
      email: `kwaliteit-${Date.now()}@buurtwerk.nl`,
      password: 'Buurtwerk-test-2026',
    });
    const { round, rubric } = await startRoundThroughApi(other, {
      title: 'Zelfevaluatie Buurtwerk 2027',
      targetDate: '2027-10-01',
      route: 'peer-review',
    });
    await answerThroughApi(other, round, rubric);
    await submitRoundThroughApi(other, round);
    const otherEmail = (
      (await (await other.request.get('/api/v1/me')).json()) as {
        user: { email: string };
      }
    ).user.email;

    // The demo quality officer creates the group, by keyboard.
    await login(page, QUALITY_OFFICER);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Toetsingsgroepen' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Toetsingsgroepen' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Groep oprichten' }).click();
    await expect(page.getByText('Vul dit veld in.')).toBeVisible();
    await expect(page.getByLabel('Naam van de groep')).toBeFocused();
    await page.getByLabel('Naam van de groep').fill(groupName);
    await page.getByLabel('Omschrijving (optioneel)').fill('Drie keer per jaar, regio Noord.');
    await page.getByLabel('Omschrijving (optioneel)').press('Tab');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
    await expect(
      page.getByText('Er is pas een rooster als er minstens twee organisaties lid zijn.'),
    ).toBeVisible();

    // Invite the other organisation's quality officer; the link is shown to copy.
    await page.getByLabel('E-mailadres van de kwaliteitsfunctionaris').fill(otherEmail);
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect(
      page.getByText(`Uitnodiging voor ${otherEmail} gemaakt en per e-mail verstuurd.`),
    ).toBeVisible();
    const link = await page.getByLabel('Uitnodigingslink').inputValue();
    expect(link).toMatch(/\/peer-groups\/join\?token=[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole('button', { name: 'Link kopiëren' })).toBeVisible();
    await expect(
      page.getByRole('button', { name: `Uitnodiging voor ${otherEmail} intrekken` }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    const groupUrl = page.url();

    // The other quality officer opens the link in a second browser and joins.
    await other.goto(link);
    await expect(
      other.getByRole('heading', { level: 1, name: 'Lid worden van een toetsingsgroep' }),
    ).toBeVisible();
    await expect(
      other.getByText(
        `${DEMO_ORGANISATION} nodigt je organisatie uit voor toetsingsgroep ${groupName}.`,
      ),
    ).toBeVisible();
    await expectNoAxeViolations(other);
    await other.screenshot({ path: screenshotPath('peer-group-join-nl'), fullPage: true });
    await other.getByRole('button', { name: `Lid worden namens ${otherName}` }).click();

    await expect(other.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
    const otherSchedule = other.getByRole('table', { name: 'Rooster: wie toetst wie' });
    await expect(otherSchedule.getByRole('row')).toHaveCount(3);
    await expect(otherSchedule.getByRole('row').nth(1)).toContainText(DEMO_ORGANISATION);
    await expect(otherSchedule.getByRole('row').nth(1)).toContainText(otherName);
    await expect(otherSchedule.getByRole('row').nth(2)).toContainText(otherName);
    await expect(otherSchedule.getByRole('row').nth(2)).toContainText(DEMO_ORGANISATION);
    const otherRounds = other.getByRole('table', { name: 'Rondes die op toetsing wachten' });
    await expect(
      otherRounds.getByRole('row', { name: /Zelfevaluatie Buurtwerk 2027/ }),
    ).toContainText('Nee');

    // It invites its scheduled reviewer (the demo organisation) in one step.
    await other.getByRole('button', { name: 'Uitnodigingen voor onze toetsers maken' }).click();
    await expect(
      other.getByText('1 uitnodiging(en) gemaakt en per e-mail verstuurd.'),
    ).toBeVisible();
    await expect(other.getByText(new RegExp(`Link voor ${QUALITY_OFFICER}`))).toBeVisible();
    await expect(
      otherRounds.getByRole('row', { name: /Zelfevaluatie Buurtwerk 2027/ }),
    ).toContainText('Ja');
    await expectNoAxeViolations(other);
    await other.screenshot({ path: screenshotPath('peer-group-other-nl'), fullPage: true });

    // The demo quality officer sees the same schedule and the round awaiting review.
    await page.goto(groupUrl);
    const schedule = page.getByRole('table', { name: 'Rooster: wie toetst wie' });
    await expect(schedule.getByRole('row')).toHaveCount(3);
    await expect(schedule.getByRole('row').nth(1)).toContainText(DEMO_ORGANISATION);
    await expect(schedule.getByRole('row').nth(1)).toContainText(otherName);
    await expect(
      page
        .getByRole('table', { name: 'Rondes die op toetsing wachten' })
        .getByRole('row', { name: /Zelfevaluatie Buurtwerk 2027/ }),
    ).toContainText('Ja');
    await expect(page.getByRole('table', { name: 'Leden' }).getByRole('row')).toHaveCount(3);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('peer-group-nl'), fullPage: true });

    await page.getByRole('link', { name: 'Toetsingsgroepen', exact: true }).first().click();
    await expect(page.getByRole('link', { name: groupName })).toBeVisible();
    await expect(
      page.getByText('2 organisatie(s) · opgericht door je organisatie').first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('peer-groups-list-nl'), fullPage: true });

    await page.goto(groupUrl);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Schedule: who reviews whom' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('peer-group-en'), fullPage: true });
    await otherContext.close();
  });
});
