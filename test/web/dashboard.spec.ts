import { readFile } from 'node:fs/promises';
import { expect, Page, test } from '@playwright/test';

import { expectNoAxeViolations, login, screenshotPath } from '../support/web-setup';

const MANAGER = 'manager@voorbeeld.nl';
const PLATFORM_ADMIN = 'beheer@labelklaar.nl';
const DEMO_ROUND = 'Zelfevaluatie Kwaliteitslabel 2027';
/** The dashboard of the latest round. */
const MANAGER_DASHBOARD = /\/dashboard\/rounds\/[0-9a-f-]{36}$/;

/** The manager's home says where the organisation stands; the menu leads on to the latest round. */
async function openDashboard(page: Page): Promise<void> {
  await login(page, MANAGER);
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  await expect(page).toHaveURL(MANAGER_DASHBOARD);
}

test.describe('the readiness dashboard', () => {
  test('the manager lands on it, reads the blockers, uses a table view, downloads the dossier and opens the trend', async ({
    page,
  }) => {
    await openDashboard(page);
    await expect(page.getByRole('heading', { level: 1, name: DEMO_ROUND })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(nav.getByRole('link', { name: 'Sector' })).toHaveCount(0);

    await expect(page.getByText('Gereedheid voor het label')).toBeVisible();
    await expect(page.getByText('Doel: 100%')).toBeVisible();
    const blockers = page.getByRole('region', { name: 'Blokkades voor de audit' });
    const blockerLinks = blockers.getByRole('listitem').getByRole('link');
    await expect(blockerLinks.first()).toBeVisible();
    expect(await blockerLinks.count()).toBeGreaterThan(0);
    await expect(blockerLinks.first()).toHaveAttribute(
      'href',
      /^\/rounds\/[0-9a-f-]{36}\/criteria\/[A-Z]+-\d+$/,
    );

    const domains = page.getByRole('region', { name: 'Gereedheid per domein' });
    await expect(domains.getByText(/Percentage van de toepasselijke weging/)).toBeVisible();
    await expect(domains.locator('ngx-charts-bar-horizontal svg').first()).toBeVisible();
    await expect(domains.getByRole('table')).toBeHidden();
    await domains.getByRole('button', { name: /Toon als tabel/ }).focus();
    await page.keyboard.press('Enter');
    const domainTable = domains.getByRole('table', { name: /per domein/ });
    await expect(domainTable).toBeVisible();
    await expect(domainTable.getByRole('rowheader', { name: /Vakmanschap/ })).toBeVisible();
    await expect(domains.locator('ngx-charts-bar-horizontal')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await domains.getByRole('button', { name: /Toon als grafiek/ }).click();
    await expect(domainTable).toBeHidden();
    await expect(domains.locator('ngx-charts-bar-horizontal svg').first()).toBeVisible();

    await expect(
      page
        .getByRole('region', { name: 'Niveaus per criterium' })
        .locator('ngx-charts-heat-map svg')
        .first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('dashboard-nl'), fullPage: true });

    // On paper: no navigation or buttons, every chart as its table.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(domainTable).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Aantal criteria per status', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /Toon als tabel/ }).first()).toBeHidden();
    await page.screenshot({ path: screenshotPath('dashboard-print-nl'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: /Auditdossier \(PDF\)/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await page
      .getByRole('navigation', { name: 'Dashboard' })
      .getByRole('link', { name: 'Trend' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Trend over de rondes' }),
    ).toBeVisible();
    const trend = page.getByRole('region', { name: 'Gereedheid per ronde' });
    const lines = trend.locator('ngx-charts-line-chart svg').first();
    const table = trend.getByRole('table', { name: /Gereedheid per ronde/ });
    await expect(lines).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('dashboard-trend-chart-nl'), fullPage: true });
    await trend.getByRole('button', { name: /Toon als tabel/ }).click();
    await expect(table).toBeVisible();
    await expect(table.getByRole('rowheader', { name: new RegExp(DEMO_ROUND) })).toBeVisible();
    expect(await table.getByRole('rowheader').count()).toBeGreaterThanOrEqual(2);

    const comparison = page.getByRole('region', { name: 'Twee rondes vergelijken' });
    await expect(
      comparison.getByText(/vergeleken met Zelfevaluatie Kwaliteitslabel 2027/),
    ).toBeVisible();
    await expect(comparison.getByRole('table')).toBeVisible();
    await comparison.getByLabel('Toon', { exact: true }).selectOption({ label: 'Verbeterd' });
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('dashboard-trend-nl'), fullPage: true });
  });

  test('reads in English too, with the charts labelled in English', async ({ page }) => {
    await openDashboard(page);
    await expect(page.getByRole('heading', { level: 1, name: DEMO_ROUND })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Readiness per domain' })).toBeVisible();
    await expect(page.getByText('Readiness for the label')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Audit blockers' })).toBeVisible();
    const statuses = page.getByRole('region', { name: 'Criteria per status' });
    await statuses.getByRole('button', { name: /Show as table/ }).click();
    await expect(
      statuses.getByRole('table', { name: 'Number of criteria per status' }),
    ).toBeVisible();
    await statuses.getByRole('button', { name: /Show as chart/ }).click();
    await expect(statuses.locator('ngx-charts-bar-horizontal svg').first()).toBeVisible();
    await expect(statuses.locator('ngx-charts-bar-horizontal')).toContainText('Met');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('dashboard-en'), fullPage: true });
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { name: 'Gereedheid per domein' })).toBeVisible();
  });

  test('the label owner sees the sector view, without figures for a group under five', async ({
    page,
  }) => {
    await login(page, PLATFORM_ADMIN);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Sector' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Gereedheid in de sector' }),
    ).toBeVisible();
    await expect(page.getByText(/Minder dan 5 organisaties/).first()).toBeVisible();
    await expect(page.getByText('Stichting Voorbeeld Welzijn')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('sector-nl'), fullPage: true });

    const card = page.getByRole('region', { name: 'Normenkader sterk-sociaal-werk' });
    const basis = card.getByLabel('Vergelijken op versie');
    await expect(basis.locator('option')).toHaveText(['1.0.0', '1.1.0']);
    const asked = page.waitForRequest(
      /sector\/readiness\?rubricId=sterk-sociaal-werk&version=1\.0\.0/,
    );
    await basis.selectOption('1.0.0');
    await asked;
    await expect(
      card.getByRole('heading', { name: 'Normenkader sterk-sociaal-werk 1.0.0' }),
    ).toBeVisible();
    await expect(basis).toHaveValue('1.0.0');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath('sector-390'), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: screenshotPath('sector-1366'), fullPage: true });
  });
});
