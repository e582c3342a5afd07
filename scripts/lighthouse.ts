// `npm run lighthouse`: Lighthouse in its mobile preset on the home page, an article, a topic page
// and /daten of the production build, served by `next start` on a free port (built first if stale).
// Writes scores and LCP/TBT/CLS into docs/BENCHMARKS.md ("Lighthouse"). Exits 1 when accessibility,
// best practices or SEO are below 100 anywhere; performance depends on the machine's load, so it
// only warns unless `--strict` is given. LIGHTHOUSE_RUNS (default 3) runs per page; CHROME_PATH
// chooses the browser (default Debian's /usr/bin/chromium); LIGHTHOUSE_PORT fixes the server's port
// (default: a free one) and then Chromium's debugging port to the next one; LIGHTHOUSE_REPORT_DIR
// keeps every run's full report there as JSON (open with the Lighthouse viewer).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { getCatalog } from '../lib/content/catalog';
import { articlePath, dataPath, topicPath } from '../lib/paths';
import {
  categories,
  medianRun,
  renderSection,
  replaceMarkedSection,
  summarise,
  type PageResult,
  type PageRow,
} from './lighthouse-report';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const runsPerPage = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const strict = process.argv.includes('--strict');
const fixedPort = process.env.LIGHTHOUSE_PORT ? Number(process.env.LIGHTHOUSE_PORT) : undefined;
const reportDir = process.env.LIGHTHOUSE_REPORT_DIR;
const benchmarksFile = 'docs/BENCHMARKS.md';
// Headless without a GPU, and no calls home from a closed network.
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
/** A cold `next build` of the site takes minutes on a busy two-core machine. */
const serverStartTimeoutMs = 15 * 60_000;

if (!Number.isInteger(runsPerPage) || runsPerPage < 1)
  throw new Error(`LIGHTHOUSE_RUNS muss eine ganze Zahl ab 1 sein, ist aber „${process.env.LIGHTHOUSE_RUNS}“.`);
if (fixedPort !== undefined && !(Number.isInteger(fixedPort) && fixedPort > 0 && fixedPort < 65535))
  throw new Error(`LIGHTHOUSE_PORT muss eine Portnummer sein, ist aber „${process.env.LIGHTHOUSE_PORT}“.`);

