import { expect, Page, test } from '@playwright/test';

import {
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  screenshotPath,
  startRoundThroughApi,
  xsrfHeaders,
} from '../support/web-setup';

async function screenshots(page: Page, name: string): Promise<void> {
  const section = page.locator('#comments');
  await page.setViewportSize({ width: 1366, height: 900 });
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath(`${name}-1366`) });
  await page.setViewportSize({ width: 390, height: 844 });
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath(`${name}-390`) });
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe('overleg on a criterion', () => {
  test('posts a comment that mentions a colleague, picked by keyboard, and shows it', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    const { round } = await startRoundThroughApi(page, {
      title: `Overleg ${Date.now()}`,
      targetDate: '2027-06-01',
      route: 'internal',
    });
    await page.goto(`/rounds/${round.id}/criteria/VAK-02`);
    const section = page.getByRole('region', { name: 'Overleg' });
    await expect(section.getByText('Nog geen opmerkingen.', { exact: false })).toBeVisible();

    const field = section.getByRole('combobox', { name: 'Je opmerking' });
    await field.click();
    await field.pressSequentially('Kun je het verslag toevoegen, @teS');
    const options = section.getByRole('listbox', { name: 'Collega’s om te noemen' });
    await expect(options.getByRole('option')).toHaveText(['Tessa Teamleider']);
    await expect(field).toHaveAttribute('aria-expanded', 'true');
    await expect(options.getByRole('option', { name: 'Tessa Teamleider' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expectNoAxeViolations(page);
    await screenshots(page, 'comments-picker');

    await field.press('Enter');
    await expect(field).toHaveValue('Kun je het verslag toevoegen, @Tessa Teamleider ');
    await expect(field).toHaveAttribute('aria-expanded', 'false');
    await field.pressSequentially('? Dank je.');
    await expect(section.getByRole('list', { name: 'Je noemt' })).toHaveText(/Tessa Teamleider/);

    await section.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await expect(section.getByText('Je opmerking is geplaatst.')).toBeVisible();
    const thread = section.getByRole('list', { name: 'Opmerkingen, oudste eerst' });
    await expect(thread.getByRole('listitem')).toHaveCount(1);
    await expect(thread).toContainText('Karin de Kwaliteit');
    await expect(thread).toContainText(
      'Kun je het verslag toevoegen, @Tessa Teamleider ? Dank je.',
    );
    await expect(thread).toContainText('Genoemd: Tessa Teamleider');
    await expect(field).toHaveValue('');
    await expect(page.getByText('Opmerking geplaatst in het overleg')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshots(page, 'comments-thread');

    // A mention's notification links to the thread: it opens scrolled to it, kept after a reload.
    await page.goto(`/rounds/${round.id}/criteria/VAK-02#comments`);
    await expect(
      page.getByRole('list', { name: 'Opmerkingen, oudste eerst' }).getByRole('listitem'),
    ).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Overleg' })).toBeInViewport();

    // The author takes a slip back shortly after posting it.
    const again = page.getByRole('region', { name: 'Overleg' });
    await again.getByRole('combobox', { name: 'Je opmerking' }).fill('Verkeerd criterium, sorry');
    await again.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    const items = again
      .getByRole('list', { name: 'Opmerkingen, oudste eerst' })
      .getByRole('listitem');
    await expect(items).toHaveCount(2);
    await items.nth(1).getByRole('button', { name: 'Verwijderen' }).click();
    await expect(again.getByText('Je opmerking is verwijderd.')).toBeVisible();
    await expect(items).toHaveCount(1);
    await expect(page.getByText('Opmerking verwijderd uit het overleg')).toBeVisible();

    // The round was only a place to talk: withdrawn, it leaves the demo's dashboards as they were.
    const current = await page.request.get(`/api/v1/rounds/${round.id}`);
    const { version } = (await current.json()) as { version: number };
    const withdrawn = await page.request.post(`/api/v1/rounds/${round.id}/withdraw`, {
      headers: await xsrfHeaders(page),
      data: { version },
    });
    expect(withdrawn.ok(), 'withdraw the round').toBe(true);
  });
});
