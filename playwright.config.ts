import { defineConfig, devices } from '@playwright/test'

/**
 * Browser tests against the production build, in Debian's Chromium (never a downloaded browser).
 * The global setup creates a fresh database, seeds it, builds the site if its sources changed and
 * starts `next start` on a free port; its teardown stops the server and drops the database.
 * Set E2E_BASE_URL to test a server you started yourself instead.
 */
const launchOptions = {
  chromiumSandbox: false,
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/globalSetup.ts',
  outputDir: 'test-results/e2e',
  // One worker: the tests share one server and some change site settings.
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  reporter: [['list']],
  use: {
    launchOptions,
    locale: 'fr-CA',
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined, launchOptions } },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], channel: undefined, launchOptions },
      testMatch: '**/*.phone.spec.ts',
    },
  ],
})
