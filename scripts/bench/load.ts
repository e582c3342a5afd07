// `npm run load [-- --write] [-- --count 1000] [-- --requests 100000] [-- --port 3402] [-- --phases load,storm]`
// The load test as a script, not a timed test: the production server (`npm start`, scripts/start.mjs)
// with generated articles, one continuous autocannon run of 100,000 requests on 256 connections over
// a mix of every kind of address; the first 30 s on their own, and the server's memory after every
// tenth of the requests (under load, then after a full GC: memory-probe.mjs). Then the connection
// storm (issue 17): 256 sockets opened in the same instant against the warm server, one GET each,
// every answer within 10 s; 3 rounds of 3 storms. Exit code 1 when a goal is missed. A smaller
// --count or --requests is a smoke run, not a measurement for the docs; `--phases storm` runs only
// the storms (after a short warm-up).
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  archiveMonthPath,
  articlePath,
  pagedPath,
  ressortPath,
  shareImagePath,
  searchManifestPath,
  searchTermsPath,
  staticPagePaths,
  topicFeedPath,
  topicPath,
} from '../../lib/paths';
import {
  de,
  loadGoals,
  loadTable,
  percentile,
  sectionNames,
  stormGoals,
  stormTable,
  type LoadResult,
  type StormRun,
} from './report';
import {
  ensureBuilt,
  generate,
  loadAverage,
  log,
  readFloorData,
  root,
  startSite,
  storm,
  traffic,
  work,
  writeBenchmarks,
} from './tools';

const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    count: { type: 'string', default: '1000' },
    requests: { type: 'string', default: '100000' },
    port: { type: 'string', default: process.env.LOAD_PORT ?? '3402' },
    phases: { type: 'string', default: 'load,storm' },
  },
});
const phases = new Set(values.phases.split(','));
if (phases.size === 0 || [...phases].some((phase) => phase !== 'load' && phase !== 'storm'))
  throw new Error(`--phases: erlaubt sind load und storm, nicht „${values.phases}“`);
const count = Number(values.count);
if (!Number.isInteger(count) || count < 20)
  throw new Error(`--count muss eine ganze Zahl ab 20 sein, nicht „${values.count}“`);
const amount = Number(values.requests);
if (!Number.isInteger(amount) || amount < 10 || amount % 10 !== 0)
  throw new Error(`--requests muss eine durch 10 teilbare ganze Zahl sein, nicht „${values.requests}“`);
const [connections, openingSeconds, step] = [256, 30, amount / 10];
/** The connection storm: rounds × storms, each `connections` sockets at once, answers within 10 s. */
const [stormRounds, stormsPerRound, stormPauseMs] = [3, 3, 2000];
const loadAtStart = loadAverage();

log(`Erzeuge ${count} Artikel …`);
generate(count);
ensureBuilt(count);
// Many different articles and listings, so the server's caches see a realistic spread, not one hot page.
const data = readFloorData(count);
const articles = data.articles
  .filter((_, index) => index % Math.max(1, Math.floor(data.articles.length / 200)) === 0)
  .slice(0, 200);
const tags = data.tags.filter((tag) => data.articles.some((article) => article.tags.includes(tag.slug)));
const months = [...new Set(data.articles.map((article) => article.month))].slice(0, 6);
const paths = [
  ...staticPagePaths,
  // The search's table of contents and one of its term files ("die" is in every article, real or generated).
  searchManifestPath,
  searchTermsPath('di'),
  ...[2, 3, 4, 5].map((page) => pagedPath('/', page)),
  ...articles.map((article) => articlePath(article.slug)),
  ...tags.map((tag) => topicPath(tag.slug)),
  ...tags.slice(0, 3).map((tag) => topicFeedPath(tag.slug)),
  ...data.ressorts.map((ressort) => ressortPath(ressort.slug)),
  ...months.map((month) => archiveMonthPath(Number(month.slice(0, 4)), Number(month.slice(5)))),
  shareImagePath(articles[0]!.slug),
];

