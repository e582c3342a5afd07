import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download is not available on our machines. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** E2E_PORT moves both test servers (next start on it, the static export on it + 1). */
const serverPort = Number(process.env.E2E_PORT ?? 3100);
const exportPort = serverPort + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // A closed network: keep Chromium from phoning home at every start.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    },
  },
  // Started one after the other: the export build runs first, then the server build replaces it in .next/.
  webServer: [
    {
      command: `node scripts/build-export.mjs && node scripts/serve-static.mjs ${exportPort}`,
      url: `http://127.0.0.1:${exportPort}/`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: 'node scripts/start.mjs',
      url: `http://127.0.0.1:${serverPort}/`,
      env: { PORT: String(serverPort) },
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
  ],
  projects: [
    {
      name: 'next-start',
      testIgnore: /static-export\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${serverPort}` },
    },
    {
      name: 'static-export',
      testMatch: /static-export\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${exportPort}` },
    },
  ],
});
