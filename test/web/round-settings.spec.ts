import { addDays, isoDayIn } from '@labelklaar/domain';

import { expect, Page, test } from '@playwright/test';

import {
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  screenshotPath,
  startRoundThroughApi,
} from '../support/web-setup';

const today = () => isoDayIn(new Date());

async function screenshots(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: screenshotPath(`${name}-1366`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath(`${name}-390`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe('editing and withdrawing a round', () => {
  test('the quality officer edits a draft round, is refused a past date, and withdraws it', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    const { round } = await startRoundThroughApi(page, {
      title: `Per ongeluk ${Date.now()}`,
      targetDate: '2027-06-01',
      route: 'internal',
    });
    await page.goto(`/rounds/${round.id}`);
    const settings = page.getByRole('region', { name: 'Gegevens van de ronde' });
    await expect(settings).toBeVisible();

    const title = `Zelfevaluatie najaar ${Date.now()}`;
    await settings.getByLabel('Titel').fill(title);
    await settings.getByLabel('Datum van audit of toetsing').fill(addDays(today(), -1));
    await settings.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await expect(
      settings.getByText('Deze datum ligt in het verleden. Kies vandaag of een latere datum.'),
    ).toBeVisible();
    await expect(settings.getByLabel('Datum van audit of toetsing')).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await settings.getByLabel('Datum van audit of toetsing').fill('2027-11-01');
    await settings.getByLabel('Uiterste datum zelfevaluatie').fill('2027-09-15');
    await settings.getByLabel('Route').selectOption({ label: 'Externe audit' });
    await settings.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await expect(page.getByText('De gegevens van de ronde zijn opgeslagen.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshots(page, 'round-settings');

    await page.reload();
    await expect(settings.getByLabel('Titel')).toHaveValue(title);
    await expect(settings.getByLabel('Datum van audit of toetsing')).toHaveValue('2027-11-01');
    await expect(settings.getByLabel('Uiterste datum zelfevaluatie')).toHaveValue('2027-09-15');
    await expect(settings.getByLabel('Route')).toHaveValue('external-audit');

    await settings.getByRole('button', { name: 'Ronde intrekken' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText(`‘${title}’ intrekken?`);
    await expectNoAxeViolations(page);
    await screenshots(page, 'round-withdraw-dialog');
    await dialog.getByRole('button', { name: 'Intrekken' }).click();
    await expect(page.getByText(`‘${title}’ is ingetrokken.`)).toBeVisible();
    await expect(page.getByText('Ingetrokken', { exact: true })).toBeVisible();
    await expect(settings).toHaveCount(0);
    await screenshots(page, 'round-withdrawn');

    await page.goto('/rounds');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Zelfevaluatierondes' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Zelfevaluatie Kwaliteitslabel 2027' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  });

  test('a second open round on the same rubric starts only after a confirmation', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    await page.goto('/rounds');
    await page.getByRole('button', { name: 'Nieuwe ronde starten' }).click();
    const form = page.getByRole('region', { name: 'Nieuwe ronde' });
    const title = `Tweede ronde ${Date.now()}`;
    await form.getByLabel('Titel').fill(title);
    await form.getByLabel('Datum van audit of toetsing').fill(addDays(today(), -3));
    await form.getByRole('button', { name: 'Ronde starten' }).click();
    await expect(
      form.getByText('Deze datum ligt in het verleden. Kies vandaag of een latere datum.'),
    ).toBeVisible();

    await form.getByLabel('Datum van audit of toetsing').fill('2028-03-01');
    await form.getByRole('button', { name: 'Ronde starten' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('Nog een open ronde starten?');
    await expect(dialog).toContainText('Zelfevaluatie Kwaliteitslabel 2027');
    await expectNoAxeViolations(page);
    await screenshots(page, 'round-second-open-dialog');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect(page).toHaveURL(/\/rounds$/);

    await form.getByRole('button', { name: 'Ronde starten' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Toch starten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  test('an improvement action due in the past is refused with a clear message', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    const { round, codes } = await startRoundThroughApi(page, {
      title: `Acties ${Date.now()}`,
      targetDate: '2027-06-01',
      route: 'internal',
    });
    await page.goto(`/rounds/${round.id}/criteria/${codes[0]}`);
    await page.getByLabel('Titel van de actie').fill('Wijkanalyse actualiseren');
    await page.getByLabel('Uiterlijk klaar op').fill(addDays(today(), -1));
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(
      page.getByText('Deze datum ligt in het verleden. Kies vandaag of een latere datum.'),
    ).toBeVisible();
    await expect(page.getByLabel('Uiterlijk klaar op')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('heading', { name: 'Wijkanalyse actualiseren' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByLabel('Uiterlijk klaar op').scrollIntoViewIfNeeded();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: screenshotPath('action-due-in-past-1366') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByLabel('Uiterlijk klaar op').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('action-due-in-past-390') });

    await page.getByLabel('Uiterlijk klaar op').fill(today());
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(page.getByRole('heading', { name: 'Wijkanalyse actualiseren' })).toBeVisible();
  });
});