const probeFile = path.join(work, 'load-memory-probe.jsonl');
rmSync(probeFile, { force: true });
const probe = pathToFileURL(path.join(root, 'scripts/bench/memory-probe.mjs')).href;
const server = await startSite(count, Number(values.port), {
  NODE_OPTIONS: `--expose-gc --import ${probe}`,
  MEMORY_PROBE_FILE: probeFile,
});
let result: LoadResult | undefined;
const storms: StormRun[][] = [];
try {
  const broken = [];
  for (const address of paths) {
    const response = await fetch(`${server.url}${address}`);
    await response.arrayBuffer();
    if (!response.ok) broken.push(`${address} → ${response.status}`);
  }
  if (broken.length > 0) log(`Achtung, diese Adressen antworten nicht mit 2xx:\n  ${broken.join('\n  ')}`);

  if (phases.has('load')) result = await steadyLoad();
  if (phases.has('storm')) {
    if (!phases.has('load')) {
      log('Aufwärmen: 10 s mit 32 Verbindungen …');
      await traffic(server.url, paths, { connections: 32, seconds: 10 });
    }
    for (let round = 1; round <= stormRounds; round++) {
      const runs: StormRun[] = [];
      for (let index = 1; index <= stormsPerRound; index++) {
        await sleep(stormPauseMs);
        // Each socket asks for another address of the mix, as readers would.
        const run = await storm(server.url, paths, { sockets: connections, timeoutMs: 10_000 });
        log(
          `Sturm ${round}.${index}: ${run.ok} von ${run.sockets} mit 2xx, ${run.timeouts} Timeouts, ${run.errors} Fehler, langsamste ${Math.round(run.max)} ms`,
        );
        runs.push(run);
      }
      storms.push(runs);
    }
  }
} finally {
  await server.stop();
}

async function steadyLoad(): Promise<LoadResult> {
  log(`${amount} Anfragen mit ${connections} Verbindungen auf ${paths.length} Adressen in einem Lauf …`);
  // One run from the first request to the last: separate runs would each open all connections in the
  // same instant, a connection storm rather than steady load (docs/BENCHMARKS.md, "Last und Speicher").
  const t0 = performance.now();
  const inOpening = () => performance.now() - t0 <= openingSeconds * 1000;
  const opening = { latencies: [] as number[], errors: 0, timeouts: 0, non2xx: 0 };
  const underLoad: { requests: number; rss: number }[] = [];
  let answered = 0;
  const whole = await traffic(
    server.url,
    paths,
    { connections, amount },
    (status, latency) => {
      if (inOpening()) {
        opening.latencies.push(latency);
        if (status < 200 || status > 299) opening.non2xx += 1;
      }
      if (++answered % step !== 0) return;
      const rss = Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1]) * 1024;
      underLoad.push({ requests: answered, rss });
      process.kill(server.pid, 'SIGUSR2'); // then a full GC and a reading of what the server retains
      log(`  ${answered} Anfragen, RSS ${Math.round(rss / 2 ** 20)} MiB`);
    },
    (timedOut) => {
      if (!inOpening()) return;
      opening.errors += 1;
      if (timedOut) opening.timeouts += 1;
    },
  );
  await sleep(1000);
  const afterGc = readFileSync(probeFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { rss: number; heapUsed: number });
  const { latencies, ...failures } = opening;
  return {
    whole,
    opening: {
      requests: latencies.length,
      seconds: Math.min(openingSeconds, whole.seconds), // a short smoke run ends before the 30 s
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      ...failures,
    },
    memory: underLoad.map((point, index) => ({ ...point, afterGc: afterGc[index]! })),
  };
}

const measured =
  `Gemessen am ${new Date().toISOString().slice(0, 10)} mit ${de(count)} Artikeln und ${paths.length} Adressen; ` +
  `Systemlast (load average, 1 min) zu Beginn ${de(loadAtStart, 2)}, am Ende ${de(loadAverage(), 2)}.`;
const sections: Record<string, string> = {};
if (result) sections[sectionNames.load] = `${measured}\n\n${loadTable(result)}`;
if (storms.length > 0) sections[sectionNames.storm] = `${measured}\n\n${stormTable(storms)}`;
for (const body of Object.values(sections)) console.log(`${body}\n`);
if (values.write) writeBenchmarks(sections);
const missed = [...(result ? loadGoals(result) : []), ...(storms.length > 0 ? stormGoals(storms) : [])].filter(
  (goal) => !goal.met,
);
if (missed.length > 0) {
  log(`Verfehlt: ${missed.map((goal) => goal.description).join('; ')}`);
  process.exitCode = 1;
}
