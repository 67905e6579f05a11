import { expect, Page, test } from '@playwright/test';

import { screenshotPath } from '../support/web-setup';

/**
 * Everything a visitor's browser would flag: console errors and warnings (an unused preload warns),
 * script errors, failed requests.
 */
function watchForTrouble(page: Page): string[] {
  const trouble: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      trouble.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    trouble.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) {
      trouble.push(`${response.status()}: ${response.url()}`);
    }
  });
  return trouble;
}

test.describe('a visitor without a session', () => {
  test('opens the login page without a console error or a failed request', async ({ page }) => {
    const trouble = watchForTrouble(page);
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(trouble).toEqual([]);
  });

  test('fetches the translations and the session once, as index.html preloads them', async ({
    page,
  }) => {
    const trouble = watchForTrouble(page);
    const requested: { path: string; type: string }[] = [];
    page.on('request', (request) =>
      requested.push({ path: new URL(request.url()).pathname, type: request.resourceType() }),
    );
    await page.goto('/login');
    await expect(page.getByLabel('E-mailadres')).toBeVisible();
    await page.waitForLoadState('networkidle');
    // Chromium warns a few seconds after load about a preload nobody used.
    await page.waitForTimeout(3_500);
    for (const path of ['/i18n/nl.json', '/api/v1/auth/session']) {
      const types = requested.filter((request) => request.path === path).map(({ type }) => type);
      // One request, made by the preload in index.html rather than by the app's script (xhr).
      expect([path, types.length, types.includes('xhr')]).toEqual([path, 1, false]);
    }
    expect(trouble).toEqual([]);
  });

  test('in English uses the preloaded Dutch translations too, as the fallback', async ({
    page,
  }) => {
    await page.goto('/login');
    await page.evaluate(() => localStorage.setItem('labelklaar.language', 'en'));
    // Let the first load finish, so the reload does not abort its favicon request.
    await page.waitForLoadState('networkidle');
    const trouble = watchForTrouble(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(3_500);
    expect(trouble).toEqual([]);
  });

  test('is sent from a member page to the login page without errors', async ({ page }) => {
    const trouble = watchForTrouble(page);
    await page.goto('/members');
    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fmembers$/);
    await expect(page.getByLabel('E-mailadres')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(trouble).toEqual([]);
  });

  test('gets the scripts and styles of the login page brotli-compressed', async ({ page }) => {
    const encodings = new Map<string, string | undefined>();
    page.on('response', async (response) => {
      if (/\.(?:js|css)$/.test(response.url())) {
        encodings.set(response.url(), (await response.allHeaders())['content-encoding']);
      }
    });
    await page.goto('/login');
    await expect(page.getByLabel('Wachtwoord')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(encodings.size).toBeGreaterThan(0);
    expect([...new Set(encodings.values())]).toEqual(['br']);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath('login-390'), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: screenshotPath('login-1366'), fullPage: true });
  });
});
