// `npm run bench [-- --quick] [-- --only loader,build,weight,serve] [-- --write] [-- --port 3400]`
// Measures the loader, the build against a bare Next app, page weight and serving (next start vs
// nginx), prints a Markdown report and with --write puts it into docs/BENCHMARKS.md.
// Numbers only – no timed tests; see docs/BENCHMARKS.md for what each one means.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureBuilds } from './build';
import { benchConfig, floorDataFile, parts, projectRoot, workDirectory, type Part } from './config';
import { updateDocument } from './docs';
import { generateContent } from './generate';
import { measureLoader } from './loader';
import { currentLoadAverage, describeMachine } from './machine';
import { measuredPages, readFloorData } from './paths';
import { benchmarkGoals, benchmarkSections, isNoisy, markdownReport, type BenchResults } from './report';
import { measureServing } from './serve';
import { ensureNginx, startNext } from './servers';
import { ensureSiteBuilt } from './site-build';
import { measurePageWeight } from './weight';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    write: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '3400' },
  },
});

const selected = new Set<Part>(values.only ? (values.only.split(',').map((part) => part.trim()) as Part[]) : parts);
for (const part of selected) {
  if (!parts.includes(part)) {
    console.error(`Unbekannter Teil „${part}“ (erlaubt: ${parts.join(', ')})`);
    process.exit(2);
  }
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1024 || port > 65534) {
  console.error(`--port muss eine Portnummer von 1024 bis 65534 sein, nicht „${values.port}“`);
  process.exit(2);
}

const config = benchConfig({ quick: values.quick, port });
const started = performance.now();
const log = (line: string) =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
mkdirSync(workDirectory, { recursive: true });

const nginx = selected.has('serve') ? ensureNginx(log) : undefined;
const results: BenchResults = {
  machine: describeMachine(nginx?.version),
  quick: config.quick,
  durationMs: 0,
  loadAverageAtEnd: 0,
};

// Every size any part needs: generated content and, for built sizes, the floor app's data.
const siteSizes = new Set<number>([
  ...(selected.has('build') ? config.buildSizes : []),
  ...(selected.has('weight') || selected.has('serve') ? [config.siteSize] : []),
]);
const sizes = [...new Set([...(selected.has('loader') ? config.loaderSizes : []), ...siteSizes])].toSorted(
  (a, b) => a - b,
);
const loader = [];
for (const count of sizes) {
  log(`Erzeuge ${count} Artikel …`);
  generateContent(count);
  // The loader child writes the floor data after its measurement, so sizes needed for both cost one load.
  const result = measureLoader(count, siteSizes.has(count) ? floorDataFile(count) : undefined);
  if (selected.has('loader')) {
    log(`  geladen in ${Math.round(result.ms)} ms`);
    if (config.loaderSizes.includes(count)) loader.push(result);
  }
}
if (selected.has('loader')) results.loader = loader;

if (selected.has('build')) {
  log('Builds …');
  results.builds = [];
  for (const count of config.buildSizes) results.builds.push(await measureBuilds(count, log));
}

if (selected.has('weight')) {
  log(`Seitengewicht (N = ${config.siteSize}) …`);
  ensureSiteBuilt(config.siteSize, log);
  const server = await startNext(config.siteSize, config.port);
  try {
    results.weight = {
      count: config.siteSize,
      pages: await measurePageWeight(server.url, measuredPages(readFloorData(config.siteSize)).routes),
    };
  } finally {
    await server.stop();
  }
}

if (selected.has('serve')) {
  log(`Ausliefern (N = ${config.siteSize}) …`);
  results.serve = await measureServing(config, log);
}

results.durationMs = performance.now() - started;
results.loadAverageAtEnd = currentLoadAverage();
const sections = benchmarkSections(results);
console.log(markdownReport(sections));
const goals = benchmarkGoals(results);
log(`Fertig nach ${Math.round(results.durationMs / 1000)} s.`);
if (values.write) {
  const written = updateDocument(path.join(projectRoot, 'docs', 'BENCHMARKS.md'), sections);
  log(`docs/BENCHMARKS.md aktualisiert: ${written.join(', ')}`);
}
if (goals.some((goal) => !goal.met))
  log(`Verfehlte Ziele: ${goals.filter((goal) => !goal.met).length} von ${goals.length} (siehe Bericht).`);
if (goals.some(isNoisy))
  log(
    `Nicht belastbar wegen anderer Last auf der Maschine: ${goals.filter(isNoisy).length} von ${goals.length} Urteilen – auf einer ruhigen Maschine wiederholen.`,
  );
