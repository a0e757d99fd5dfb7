import { defineConfig } from '@playwright/test'
import { CHROMIUM, CHROMIUM_ARGS } from './tests/support/chromium'

/**
 * End-to-end tests: the built renderer (`electron-vite build` → out/renderer) in Chromium, with
 * `window.api` wired to the real main process on a temporary SQLite file per test.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Wiped at the start of each run; screenshots of every screen land in test-results/screens.
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  // One retry on CI, reported as "flaky" in the output: two known scan-timing races under load (quick-add, cart-in-view) are open in docs/session-4.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    acceptDownloads: true,
    // A trace records every action's screenshots and page snapshots: on CI only a failed test's retry
    // records one (a passing test's trace cost about 0.8 s of CPU and was thrown away); locally each failure keeps its own.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS }
  }
})
