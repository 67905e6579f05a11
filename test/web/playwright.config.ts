import { defineConfig } from '@playwright/test';

import { webDataDir } from '../support/web-mail';

const port = Number(process.env['LABELKLAAR_E2E_PORT'] ?? 3123);

/** Browser tests in Debian's Chromium against the built product (npm run build first). */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../tmp/playwright-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  webServer: {
    command: 'node tools/e2e-server.mjs',
    cwd: '../..',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      LOG_LEVEL: 'warn',
      LABELKLAAR_PUBLIC_URL: `http://127.0.0.1:${port}`,
      // A known place, so a test can read the mail the product writes there (test/support/web-mail.ts).
      LABELKLAAR_E2E_DATA_DIR: webDataDir(port),
    },
  },
});
