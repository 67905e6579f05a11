import { expect, Locator, Page, test } from '@playwright/test';

import {
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  screenshotPath,
  startRoundThroughApi,
} from '../support/web-setup';

/** The counter the field names in its aria-describedby (`lk-text-limit`, by its id). */
async function counterOf(page: Page, field: Locator): Promise<Locator> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ');
  const id = ids.find((candidate) => candidate.endsWith('-limit'));
  expect(id, 'the field is described by its counter').toBeTruthy();
  return page.locator(`lk-text-limit[id="${id}"]`);
}

/**
 * The counter of a field with limit `max`: the count while typing, "bijna vol" with what is left
 * in the last tenth (visible, and in a polite live region), and an alert once the text is over.
 */
async function expectCounter(page: Page, field: Locator, max: number, name: string) {
  const counter = await counterOf(page, field);
  const live = counter.locator('[aria-live="polite"]');
  const alert = counter.getByRole('alert');

  await field.fill('Kort');
  await expect(counter).toContainText(`4/${max} tekens`);
  await expect(counter).not.toContainText('bijna vol');
  await expect(live).toHaveText('');
  await expect(alert).toHaveText('');

  const near = max - 5;
  await field.fill('a'.repeat(near));
  await expect(counter).toContainText(`${near}/${max} tekens · bijna vol, nog 5 over`);
  await expect(live).toHaveText(`Bijna vol: nog 5 van de ${max} tekens over.`);
  await expect(alert).toHaveText('');
  const formField = field.locator('xpath=ancestor::div[contains(@class, "form-field")][1]');
  await formField.screenshot({ path: screenshotPath(`text-limit-${name}-near`) });

  await field.fill('a'.repeat(max + 3));
  await expect(counter).toContainText(`${max + 3}/${max} tekens`);
  await expect(live).toHaveText('');
  await expect(alert).toHaveText(
    `3 tekens te lang (maximaal ${max}). Kort de tekst in; tot dan wordt niets opgeslagen.`,
  );
  // Nothing is cut off: the field keeps every character.
  await expect(field).toHaveValue('a'.repeat(max + 3));
  await formField.screenshot({ path: screenshotPath(`text-limit-${name}-over`) });

  await field.fill('Weer kort');
  await expect(alert).toHaveText('');
}

test.describe('limit counters on text fields', () => {
  test('count, warn near the limit and alert over it in the round, action and evidence forms', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    const { round, codes } = await startRoundThroughApi(page, {
      title: `Tellers ${Date.now()}`,
      targetDate: '2027-06-01',
      route: 'internal',
    });

    await page.goto(`/rounds/${round.id}`);
    const settings = page.getByRole('region', { name: 'Gegevens van de ronde' });
    await expectCounter(page, settings.getByLabel('Titel'), 200, 'round');

    await page.goto(`/rounds/${round.id}/criteria/${codes[0]}`);
    const actions = page.getByRole('region', { name: 'Verbeteracties' });
    await expectCounter(page, actions.getByLabel('Titel van de actie'), 200, 'action');

    const evidence = page.getByRole('region', { name: 'Bewijs' });
    await evidence.getByLabel('Link registreren').check();
    const evidenceTitle = evidence.getByLabel('Titel', { exact: true });
    await expectCounter(page, evidenceTitle, 300, 'evidence');

    // A paste that does not fit says so, in its own words.
    await evidenceTitle.fill('');
    await evidenceTitle.dispatchEvent('paste');
    await evidenceTitle.fill('b'.repeat(310));
    const counter = await counterOf(page, evidenceTitle);
    await expect(counter.getByRole('alert')).toContainText(
      'De geplakte tekst past niet: 10 tekens te lang (maximaal 300).',
    );
    await expectNoAxeViolations(page);
  });
});
