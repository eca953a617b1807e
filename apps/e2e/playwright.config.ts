import { defineConfig } from '@playwright/test';

/**
 * Kinboard's browser suite. Every test file starts its own server process (see
 * tests/support/fixtures.ts), so there is no `webServer` here; the web app must be built first.
 */
export default defineConfig({
  testDir: 'tests',
  globalSetup: './tests/support/globalSetup.ts',
  outputDir: 'test-results',
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  // Generous: a test runs up to four browser contexts and a server on a two-core machine.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      // Debian's Chromium: Playwright's own browser downloads are not available here.
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
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    screenshot: 'only-on-failure',
    // Tracing doubles the time of every action on this two-core machine; pass --trace on to debug.
    trace: 'off',
  },
});