function pagesToAudit() {
  const catalog = getCatalog();
  const article = catalog.lead() ?? catalog.articles[0];
  const topic = catalog.tagCounts().toSorted((a, b) => b.count - a.count)[0];
  if (!article || !topic)
    throw new Error('Für Lighthouse braucht es mindestens einen veröffentlichten Artikel mit Thema.');
  return [
    { label: 'Startseite', path: '/' },
    { label: 'Artikel', path: articlePath(article.slug) },
    { label: 'Themenseite', path: topicPath(topic.tag.slug) },
    { label: 'Daten', path: dataPath },
  ];
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** `node scripts/start.mjs` (build if stale, then `next start`), resolved once the home page answers. */
async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<never>((_, reject) =>
    server.once('exit', (code) =>
      reject(new Error(`Der Server hat sich beendet (Code ${code}), bevor er antwortete.`)),
    ),
  );
  const deadline = Date.now() + serverStartTimeoutMs;
  const answers = (async () => {
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    throw new Error(`Der Server antwortete nicht binnen ${serverStartTimeoutMs / 60_000} Minuten.`);
  })();
  try {
    await Promise.race([answers, exited]);
  } catch (error) {
    server.kill('SIGTERM');
    throw error;
  }
  return server;
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

function printPage(row: PageRow): void {
  const scores = categories.map((category) => `${category.label} ${row.scores[category.id] ?? '–'}`).join(' · ');
  const runs = row.performanceRuns.length > 1 ? ` (Performance je Lauf: ${row.performanceRuns.join(', ')})` : '';
  console.log(`\n${row.label} ${row.path}: ${scores}${runs}`);
  console.log(
    `  LCP ${(row.lcpMs / 1000).toFixed(2)} s · TBT ${Math.round(row.tbtMs)} ms · CLS ${row.cls.toFixed(3)} · Benchmark-Index ${Math.round(row.benchmarkIndex)}`,
  );
  for (const finding of row.findings) console.log(`  nicht bestanden: ${finding}`);
}

async function main(): Promise<void> {
  const pages = pagesToAudit();
  const loadAtStart = os.loadavg()[0]!;
  const port = fixedPort ?? (await freePort());
  console.log(`Starte den Produktionsserver auf Port ${port} …`);
  const server = await startServer(port);
  let chrome: Awaited<ReturnType<typeof launch>> | undefined;
  // Ctrl+C: leave neither the server nor Chromium running (Chromium runs in its own process group).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      chrome?.kill();
      server.kill(signal);
      process.exit(130);
    });
  }
  const rows: PageRow[] = [];
  let lighthouseVersion = '';
  let browserVersion = '';
  try {
    const browser = await launch({
      chromePath,
      chromeFlags,
      logLevel: 'error',
      ...(fixedPort ? { port: fixedPort + 1 } : {}),
    });
    chrome = browser;
    const version = (await (await fetch(`http://127.0.0.1:${browser.port}/json/version`)).json()) as {
      Browser: string;
    };
    browserVersion = version.Browser.replace(/^(Headless)?Chrome\//, 'Chromium ');
    for (const page of pages) {
      const runs: PageResult[] = [];
      for (let run = 1; run <= runsPerPage; run += 1) {
        console.log(`Lighthouse: ${page.path} (Lauf ${run} von ${runsPerPage}) …`);
        const result = await lighthouse(`http://127.0.0.1:${port}${page.path}`, {
          port: browser.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories.map((category) => category.id),
        });
        if (!result) throw new Error(`Lighthouse lieferte für ${page.path} kein Ergebnis.`);
        if (result.lhr.runtimeError)
          throw new Error(`Lighthouse-Fehler auf ${page.path}: ${result.lhr.runtimeError.message}`);
        lighthouseVersion = result.lhr.lighthouseVersion;
        if (reportDir) {
          mkdirSync(reportDir, { recursive: true });
          const name = `${page.path === '/' ? 'startseite' : page.path.slice(1).replaceAll('/', '_')}-${run}.json`;
          writeFileSync(path.join(reportDir, name), JSON.stringify(result.lhr));
        }
        runs.push(summarise(result.lhr, page.label, page.path));
      }
      rows.push(medianRun(runs));
    }
  } finally {
    chrome?.kill();
    await stopServer(server);
  }

  rows.forEach(printPage);
  const cpus = os.cpus();
  const machine = `Maschine: ${cpus.length} Kerne (${cpus[0]?.model.trim() ?? 'unbekannt'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB Speicher, Last (1 min) beim Start ${loadAtStart.toLocaleString('de-DE', { maximumFractionDigits: 1 })}.`;
  const section = renderSection(
    { date: new Date().toISOString().slice(0, 10), lighthouseVersion, browserVersion, machine, runsPerPage },
    rows,
  );
  writeFileSync(benchmarksFile, replaceMarkedSection(readFileSync(benchmarksFile, 'utf8'), 'lighthouse', section));
  console.log(`\nErgebnis in ${benchmarksFile} geschrieben (Abschnitt „Lighthouse“).`);

  const below = (ids: readonly string[]) =>
    rows.flatMap((row) =>
      categories
        .filter((category) => ids.includes(category.id) && (row.scores[category.id] ?? 0) < 100)
        .map((category) => `${row.path}: ${category.label} ${row.scores[category.id] ?? '–'}`),
    );
  const failures = below(['accessibility', 'best-practices', 'seo']);
  const performance = below(['performance']);
  if (performance.length > 0) {
    console.log(
      `\nPerformance unter 100 (hängt auch von der Last der Maschine ab, siehe Benchmark-Index): ${performance.join('; ')}`,
    );
    if (strict) failures.push(...performance);
  }
  if (failures.length > 0) {
    console.error(`\nUnter 100: ${failures.join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log(
      performance.length > 0
        ? '\nBarrierefreiheit, Best Practices und SEO überall bei 100.'
        : '\nAlle Kategorien auf allen Seiten bei 100.',
    );
  }
}

await main();
