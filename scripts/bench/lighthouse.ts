// `npm run lighthouse`: Lighthouse CI (lighthouserc.cjs) on the home page, the lead article, the
// largest topic and /daten of the production build under `npm start` (scripts/start.mjs, built first
// when stale), then the median runs' scores and LCP/TBT/CLS into docs/BENCHMARKS.md, section
// Lighthouse. Exit code 1 when LHCI's assertions fail.
// LIGHTHOUSE_RUNS (default 3), LIGHTHOUSE_STRICT=1, CHROME_PATH, LIGHTHOUSE_PORT (default: a free one).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import { getCatalog } from '../../lib/content/catalog';
import { articlePath, dataPath, topicPath } from '../../lib/paths';
import { de, lighthouseTable, sectionNames, type LighthouseRun } from './report';
import { root, writeBenchmarks } from './tools';

const catalog = getCatalog();
const article = catalog.lead() ?? catalog.articles[0];
const topic = catalog.tagCounts().toSorted((a, b) => b.count - a.count)[0];
if (!article || !topic)
  throw new Error('Für Lighthouse braucht es mindestens einen veröffentlichten Artikel mit Thema.');
const pages = [
  { label: 'Startseite', path: '/' },
  { label: 'Artikel', path: articlePath(article.slug) },
  { label: 'Themenseite', path: topicPath(topic.tag.slug) },
  { label: 'Daten', path: dataPath },
];

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const port = process.env.LIGHTHOUSE_PORT ?? String(await freePort());
const lhciBin = createRequire(import.meta.url).resolve('@lhci/cli/src/cli.js');
const lhci = (...args: string[]) =>
  spawnSync(process.execPath, [lhciBin, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, PORT: port } })
    .status;
const loadAtStart = os.loadavg()[0]!;

rmSync('.lighthouseci', { recursive: true, force: true });
if (lhci('collect', ...pages.map((page) => `--url=http://127.0.0.1:${port}${page.path}`)) !== 0) process.exit(1);
lhci('upload');
const asserted = lhci('assert');

const manifest = JSON.parse(readFileSync('.lighthouseci/report/manifest.json', 'utf8')) as {
  url: string;
  isRepresentativeRun: boolean;
  jsonPath: string;
}[];
let version = '';
const runs: LighthouseRun[] = manifest.map((entry) => {
  const lhr = JSON.parse(readFileSync(entry.jsonPath, 'utf8')) as {
    lighthouseVersion: string;
    environment: { benchmarkIndex: number };
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  version = `Lighthouse ${lhr.lighthouseVersion}`;
  return {
    path: new URL(entry.url).pathname,
    representative: entry.isRepresentativeRun,
    scores: Object.fromEntries(Object.entries(lhr.categories).map(([id, category]) => [id, category.score])),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
});
const chromium = spawnSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout;
const body =
  `Gemessen am ${new Date().toISOString().slice(0, 10)} mit \`npm run lighthouse\` (${version}, ${/Chromium [\d.]+/.exec(chromium)?.[0] ?? chromium.trim()}), ` +
  `Systemlast (load average, 1 min) zu Beginn ${de(loadAtStart, 2)}, am Ende ${de(os.loadavg()[0]!, 2)}.\n\n${lighthouseTable(pages, runs)}`;
console.log(`\n${body}`);
writeBenchmarks({ [sectionNames.lighthouse]: body });
process.exitCode = asserted === 0 ? 0 : 1;
