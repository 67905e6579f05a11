import { Browser, expect, Page, test } from '@playwright/test';

import {
  answerThroughApi,
  attachEvidenceThroughApi,
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  Round,
  screenshotPath,
  startRoundThroughApi,
  submitRoundThroughApi,
  xsrfHeaders,
} from '../support/web-setup';

const REVIEWER_NAME = 'Rik Reviewer';
const REVIEWER_ORGANISATION = 'Stichting Welzijn Elders';
// A new account's own password: the demo one leans on the product's name and would be refused.
const REVIEWER_PASSWORD = 'Zonnebloem-veldwerk-2031';
const EVIDENCE_TITLE = 'Jaarverslag 2026';

/** A round of the demo organisation, every criterion answered at its highest level, submitted. */
async function submittedRoundThroughApi(page: Page): Promise<{ round: Round; codes: string[] }> {
  const { round, rubric, codes } = await startRoundThroughApi(page, {
    title: `Toetsronde ${Date.now()}`,
    targetDate: '2027-09-01',
    route: 'peer-review',
  });
  await answerThroughApi(page, round, rubric);
  await attachEvidenceThroughApi(page, round, {
    code: codes[0],
    kind: rubric.evidenceKinds[0].key,
    title: EVIDENCE_TITLE,
    fileName: 'jaarverslag.pdf',
  });
  await submitRoundThroughApi(page, round);
  return { round, codes };
}

