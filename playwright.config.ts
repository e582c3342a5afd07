import { defineConfig, devices, type PlaywrightTestConfig, type Project } from '@playwright/test';
import type { TestOptions } from './tests/e2e/fixtures';
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
 * Two tiers of end-to-end tests (see README, "Tests"):
 * - `everyday` (`npm test`): the real site, one production build under `next start`.
 * - `matrix` (the rest of `npm run test:all`): the static export, the fixture site, the generated site and
 *   the hostile site, each a build of its own.
 * `all` runs both in one Playwright run. Every test belongs to exactly one tier, so `npm test` followed by
 * the matrix (what `.ci/run` and CI do) runs each test once.
 */
const tiers = ['everyday', 'matrix', 'all'] as const;
type Tier = (typeof tiers)[number];
const tier = (process.env.E2E_TIER ?? 'everyday') as Tier;
if (!tiers.includes(tier)) throw new Error(`E2E_TIER muss ${tiers.join(', ')} sein, nicht „${tier}“`);

/**
 * A small fixture site (tests/fixtures/site) built with a fixed "now": a draft, a scheduled
 * article, a correction and a renamed article, so the publish rule and redirects are tested on
 * real builds of both kinds.
 */
const fixtureEnv = { CONTENT_DIR: 'tests/fixtures/site', BUILD_NOW: '2025-12-02T12:00:00+01:00' };

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, readonly unknown[]>[number];
const server = (command: string, port: number, env: Record<string, string> = {}): WebServer => ({
  command,
  url: `http://127.0.0.1:${port}/`,
  env,
  timeout: 600_000,
  reuseExistingServer: false,
  stdout: 'pipe',
});

/** Spec files that hold one definition for both kinds of build; the project says which one it serves. */
const bothBuilds = /\/(feeds|hardening|article-page)\.spec\.ts$/;
const desktop = devices['Desktop Chrome'];
const project = (
  name: string,
  port: number,
  selection: Omit<Project<TestOptions>, 'name' | 'use'>,
  use: TestOptions = {},
) => ({
  name,
  ...selection,
  use: { ...desktop, baseURL: `http://127.0.0.1:${port}`, ...use },
});

/** The site under `next start`: the everyday tier's one build. */
const siteServer = server('node scripts/start.mjs', serverPort, {
  PORT: String(serverPort),
  REPOSITORY_URL: testRepositoryUrl,
});

const siteSpecsOnly = { testIgnore: [/static-export\.spec\.ts/, /fixture-site/, /generated-site/, /hostile-site/] };
/** Per-page checks on the pages beyond one of each kind (tests/e2e/fixtures.ts, `sweep`): matrix tier only. */
const sweepTag = /@sweep/;

const everyday = {
  // Started one after the other (Playwright starts web servers in order).
  webServers: [siteServer],
  projects: [project('next-start', serverPort, { ...siteSpecsOnly, grepInvert: sweepTag })],
};

const matrix = {
  // Started one after the other. The export builds come first: on the way they move the site's server build
  // in .next/ aside and back (scripts/build-export.mjs), which no server may be running from. Then the site
  // under `next start` (after `npm test` its build is current and only starts): budgets.static-export.spec.ts
  // reads its manifests. The hostile site (tests/e2e/hostile-site.ts) is a static export only, served without
  // its _headers (no Content-Security-Policy): nothing but the markup itself stands between a payload and the
  // reader. The fixture site's server build lives in .next-fixture/, the generated site's (synthetic articles
  // for paging and the archive, see tests/e2e/generated-site.ts) in .next-generated/.
  webServers: [
    server(
      `node --import tsx tests/fixtures/xss/write-hostile-site.ts --out ${hostileSite.contentDir} && node scripts/build-export.mjs --out ${hostileSite.outDir} && node scripts/serve-static.mjs ${hostileExportPort} ${hostileSite.outDir} --no-headers`,
      hostileExportPort,
      { CONTENT_DIR: hostileSite.contentDir, BUILD_NOW: hostileSite.buildNow },
    ),
    server(
      `node scripts/build-export.mjs --out .out-fixture && node scripts/serve-static.mjs ${fixtureExportPort} .out-fixture`,
      fixtureExportPort,
      fixtureEnv,
    ),
    server(`node scripts/build-export.mjs && node scripts/serve-static.mjs ${exportPort}`, exportPort, {
      REPOSITORY_URL: testRepositoryUrl,
    }),
    siteServer,
    server('node scripts/start.mjs', fixtureServerPort, {
      ...fixtureEnv,
      PORT: String(fixtureServerPort),
      NEXT_DIST_DIR: '.next-fixture',
    }),
    server(
      `node --import tsx scripts/generate-articles.ts --out ${generatedSite.contentDir} --count ${generatedSite.count} --seed ${generatedSite.seed} --busy-month ${generatedSite.busyMonth} && node scripts/start.mjs`,
      generatedServerPort,
      {
        CONTENT_DIR: generatedSite.contentDir,
        BUILD_NOW: generatedSite.buildNow,
        PORT: String(generatedServerPort),
        NEXT_DIST_DIR: generatedSite.distDir,
      },
    ),
  ],
  projects: [
    project('next-start-sweep', serverPort, { ...siteSpecsOnly, grep: sweepTag }),
    project(
      'static-export',
      exportPort,
      {
        testMatch: [/static-export\.spec\.ts/, bothBuilds],
        testIgnore: [/fixture-site/, /generated-site/, /hostile-site/],
      },
      { host: 'static-host' },
    ),
    project('fixture-next-start', fixtureServerPort, { testMatch: /fixture-site\.spec\.ts/ }),
    project(
      'fixture-static-export',
      fixtureExportPort,
      { testMatch: /fixture-site\.static-export\.spec\.ts/ },
      { host: 'static-host' },
    ),
    project(
      'hostile-static-export',
      hostileExportPort,
      { testMatch: /hostile-site\.static-export\.spec\.ts/ },
      { host: 'static-host' },
    ),
    project('generated-next-start', generatedServerPort, { testMatch: /generated-site\.spec\.ts/ }),
  ],
};

const selected =
  tier === 'everyday'
    ? everyday
    : tier === 'matrix'
      ? matrix
      : { webServers: matrix.webServers, projects: [...everyday.projects, ...matrix.projects] };

export default defineConfig<TestOptions>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  // A page with axe or a dozen navigations takes a few seconds on a quiet machine, but over 30 s (Playwright's
  // default) when other builds load the shared 2-core machine: fail on a hang, not on load.
  timeout: 60_000,
  // The matrix keeps its own results beside the everyday run's, so CI keeps both.
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: tier === 'matrix' ? 'playwright-report/matrix' : 'playwright-report' }],
  ],
  outputDir: tier === 'matrix' ? 'test-results/matrix' : 'test-results',
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // A closed network: keep Chromium from phoning home at every start.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    },
  },
  webServer: selected.webServers,
  projects: selected.projects,
});
