import { expect, Page, test } from '@playwright/test';

import { login, QUALITY_OFFICER, screenshotPath } from '../support/web-setup';

/**
 * At 390 px (a phone) the header collapses into a menu and no page scrolls sideways. Every role
 * walks the product from its home page through the links it is offered (demo data), visiting each
 * kind of page (route pattern) at most twice, plus the pages no link leads to.
 */

const PHONE = { width: 390, height: 844 };
const PER_PATTERN = 2;
const MAX_PAGES = 80;

const ROLES: { name: string; email: string | null; start: string[] }[] = [
  { name: 'visitor', email: null, start: ['/login', '/register', '/rubrics', '/no-such-page'] },
  {
    name: 'quality officer',
    email: QUALITY_OFFICER,
    start: ['/', '/account/password', '/peer-groups/join', '/rubrics/import'],
  },
  { name: 'manager', email: 'manager@voorbeeld.nl', start: ['/', '/dashboard/trend'] },
  { name: 'contributor', email: 'teamleider@voorbeeld.nl', start: ['/', '/my-criteria'] },
  { name: 'peer reviewer', email: 'kwaliteit@buurtkracht.nl', start: ['/', '/reviews'] },
  {
    name: 'platform admin',
    email: 'beheer@labelklaar.nl',
    start: ['/', '/sector', '/rubrics/library', '/rubrics/import'],
  },
];

/** `/rounds/3f…/criteria/VAK-1` → `/rounds/:id/criteria/:code`. */
function patternOf(path: string): string {
  return path
    .split('/')
    .map((segment, index, all) => {
      if (/^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(segment)) {
        return ':id';
      }
      if (/^\d+\.\d+\.\d+$/.test(segment)) {
        return ':version';
      }
      if (all[index - 1] === 'criteria') {
        return ':code';
      }
      return segment;
    })
    .join('/');
}

/** Elements sticking out on the right, named well enough to find them in the template. */
async function overflowOf(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const culprits: string[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const box = element.getBoundingClientRect();
      const scrolls = element.parentElement?.closest('.table-scroll, .chart-scroll');
      if (box.right > width + 1 && box.width > 0 && !scrolls && culprits.length < 8) {
        const name = element.tagName.toLowerCase();
        const cls = typeof element.className === 'string' ? element.className.trim() : '';
        culprits.push(
          `${name}${cls ? '.' + cls.split(/\s+/).join('.') : ''} (${Math.round(box.right)})`,
        );
      }
    }
    return { overflow: root.scrollWidth - width, culprits };
  });
}

async function sameOriginLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((anchors) =>
      anchors.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''),
    );
  return hrefs
    .filter((href) => href.startsWith('/') && !href.startsWith('/api/') && !href.includes('#'))
    .map((href) => href.split('?')[0]);
}

test.describe('small screens', () => {
  test.setTimeout(600_000);

  test('the header collapses into a menu that opens and closes by keyboard', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await login(page, QUALITY_OFFICER);
    const toggle = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link', { name: 'Rondes' })).toBeHidden();
    await page.screenshot({ path: screenshotPath('menu-closed-390'), fullPage: true });

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Rondes' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('menu-open-390'), fullPage: true });
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Rondes' })).toBeHidden();

    // Choosing a page closes the menu.
    await toggle.click();
    await nav.getByRole('link', { name: 'Rondes' }).click();
    await expect(page).toHaveURL(/\/rounds$/);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');

    // On a wide screen there is no menu button: the links are all there.
    await page.setViewportSize({ width: 1366, height: 900 });
    await expect(toggle).toBeHidden();
    await expect(nav.getByRole('link', { name: 'Rondes' })).toBeVisible();
  });

  test('a Dutch page writes percentages with a decimal comma and dates in words', async ({
    page,
  }) => {
    await login(page, 'manager@voorbeeld.nl', { landsOn: /\/$/ });
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/dashboard\/rounds\/[0-9a-f-]+$/);
    const main = page.locator('main');
    await expect(main.getByText(/^\d+(,\d)?%$/).first()).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Rondes' })
      .click();
    await page
      .getByRole('link', { name: /Zelfevaluatie Kwaliteitslabel 2027/ })
      .first()
      .click();
    const deadline = main
      .locator('dt', { hasText: 'Uiterste datum zelfevaluatie' })
      .locator('+ dd');
    await expect(deadline).toHaveText(
      /^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/,
    );
    await expect(main.getByText(/Gereedheid: \d+(,\d)?%/).first()).toBeVisible();
    await expect(main).not.toContainText(/\d+\.\d%/);
  });

  for (const role of ROLES) {
    test(`no page scrolls sideways at 390 px for the ${role.name}`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      if (role.email) {
        await login(page, role.email, { landsOn: /\/(dashboard\/rounds\/[0-9a-f-]+)?$/ });
      }
      const seen = new Map<string, number>();
      const visited = new Set<string>();
      const queue = [...role.start];
      const failures: string[] = [];
      while (queue.length > 0 && visited.size < MAX_PAGES) {
        const path = queue.shift() as string;
        const pattern = patternOf(path);
        if (visited.has(path) || (seen.get(pattern) ?? 0) >= PER_PATTERN || path === '/logout') {
          continue;
        }
        visited.add(path);
        seen.set(pattern, (seen.get(pattern) ?? 0) + 1);
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await expect(page.locator('main h1').first()).toBeVisible();
        // Dutch numbers and dates in every sentence: `66,7%`, `3 december 2026`, never ISO.
        const text = await page.locator('main').innerText();
        const iso = text.match(/\b\d{4}-\d{2}-\d{2}\b/);
        const englishDecimal = text.match(/\b\d+\.\d+ ?%/);
        if (iso || englishDecimal) {
          failures.push(`${path}: shows ${iso?.[0] ?? englishDecimal?.[0]}`);
        }
        const { overflow, culprits } = await overflowOf(page);
        if (overflow > 0) {
          failures.push(`${path}: ${overflow}px wider — ${culprits.join(', ')}`);
          await page.screenshot({
            path: screenshotPath(`overflow-${role.name.replace(/ /g, '-')}-${visited.size}`),
            fullPage: true,
          });
        }
        queue.push(...(await sameOriginLinks(page)));
      }
      expect(visited.size).toBeGreaterThan(role.start.length - 1);
      expect(failures, `pages wider than 390 px (visited ${[...visited].join(' ')})`).toEqual([]);
    });
  }
});
