import { expect, Page, test } from '@playwright/test';

import {
  expectNoAxeViolations,
  login,
  QUALITY_OFFICER,
  screenshotPath,
  xsrfHeaders,
} from '../support/web-setup';

const DEMO_ROUND = 'Zelfevaluatie Kwaliteitslabel 2027';
const HIDDEN = /Te weinig verschillende auteurs \(minder dan 3\) om dit te tonen/;

/** Today in the browser's calendar, as the page picks its current quarter. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A team session today in the first team, so the report has a session to chart. */
async function recordSessionThroughApi(page: Page): Promise<void> {
  const teams = await page.request.get('/api/v1/teams');
  expect(teams.ok()).toBe(true);
  const [team] = (await teams.json()) as { id: string }[];
  const created = await page.request.post('/api/v1/team-sessions', {
    headers: await xsrfHeaders(page),
    data: { teamId: team.id, sessionType: 'intervisie', date: today(), presentCount: 6 },
  });
  expect(created.status(), await created.text()).toBe(201);
}

async function screenshots(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: screenshotPath(`${name}-1366`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  // Charts redraw for the narrower card.
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenshotPath(`${name}-390`), fullPage: true });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name}: no sideways scrolling at 390 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe('the learning report (leerverslag)', () => {
  test('the quality officer reads it, uses a table view and links it as evidence to a vakmanschap criterion', async ({
    page,
  }) => {
    await login(page, QUALITY_OFFICER);
    await recordSessionThroughApi(page);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Leerverslag' })
      .click();
    await expect(page).toHaveURL(/\/learning-report$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Leerverslag' })).toBeVisible();

    // The current quarter of the whole organisation.
    await expect(page.getByLabel('Team', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('Periode', { exact: true })).toHaveValue(/^\d{4}-Q[1-4]$/);
    await expect(
      page.getByRole('heading', { level: 2, name: /^Hele organisatie · \de kwartaal \d{4}$/ }),
    ).toBeVisible();

    // Sessions by type: a chart, and the same figures as a table on request.
    const sessions = page.getByRole('region', { name: 'Teambijeenkomsten per soort' });
    await expect(sessions.getByText(/bijeenkomst\(en\), samen \d+ aanwezigen/)).toBeVisible();
    await expect(sessions.locator('ngx-charts-bar-horizontal svg').first()).toBeVisible();
    const table = sessions.getByRole('table', {
      name: /teambijeenkomsten en aanwezigen per soort/,
    });
    await expect(table).toBeHidden();
    await sessions.getByRole('button', { name: /Toon als tabel/ }).focus();
    await page.keyboard.press('Enter');
    await expect(sessions.locator('ngx-charts-bar-horizontal')).toHaveCount(0);
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Aanwezigen' })).toBeVisible();
    await expect(table.getByRole('row', { name: /^Intervisie/ })).toContainText(/[1-9]/);
    await expectNoAxeViolations(page);
    await sessions.getByRole('button', { name: /Toon als grafiek/ }).click();
    await expect(table).toBeHidden();
    await expect(sessions.locator('ngx-charts-bar-horizontal svg').first()).toBeVisible();

    // Each count over reflections is a chart with its table, or says why it is not shown.
    for (const name of [
      'Reflecties per beslismodel',
      'Reflecties per dilemma',
      'Reflecties per soort besluit',
      'Prikkelende vragen beantwoord',
    ]) {
      const region = page.getByRole('region', { name });
      await expect(region).toBeVisible();
      const shown = region.getByRole('button', { name: /Toon als tabel/ });
      if ((await shown.count()) === 0) {
        await expect(
          region.getByText(HIDDEN).or(region.getByText(/rust op te weinig/)),
        ).toBeVisible();
      } else {
        await shown.click();
        await expect(region.getByRole('table')).toBeVisible();
        await region.getByRole('button', { name: /Toon als grafiek/ }).click();
      }
    }
    await expect(page.getByRole('region', { name: 'Teamafspraken' })).toContainText(
      /afspraak\/afspraken gemaakt/,
    );
    await expect(
      page.getByRole('region', { name: 'Verbeteracties uit het leren' }).getByRole('table').first(),
    ).toBeAttached();
    await expectNoAxeViolations(page);
    await screenshots(page, 'learning-report');

    // Linking: the open demo round and one of its vakmanschap criteria.
    const form = page.getByRole('region', { name: 'Als bewijs koppelen aan de open ronde' });
    await form.getByLabel('Ronde').selectOption({ label: DEMO_ROUND });
    const criteria = form.getByRole('group', { name: 'Criteria over vakmanschap' });
    const first = criteria.getByRole('checkbox').first();
    await expect(first).toBeVisible();
    const code = await first.getAttribute('value');
    expect(code).toMatch(/^VAK-\d+$/);
    // Only vakmanschap criteria are offered.
    for (const value of await criteria
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))) {
      expect(value).toMatch(/^VAK-/);
    }
    await first.check();
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Als bewijs koppelen' }).click();
    await expect(form.getByRole('status')).toContainText(
      /Gekoppeld: "Verslag professionele besluitvorming en leren \de kwartaal \d{4}"/,
    );
    await expectNoAxeViolations(page);
    await screenshots(page, 'learning-report-linked');

    await form.getByRole('link', { name: `Naar criterium ${code}` }).click();
    await expect(page).toHaveURL(new RegExp(`/rounds/[0-9a-f-]{36}/criteria/${code}$`));
    await expect(
      page.getByText(/Verslag professionele besluitvorming en leren \de kwartaal \d{4}/).first(),
    ).toBeVisible();
  });

  test('a team lead reads only the teams they lead, in English too, and links nothing', async ({
    page,
  }) => {
    await login(page, 'teamleider@voorbeeld.nl');
    await page.goto('/learning-report');
    const team = page.getByLabel('Team', { exact: true });
    await expect(team.getByRole('option')).toHaveText(['Jongerenwerk', 'Wijkteam Noord']);
    await expect(
      page.getByRole('heading', { level: 2, name: /^Team Jongerenwerk · \de kwartaal \d{4}$/ }),
    ).toBeVisible();
    await team.selectOption({ label: 'Wijkteam Noord' });
    await expect(
      page.getByRole('heading', { level: 2, name: /^Team Wijkteam Noord · / }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Reflecties per dilemma' })).toContainText(
      HIDDEN,
    );
    await expect(
      page.getByRole('region', { name: 'Als bewijs koppelen aan de open ronde' }),
    ).toHaveCount(0);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Learning report' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Reflections per dilemma' })).toContainText(
      'Too few different authors (fewer than 3) to show this.',
    );
    await expect(page.getByLabel('Period', { exact: true }).locator('option:checked')).toHaveText(
      /^\s*Q[1-4] \d{4}\s*$/,
    );
    await expectNoAxeViolations(page);
    await screenshots(page, 'learning-report-lead-en');
    // The choice is kept for the account: back to Dutch for the suites after this one.
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Leerverslag' })).toBeVisible();
  });
});
