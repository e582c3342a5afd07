import { defineConfig, devices } from '@playwright/test';
import { generatedSite } from './tests/e2e/generated-site';
import { hostileSite } from './tests/e2e/hostile-site';
import { testRepositoryUrl } from './tests/e2e/site-env';

/** Debian's Chromium: Playwright's own browser download is not available on our machines. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * E2E_PORT moves all test servers: the site on it and + 1, the fixture site on + 2 and + 3, the
 * generated site on + 4, the hostile site (XSS corpus) on + 5.
 */
const serverPort = Number(process.env.E2E_PORT ?? 3100);
const exportPort = serverPort + 1;
const fixtureServerPort = serverPort + 2;
const fixtureExportPort = serverPort + 3;
const generatedServerPort = serverPort + 4;
const hostileExportPort = serverPort + 5;

/**
 * A small fixture site (tests/fixtures/site) built with a fixed "now": a draft, a scheduled
 * article, a correction and a renamed article, so the publish rule and redirects are tested on
 * real builds of both kinds.
 */
const fixtureEnv = { CONTENT_DIR: 'tests/fixtures/site', BUILD_NOW: '2025-12-02T12:00:00+01:00' };

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
  // Started one after the other: the export builds run first (they use .next/ on the way), then the
  // server builds; the fixture site's server build lives in .next-fixture/, the generated site's
  // (synthetic articles for paging and the archive, see tests/e2e/generated-site.ts) in .next-generated/.
  // The hostile site (tests/e2e/hostile-site.ts) is a static export only, served without its _headers
  // (no Content-Security-Policy): nothing but the markup itself stands between a payload and the reader.
  webServer: [
    {
      command: `node --import tsx tests/fixtures/xss/write-hostile-site.ts --out ${hostileSite.contentDir} && node scripts/build-export.mjs --out ${hostileSite.outDir} && node scripts/serve-static.mjs ${hostileExportPort} ${hostileSite.outDir} --no-headers`,
      url: `http://127.0.0.1:${hostileExportPort}/`,
      env: { CONTENT_DIR: hostileSite.contentDir, BUILD_NOW: hostileSite.buildNow },
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: `node scripts/build-export.mjs --out .out-fixture && node scripts/serve-static.mjs ${fixtureExportPort} .out-fixture`,
      url: `http://127.0.0.1:${fixtureExportPort}/`,
      env: fixtureEnv,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: `node scripts/build-export.mjs && node scripts/serve-static.mjs ${exportPort}`,
      url: `http://127.0.0.1:${exportPort}/`,
      env: { REPOSITORY_URL: testRepositoryUrl },
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: 'node scripts/start.mjs',
      url: `http://127.0.0.1:${serverPort}/`,
      env: { PORT: String(serverPort), REPOSITORY_URL: testRepositoryUrl },
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: 'node scripts/start.mjs',
      url: `http://127.0.0.1:${fixtureServerPort}/`,
      env: { ...fixtureEnv, PORT: String(fixtureServerPort), NEXT_DIST_DIR: '.next-fixture' },
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: `node --import tsx scripts/generate-articles.ts --out ${generatedSite.contentDir} --count ${generatedSite.count} --seed ${generatedSite.seed} && node scripts/start.mjs`,
      url: `http://127.0.0.1:${generatedServerPort}/`,
      env: {
        CONTENT_DIR: generatedSite.contentDir,
        BUILD_NOW: generatedSite.buildNow,
        PORT: String(generatedServerPort),
        NEXT_DIST_DIR: generatedSite.distDir,
      },
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
  ],
  projects: [
    {
      name: 'next-start',
      testIgnore: [/static-export\.spec\.ts/, /fixture-site/, /generated-site/, /hostile-site/],
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${serverPort}` },
    },
    {
      name: 'static-export',
      testMatch: /static-export\.spec\.ts/,
      testIgnore: [/fixture-site/, /generated-site/, /hostile-site/],
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${exportPort}` },
    },
    {
      name: 'fixture-next-start',
      testMatch: /fixture-site\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${fixtureServerPort}` },
    },
    {
      name: 'fixture-static-export',
      testMatch: /fixture-site\.static-export\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${fixtureExportPort}` },
    },
    {
      name: 'hostile-static-export',
      testMatch: /hostile-site\.static-export\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${hostileExportPort}` },
    },
    {
      name: 'generated-next-start',
      testMatch: /generated-site\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${generatedServerPort}` },
    },
  ],
});
