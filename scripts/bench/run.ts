// `npm run bench [-- --quick] [-- --only loader,build,weight,serve] [-- --write] [-- --port 3400]`
// Measures the loader, cold builds against the bare Next app in bench/floor-app, page weight and
// serving (the production server of `npm start`, scripts/start.mjs, against nginx with deploy/nginx.conf).
// Prints Markdown tables; with --write they go between the markers in docs/BENCHMARKS.md, which
// explains what each number means. Numbers only – no timed tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import {
  archiveMonthPath,
  articlePath,
  dataPath,
  feedPath,
  ressortPath,
  sitemapPath,
  topicPath,
} from '../../lib/paths';
import { benchServerBlock, buildTable, de, mib, sectionNames, serveTable, table, type ServeRun } from './report';
import {
  ensureBuilt,
  floorDataFile,
  generate,
  loadAverage,
  log,
  machine,
  markBuilt,
  readFloorData,
  root,
  siteEnv,
  startSite,
  startNginx,
  timedBuild,
  timedRebuilds,
  traffic,
  writeBenchmarks,
  type Server,
} from './tools';
import { measurePageWeight } from './weight';

const parts = ['loader', 'build', 'weight', 'serve'];
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string', default: parts.join(',') },
    write: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '3400' },
  },
});
const only = new Set(values.only.split(','));
if ([...only].some((part) => !parts.includes(part))) throw new Error(`--only: erlaubt sind ${parts.join(', ')}`);
const port = Number(values.port);
// The full run builds N = 100 last, so page weight and serving reuse that build.
const config = values.quick
  ? { loaderSizes: [50, 200], buildSizes: [40, 20], siteSize: 20, seconds: 2, warmup: 1 }
  : { loaderSizes: [1000, 10000], buildSizes: [1000, 4000, 100], siteSize: 100, seconds: 10, warmup: 3 };
const loadAtStart = loadAverage();
const t0 = performance.now();
const sections: Record<string, string> = {};

const sizes = new Set([
  ...(only.has('loader') ? config.loaderSizes : []),
  ...(only.has('build') ? config.buildSizes : []),
  ...(only.has('weight') || only.has('serve') ? [config.siteSize] : []),
]);
const loader = [];
for (const count of [...sizes].toSorted((a, b) => a - b)) {
  log(`Erzeuge und lade ${count} Artikel …`);
  const result = generate(count);
  if (config.loaderSizes.includes(count)) loader.push(result);
}
if (only.has('loader'))
  sections[sectionNames.loader] = table(
    ['Artikel', 'Zeit', 'je Artikel', 'Spitzen-RSS', 'davon vor dem Laden'],
    loader.map((result) => [
      de(result.count),
      `${de(result.ms)} ms`,
      `${de(result.ms / result.count, 2)} ms`,
      mib(result.peakRss),
      mib(result.baselineRss),
    ]),
  );

if (only.has('build')) {
  const builds = config.buildSizes.map((count) => {
    const loadBefore = loadAverage();
    log(`Builds N = ${count}: Floor-App …`);
    const floorEnv = { ...process.env, FLOOR_DATA: floorDataFile(count), NEXT_TELEMETRY_DISABLED: '1' };
    const floor = timedBuild(`floor-${count}`, ['bench/floor-app'], floorEnv, path.join(root, 'bench/floor-app/.next'));
    log(`Builds N = ${count}: unsere Website …`);
    const ours = timedBuild(`site-${count}`, [], siteEnv(count), path.join(root, '.next-bench'));
    markBuilt(count);
    // What an editor waits for: the next build after one change, measured once, at the first size.
    const rebuilds =
      count === config.buildSizes[0] ? { ...timedRebuilds(count), loadBefore: loadAverage() } : undefined;
    return { count, ours, floor, loadBefore, rebuilds };
  });
  sections[sectionNames.build] = buildTable(builds);
}

// The measured pages: an article from the middle of the generated set and the pages around it.
const data = only.has('weight') || only.has('serve') ? readFloorData(config.siteSize) : undefined;
const article = data?.articles[Math.floor(data.articles.length / 2)];
const pages = article && [
  { route: 'Startseite', path: '/' },
  { route: 'Artikel', path: articlePath(article.slug) },
  { route: 'Themenseite', path: topicPath(article.tags[0]!) },
  { route: 'Daten', path: dataPath },
];

async function withServer<T>(start: Promise<Server>, measure: (server: Server) => Promise<T>): Promise<T> {
  const server = await start;
  try {
    return await measure(server);
  } finally {
    await server.stop();
  }
}

if (only.has('weight') && pages) {
  log(`Seitengewicht (N = ${config.siteSize}) …`);
  ensureBuilt(config.siteSize);
  sections[sectionNames.weight] = await withServer(startSite(config.siteSize, port), (server) =>
    measurePageWeight(server.url, pages),
  );
}

if (only.has('serve') && pages && article) {
  log(`Ausliefern (N = ${config.siteSize}) …`);
  ensureBuilt(config.siteSize);
  ensureBuilt(config.siteSize, true);
  const mix = [
    ...pages.map((page) => page.path),
    ressortPath(article.ressort),
    archiveMonthPath(Number(article.month.slice(0, 4)), Number(article.month.slice(5))),
    feedPath,
    sitemapPath,
  ];
  const scenarios = [
    { scenario: 'Artikelseite', paths: [pages[1]!.path] },
    { scenario: 'Mischung', paths: mix },
  ] as const;
  const runs: ServeRun[] = [];
  const template = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');
  const servers = [
    ['npm start', () => startSite(config.siteSize, port)],
    ['nginx', () => startNginx(benchServerBlock(template, port + 1, path.join(root, '.out-bench')), port + 1)],
  ] as const;
  for (const [server, start] of servers) {
    await withServer(start(), async ({ url }) => {
      for (const { scenario, paths } of scenarios) {
        await traffic(url, paths, { connections: 64, seconds: config.warmup });
        for (const connections of [64, 256]) {
          log(`  ${server}, ${scenario}, ${connections} Verbindungen …`);
          const loadBefore = loadAverage();
          runs.push({
            server,
            scenario,
            connections,
            loadBefore,
            traffic: await traffic(url, paths, { connections, seconds: config.seconds }),
          });
          await sleep(1000); // let closed connections drain before the next run
        }
      }
    });
  }
  sections[sectionNames.serve] =
    `Artikelseite: \`${pages[1]!.path}\`; Mischung: ${mix.map((address) => `\`${address}\``).join(', ')}.\n\n${serveTable(runs)}`;
}

const minutes = (performance.now() - t0) / 60_000;
sections[sectionNames.machine] = [
  machine(),
  `- Gemessen am ${new Date().toISOString().slice(0, 10)} mit \`npm run bench${values.quick ? ' -- --quick' : ''}\` (${values.only}) in ${de(minutes, 1)} min; ` +
    `Systemlast (load average, 1 min) zu Beginn ${de(loadAtStart, 2)}, am Ende ${de(loadAverage(), 2)}.`,
].join('\n');

for (const [name, body] of Object.entries(sections)) console.log(`\n### ${name}\n\n${body}`);
if (values.write) writeBenchmarks(sections);