/** The quality officer invites a reviewer on the round page and copies the link shown once. */
async function inviteReviewer(page: Page, round: Round, email: string): Promise<string> {
  await page.goto(`/rounds/${round.id}`);
  await expect(page.getByRole('heading', { level: 1, name: round.title })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Intercollegiale toetsing' })).toBeVisible();
  await page.getByLabel('E-mailadres van de toetser').fill(email);
  await page.getByLabel('Organisatie van de toetser').fill(REVIEWER_ORGANISATION);
  await expect(page.getByLabel('Toegang tot en met')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await page
    .getByLabel('Bericht voor de toetser (optioneel)')
    .fill('Fijn dat je ons wilt toetsen!');
  await expect(page.getByRole('checkbox', { name: 'Hoofdtoetser' })).toBeChecked();
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  await expect(
    page.getByText(`Uitnodiging voor ${email} gemaakt en per e-mail verstuurd.`),
  ).toBeVisible();
  const link = await page.getByLabel('Uitnodigingslink').inputValue();
  expect(link).toMatch(/\/toetsing\/accepteren\?token=[\w-]{20,}/);
  const invitations = page.getByRole('table', { name: 'Uitnodigingen voor toetsers' });
  await expect(invitations.getByRole('row', { name: new RegExp(email) })).toContainText(
    'Nog niet geaccepteerd',
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: screenshotPath('round-review-invite-nl'), fullPage: true });
  return link;
}

/** A second invitation, revoked at once after confirming: its status says so. */
async function inviteAndRevoke(page: Page, email: string): Promise<void> {
  await page.getByLabel('E-mailadres van de toetser').fill(email);
  await page.getByLabel('Organisatie van de toetser').fill('Buurtwerk Oost');
  await expect(page.getByRole('checkbox', { name: 'Hoofdtoetser' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  await expect(
    page.getByText(`Uitnodiging voor ${email} gemaakt en per e-mail verstuurd.`),
  ).toBeVisible();
  await page.getByRole('button', { name: `Uitnodiging van ${email} intrekken` }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Uitnodiging intrekken' });
  await expect(dialog).toContainText(`${email} kan de ronde daarna niet meer lezen`);
  await dialog.getByRole('button', { name: 'Intrekken' }).click();
  await expect(page.getByText(`De uitnodiging van ${email} is ingetrokken.`)).toBeVisible();
  const row = page
    .getByRole('table', { name: 'Uitnodigingen voor toetsers' })
    .getByRole('row', { name: new RegExp(email) });
  await expect(row).toContainText('Ingetrokken');
  await expect(row.getByRole('button', { name: /intrekken/ })).toHaveCount(0);
}

/** The reviewer opens the link in a browser of their own and creates an account. */
async function acceptAsNewReviewer(browser: Browser, link: string, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const reviewer = await context.newPage();
  await reviewer.goto(new URL(link).pathname + new URL(link).search);
  await expect(
    reviewer.getByRole('heading', { name: 'Uitnodiging voor een intercollegiale toetsing' }),
  ).toBeVisible();
  await expect(reviewer.getByText(email)).toBeVisible();
  await expect(reviewer.getByText(REVIEWER_ORGANISATION)).toBeVisible();
  await expectNoAxeViolations(reviewer);
  await reviewer.getByLabel('Je naam').fill(REVIEWER_NAME);
  await reviewer.getByLabel('Wachtwoord').fill(REVIEWER_PASSWORD);
  await reviewer.getByRole('button', { name: 'Account aanmaken en accepteren' }).click();
  // Creating the account hashes the password on the server: allow it a moment.
  await expect(reviewer).toHaveURL(/\/reviews\/[0-9a-f-]{36}/, { timeout: 30_000 });
  return reviewer;
}

async function writeFinding(
  reviewer: Page,
  code: string,
  judgement: string,
  text: string,
): Promise<void> {
  const workspace = reviewer.locator('#review-criterion');
  await expect(workspace.getByRole('heading', { level: 2, name: new RegExp(code) })).toBeVisible();
  await workspace
    .getByRole('group', { name: `Oordeel over ${code}` })
    .getByRole('radio', { name: judgement, exact: true })
    .check();
  await workspace.getByLabel('Bevinding', { exact: true }).fill(text);
  await workspace.getByLabel('Vragen voor het team (optioneel)').fill(`Hoe borgen jullie ${code}?`);
  await workspace.getByRole('button', { name: 'Nu opslaan' }).click();
  await expect(workspace.getByText(/Opgeslagen \(/)).toBeVisible({ timeout: 10_000 });
}

/** Findings for the criteria the test does not write by hand, through the API. */
async function judgeTheRest(reviewer: Page, reviewId: string, codes: string[]): Promise<void> {
  const headers = await xsrfHeaders(reviewer);
  for (const code of codes) {
    const saved = await reviewer.request.put(`/api/v1/reviews/${reviewId}/findings/${code}`, {
      headers,
      data: { judgement: 'meets', finding: `In orde (${code}).`, questions: '' },
    });
    expect(saved.status(), `finding ${code}`).toBe(200);
  }
}

test.describe('intercollegiale toetsing', () => {
  test('a peer reviews a submitted round; the quality officer sees the gaps, answers and plans an action', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    await login(page, QUALITY_OFFICER);
    const { round, codes } = await submittedRoundThroughApi(page);
    const [first, second] = codes;
    const email = `toetser-${Date.now()}@elders.example`;
    const link = await inviteReviewer(page, round, email);
    await inviteAndRevoke(page, `ingetrokken-${Date.now()}@oost.example`);

    const reviewer = await acceptAsNewReviewer(browser, link, email);
    const reviewId = new URL(reviewer.url()).pathname.split('/').at(-1) ?? '';
    await expect(reviewer.getByRole('heading', { level: 1, name: round.title })).toBeVisible();
    const nav = reviewer.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link', { name: 'Toetsingen' })).toBeVisible();
    await expect(reviewer.getByText('Hoofdtoetser').first()).toBeVisible();
    await expect(reviewer.getByText('0 van 24 criteria beoordeeld')).toBeVisible();

    await nav.getByRole('link', { name: 'Toetsingen' }).click();
    const mine = reviewer.getByRole('table', { name: 'Mijn toetsingen' });
    await expect(mine.getByRole('row', { name: new RegExp(round.title) })).toContainText('Concept');
    await expectNoAxeViolations(reviewer);
    await mine.getByRole('link', { name: round.title }).click();

    await writeFinding(
      reviewer,
      first,
      'Voldoet niet',
      'Het bewijs voor deze werkwijze ontbreekt.',
    );
    await reviewer.getByRole('link', { name: `Volgende: ${second}` }).click();
    await writeFinding(reviewer, second, 'Voldoet deels', 'Nog niet in alle teams zichtbaar.');
    await judgeTheRest(reviewer, reviewId, codes.slice(2));

    await reviewer.reload();
    const overall = reviewer.locator('#review-overall');
    await overall
      .getByRole('group', { name: 'Eindoordeel over de ronde' })
      .getByRole('radio', { name: 'Voldoet deels', exact: true })
      .check();
    await overall.getByLabel('Sterke punten').fill('Betrokken teams en een heldere opdracht.');
    await overall.getByLabel('Verbeterpunten').fill('Leg bewijs vast per team.');
    await overall.getByRole('button', { name: 'Nu opslaan' }).click();
    await expect(overall.getByText(/Opgeslagen \(/)).toBeVisible({ timeout: 10_000 });
    await reviewer
      .getByRole('navigation', { name: 'Criteria' })
      .getByRole('link', { name: new RegExp(first) })
      .click();
    await expect(reviewer.getByText('24 van 24 criteria beoordeeld')).toBeVisible();
    await expect(
      reviewer.getByRole('heading', { name: 'Zelfevaluatie van de organisatie' }),
    ).toBeVisible();
    await expect(reviewer.getByText(`Zo werken wij aan ${first}.`)).toBeVisible();
    const download = reviewer.waitForEvent('download');
    await reviewer.getByRole('link', { name: `${EVIDENCE_TITLE} (downloaden)` }).click();
    expect((await download).suggestedFilename()).toBe('jaarverslag.pdf');
    await expectNoAxeViolations(reviewer);
    await reviewer.screenshot({ path: screenshotPath('review-nl'), fullPage: true });

    await reviewer.getByRole('button', { name: 'Toetsing indienen' }).click();
    await reviewer.getByRole('alertdialog').getByRole('button', { name: 'Indienen' }).click();
    await expect(reviewer.getByText('Je toetsing is ingediend en ligt nu vast.')).toBeVisible();
    await expect(reviewer.getByRole('button', { name: 'Nu opslaan' })).toHaveCount(0);
    await reviewer.getByRole('button', { name: 'Leerrapport uitbrengen' }).click();
    await reviewer.getByRole('alertdialog').getByRole('button', { name: 'Uitbrengen' }).click();
    await expect(reviewer).toHaveURL(new RegExp(`/rounds/${round.id}/leerrapport`));
    await expect(reviewer.getByText('Hoor en wederhoor').first()).toBeVisible();
    await reviewer.context().close();

    await page.goto(`/rounds/${round.id}`);
    await page.getByRole('link', { name: 'Zelfbeoordeling vs. toetsers' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Zelfbeoordeling vs. toetsers' }),
    ).toBeVisible();
    await expect(page.getByText('Gebaseerd op het leerrapport.')).toBeVisible();
    const gaps = page.getByRole('table', { name: 'Per criterium' });
    await expect(gaps.getByRole('row', { name: new RegExp(first) })).toContainText(
      'Toetsers oordelen lager',
    );
    await expect(gaps.getByText('Komt overeen').first()).toBeVisible();
    await page.getByLabel('Alleen verschillen tonen').check();
    await expect(gaps.getByText('Komt overeen')).toHaveCount(0);
    await expect(gaps.getByRole('row', { name: new RegExp(first) })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('review-gaps-nl'), fullPage: true });

    await page.getByRole('link', { name: 'Naar het leerrapport' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Leerrapport: ${round.title}` }),
    ).toBeVisible();
    await expect(
      page.getByText(/de organisatie kan tot en met .* op elke bevinding reageren/),
    ).toBeVisible();
    await page
      .getByRole('button', { name: `Reageren op de bevinding van ${REVIEWER_NAME} bij ${first}` })
      .click();
    await page
      .getByLabel(`Reactie op de bevinding van ${REVIEWER_NAME} bij ${first}`)
      .fill('Klopt; we leggen het bewijs dit kwartaal vast.');
    await page.getByRole('button', { name: 'Reactie opslaan' }).click();
    await expect(page.getByText('Je reactie is opgeslagen.')).toBeVisible();
    await expect(page.getByText('Klopt; we leggen het bewijs dit kwartaal vast.')).toBeVisible();
    await page
      .getByRole('button', {
        name: `Maak verbeteractie van de bevinding van ${REVIEWER_NAME} bij ${first}`,
      })
      .click();
    // The action asks in which open round, for whom and by when; a past date is refused.
    const plan = page.getByRole('dialog', { name: `Verbeteractie bij ${first}` });
    await expect(plan.getByLabel('In welke open ronde')).toBeVisible();
    await plan.getByRole('button', { name: 'Verbeteractie plannen' }).click();
    await expect(plan.getByText('Kies de datum waarop de actie klaar moet zijn.')).toBeVisible();
    await plan.getByLabel('Uiterlijk klaar op').fill('2020-01-01');
    await plan.getByRole('button', { name: 'Verbeteractie plannen' }).click();
    await expect(plan.getByText(/Deze datum ligt in het verleden/)).toBeVisible();
    await plan.getByLabel('Voor wie').selectOption({ index: 1 });
    await plan.getByLabel('Uiterlijk klaar op').fill('2030-06-01');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath('finding-action-dialog-390') });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: screenshotPath('finding-action-dialog-1366') });
    await plan.getByRole('button', { name: 'Verbeteractie plannen' }).click();
    await expect(plan).toHaveCount(0);
    await expect(page.getByText(/Verbeteractie aangemaakt in de open ronde/)).toBeVisible();
    await expect(page.getByText('Verbeteractie gemaakt').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('leerrapport-nl'), fullPage: true });

    // Once final, "reageren kan tot en met" would be untrue next to "definitief".
    const facts = page.getByRole('region', { name: 'Over het leerrapport' });
    await expect(facts.getByText('Reageren kan tot en met')).toBeVisible();
    await page.getByRole('button', { name: 'Hoor en wederhoor afsluiten' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Afsluiten' }).click();
    await expect(page.getByText('Het leerrapport is definitief.')).toBeVisible();
    await expect(page.locator('header').getByText('Definitief', { exact: true })).toBeVisible();
    await expect(facts.getByText('Definitief sinds')).toBeVisible();
    await expect(page.getByText(/eageren kan tot en met/)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: screenshotPath('leerrapport-final-1366'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath('leerrapport-final-390'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Self vs reviewers' }).first().click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Self-assessment vs reviewers' }),
    ).toBeVisible();
    const gapsEn = page.getByRole('table', { name: 'Per criterion' });
    await expect(gapsEn.getByRole('row', { name: new RegExp(first) })).toContainText(
      'Reviewers judge lower',
    );
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('review-gaps-en'), fullPage: true });
  });
});
