import { expect, Page, test } from '@playwright/test';

import { expectNoAxeViolations, login, screenshotPath } from '../support/web-setup';

/**
 * Vakmanschap all year (issue 16): a professional reflects on a decision with a model and brings
 * it to the team; the lead records a session and an agreement and runs the check-in. Other suites
 * leave data in the same demo organisation, so every text here is unique to this run.
 */
const PROFESSIONAL = 'sociaalwerker@voorbeeld.nl';
const LEAD = 'teamleider@voorbeeld.nl';
const TEAM = 'Wijkteam Noord';
const run = Date.now().toString(36);

/** axe, then screenshots at a laptop's and a phone's width, with nothing wider than the phone. */
async function checkPage(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: screenshotPath(`${name}-${width}`), fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} fits ${width} px`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

async function openTeam(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Teams' })
    .click();
  await page.getByRole('link', { name: TEAM }).click();
  await expect(page.getByRole('heading', { level: 1, name: TEAM })).toBeVisible();
}

test('a professional writes a reflection with a model, is stopped on a BSN, and shares it', async ({
  page,
}) => {
  await login(page, PROFESSIONAL);
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link', { name: 'Rondes' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Reflecties' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn reflecties' })).toBeVisible();
  // Before typing, the form says to write anonymised.
  await expect(page.getByText('Schrijf geanonimiseerd: geen namen, BSN')).toBeVisible();
  await checkPage(page, 'reflections');

  await page.getByLabel('Team', { exact: true }).selectOption({ label: TEAM });
  await page.getByLabel('Soort besluit').selectOption({ label: 'Een traject afsluiten' });
  await page.getByLabel('Doorgaan of stoppen').check();

  // "Welk model past?" suggests a model and fills it in.
  await page.getByRole('button', { name: 'Welk model past?' }).click();
  await page.getByLabel('Ik kijk terug op een besluit').check();
  const chooser = page.locator('#model-chooser');
  await chooser
    .getByRole('group', { name: /aanpak of interventie/ })
    .getByLabel('Nee')
    .check();
  await chooser
    .getByRole('group', { name: /regels of procedures/ })
    .getByLabel('Nee')
    .check();
  await expect(chooser.getByRole('heading', { name: 'Dit past bij je situatie' })).toBeVisible();
  await checkPage(page, 'reflections-chooser');
  await chooser
    .getByRole('button', { name: /Gebruik dit model/ })
    .first()
    .click();
  await expect(page.getByLabel('Besluitmodel')).not.toHaveValue('');
  // The model's steps are there as prompts to answer.
  const prompts = page.getByRole('group', { name: /De stappen van/ });
  await expect(prompts).toBeVisible();
  const firstPrompt = prompts.getByRole('textbox').first();
  await expect(firstPrompt).toBeVisible();
  await firstPrompt.fill('De wens van de bewoner woog het zwaarst.');
  await checkPage(page, 'reflections-form');

  await page.getByLabel('De wensen van de persoon').check();
  await page.getByLabel('Welke stappen heb je gezet?').fill('Eerst gesproken\nToen besloten');
  const decision = page.getByLabel('Het besluit', { exact: true });
  await decision.fill(`We sluiten af, dossier 111222333 (${run})`);
  await page.getByLabel('Wat neem je hieruit mee?').fill('Vaker vooraf sparren.');
  await page.getByRole('button', { name: 'Reflectie opslaan' }).click();
  // The API refuses the BSN-like number and names the field.
  await expect(decision).toHaveAttribute('aria-invalid', 'true');
  await expect(decision).toBeFocused();
  await expect(page.locator('#reflection-decision-error')).toContainText(
    /BSN|burgerservicenummer/i,
  );
  await expectNoAxeViolations(page);

  await decision.fill(`We sluiten het traject af met een nazorggesprek (${run})`);
  await page.getByLabel('Inbrengen in het team').check();
  await page.getByRole('button', { name: 'Reflectie opslaan' }).click();
  await expect(
    page.getByText('Je reflectie is opgeslagen en ingebracht in het team.'),
  ).toBeVisible();
  const mine = page.getByRole('region', { name: 'Mijn reflecties' }).getByRole('listitem').filter({
    hasText: run,
  });
  await expect(mine).toContainText('Ingebracht in het team');
  await checkPage(page, 'reflections-saved');
});

test('the lead reads the shared reflection, records a session and an agreement, and runs the check-in', async ({
  page,
}) => {
  await login(page, LEAD);
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Reflecties' })
    .click();
  await expect(
    page.getByRole('region', { name: "Ingebracht door collega's" }).getByRole('listitem').first(),
  ).toBeVisible();

  await openTeam(page);
  // The team page leads to its sessions, agreements and check-ins.
  await expect(page.getByRole('navigation', { name: 'Leren in het team' })).toBeVisible();
  await checkPage(page, 'team-page');
  await page.getByRole('link', { name: 'Teambijeenkomsten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teambijeenkomsten' })).toBeVisible();
  await page.getByLabel('Soort bijeenkomst').selectOption({ label: 'Intervisie' });
  await page.getByLabel('Aantal aanwezigen').fill('6');
  await page.getByLabel('Wat viel op?').fill(`Iedereen besluit vaak alleen (${run})`);
  await page.getByLabel('Inzichten').fill('Eerder sparren.');
  await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
  await expect(page.getByText('De bijeenkomst is vastgelegd.')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Vastgelegde bijeenkomsten' }).getByText(run),
  ).toBeVisible();
  await checkPage(page, 'team-sessions');

  await page.getByRole('link', { name: 'Terug naar het team' }).click();
  await page.getByRole('link', { name: 'Teamafspraken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teamafspraken' })).toBeVisible();
  const question = `Wanneer sluiten we een traject af? (${run})`;
  await page.getByLabel('De terugkerende vraag').fill(question);
  await page.getByLabel('De afspraak', { exact: true }).fill('Na een nazorggesprek.');
  await page.getByLabel('Waarom deze afspraak?').fill('Zo valt niemand tussen wal en schip.');
  await page.getByRole('button', { name: 'Afspraak opslaan' }).click();
  await expect(page.getByText('De afspraak is opgeslagen.')).toBeVisible();
  const agreement = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: question }) });
  await expect(agreement).toContainText('Versie 1');

  // A change is a new version; the earlier one stays in the history.
  await agreement.getByRole('button', { name: /Wijzigen/ }).click();
  await page.getByLabel('Herzien op (optioneel)').fill('2027-06-01');
  await page.getByLabel('Status').selectOption({ label: 'Wordt herzien' });
  await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
  await expect(agreement).toContainText('Versie 2');
  await expect(agreement).toContainText('Wordt herzien');
  await agreement.getByText('Eerdere versies (1)').click();
  await expect(agreement.getByText('Versie 1')).toBeVisible();

  await page.getByLabel('Zoek in de afspraken').fill(run);
  await page.getByRole('button', { name: 'Afspraken zoeken' }).click();
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(1);
  await checkPage(page, 'team-agreements');

  await page.getByRole('link', { name: 'Terug naar het team' }).click();
  await page.getByRole('link', { name: 'Prikkelende vragen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prikkelende vragen' })).toBeVisible();
  await page.getByLabel('Elke maand').check();
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Het ritme is opgeslagen.')).toBeVisible();
  await page.getByLabel('1. Wat gaat goed?').fill(`We sparren vaker (${run})`);
  await page.getByLabel('3. Wat gaat nog niet goed?').fill('Afsluiten gaat nog vaak alleen.');
  await page.getByRole('button', { name: 'Antwoorden opslaan' }).click();
  await expect(page.getByText('Je antwoorden zijn opgeslagen.')).toBeVisible();
  const answers = page.getByRole('region', { name: 'Antwoorden van het team' });
  // The demo year has answers of its own that already became actions.
  const actionsBefore = await answers.getByText('Is een verbeteractie').count();
  await answers
    .getByRole('button', {
      name: /Maak een verbeteractie van het antwoord van Tessa Teamleider op: Wat gaat nog niet goed\?/,
    })
    .click();
  await expect(page.getByRole('heading', { name: 'Verbeteractie maken' })).toBeVisible();
  await checkPage(page, 'check-ins');
  // The answer becomes an improvement action of the open round, on a vakmanschap criterion.
  await expect(page.getByLabel('Titel van de actie')).toHaveValue(
    'Afsluiten gaat nog vaak alleen.',
  );
  await page.getByLabel('Ronde').selectOption({ index: 1 });
  await page.getByLabel('Criterium').selectOption('VAK-03');
  await page.getByRole('button', { name: 'Verbeteractie maken' }).click();
  await expect(page.getByText('De verbeteractie is gemaakt.')).toBeVisible();
  await expect(answers.getByText('Is een verbeteractie')).toHaveCount(actionsBefore + 1);
});
