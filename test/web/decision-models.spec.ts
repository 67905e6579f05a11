import { expect, Page, test } from '@playwright/test';

import {
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  screenshotPath,
} from '../support/web-setup';

/**
 * Decision models as data (issue 16): everyone reads the library with its steps; the quality
 * officer copies a library model into one of the organisation's own, edits it and publishes it.
 * Other suites share the demo organisation, so the copy's code and name are unique to this run.
 */
const PROFESSIONAL = 'sociaalwerker@voorbeeld.nl';
const LIBRARY = ['De beslissende professional', 'Evidence-based practice', 'De omgekeerde toets'];
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

test('a professional reads the three library models with their steps', async ({ page }) => {
  await login(page, PROFESSIONAL);
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Besluitmodellen' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Besluitmodellen' })).toBeVisible();
  for (const name of LIBRARY) {
    const card = page.getByRole('article', { name });
    await expect(card).toContainText('Uit de bibliotheek');
    await expect(card.getByRole('heading', { name: 'De stappen' })).toBeVisible();
    expect(await card.locator('.model-steps > li').count()).toBeGreaterThan(1);
  }
  // A professional writes no models.
  await expect(page.getByRole('button', { name: 'Nieuw concept' })).toHaveCount(0);
  await checkPage(page, 'decision-models');

  await page.getByRole('link', { name: 'De omgekeerde toets', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'De omgekeerde toets' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Een voorbeeld' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kopiëren naar eigen model' })).toHaveCount(0);
  await checkPage(page, 'decision-model');
});

test('the quality officer copies a model to an own one, edits a step and publishes it', async ({
  page,
}) => {
  const name = `Onze omgekeerde toets ${run}`;
  await login(page, QUALITY_OFFICER);
  await page.goto('/decision-models/omgekeerde-toets');
  await page.getByRole('button', { name: 'Kopiëren naar eigen model' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Concept van een besluitmodel' }),
  ).toBeVisible();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('De omgekeerde toets');

  await page.getByLabel('Code', { exact: true }).fill(`omgekeerde-toets-${run}`);
  await page.getByLabel('Naam', { exact: true }).fill(name);
  const firstStep = page.getByRole('group', { name: 'Stap 1' });
  await firstStep
    .getByLabel('Vraag aan de professional')
    .fill(`Welk effect wil de bewoner? ${run}`);
  // An empty prompt is refused at the field it is about.
  const secondPrompt = page
    .getByRole('group', { name: 'Stap 2' })
    .getByLabel('Vraag aan de professional');
  const secondText = await secondPrompt.inputValue();
  await secondPrompt.fill('');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(secondPrompt).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'decision-model-draft');
  await secondPrompt.fill(secondText);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Het concept is opgeslagen.')).toBeVisible();
  await expect(secondPrompt).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Publiceren' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Model publiceren?' });
  await dialog.getByRole('button', { name: 'Publiceren' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText(`Welk effect wil de bewoner? ${run}`)).toBeVisible();

  await page.getByRole('link', { name: 'Terug naar de modellen' }).click();
  const own = page.getByRole('article', { name });
  await expect(own).toContainText('Eigen model van je organisatie');
  await expect(page.getByRole('article', { name: 'De omgekeerde toets' })).toContainText(
    'Uit de bibliotheek',
  );
});

test('the label owner reaches the library and its drafts from the menu', async ({ page }) => {
  await login(page, 'beheer@labelklaar.nl');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Besluitmodellen' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Concepten' })).toBeVisible();
  await expect(page.getByText('Als labeleigenaar voeg je modellen toe')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nieuw concept' })).toBeVisible();
  for (const name of LIBRARY) {
    await expect(page.getByRole('article', { name })).toContainText('Uit de bibliotheek');
  }

  // An empty draft lists what is missing, and is thrown away again.
  await page.getByRole('button', { name: 'Nieuw concept' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Concept van een besluitmodel' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nog te doen voor publicatie' })).toBeVisible();
  await page.getByRole('button', { name: 'Concept weggooien' }).click();
  await page
    .getByRole('alertdialog', { name: 'Concept weggooien?' })
    .getByRole('button', { name: 'Weggooien' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Besluitmodellen' })).toBeVisible();

  await page.getByRole('link', { name: 'De beslissende professional', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Nieuwe versie maken' })).toBeVisible();
});
