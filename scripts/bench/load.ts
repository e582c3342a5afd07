// `npm run load [-- --write] [-- --count 1000] [-- --port 3402]`
// Issue 8's load test as a script, not a timed test: next start with generated articles, one
// continuous run of 100,000 requests on 256 connections over a mix of addresses; errors, non-2xx
// answers, the first 30 s on their own, and the server's memory after every 10,000 requests.
// Exit code 1 when a goal is missed.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { floorDataFile, projectRoot, workDirectory } from './config';
import { updateDocument } from './docs';
import { generateContent } from './generate';
import { measureLoader } from './loader';
import { describeMachine } from './machine';
import { loadTestPaths, readFloorData } from './paths';
import { ownProcessCpuMs, startForeignLoad, treeCpuMs, treeMemory } from './process-tree';
import { loadGoals, loadSection, markdownReport, securityLoadSection, type LoadResult } from './report';
import { startNext } from './servers';
import { ensureSiteBuilt } from './site-build';
import { sendContinuousTraffic } from './traffic';

const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    count: { type: 'string', default: '1000' },
    port: { type: 'string', default: process.env.LOAD_PORT ?? '3402' },
  },
});
const count = Number(values.count);
const port = Number(values.port);
if (!Number.isInteger(count) || count < 20)
  throw new Error(`--count muss eine ganze Zahl ab 20 sein, nicht „${values.count}“`);

const connections = 256;
const openingSeconds = 30;
/** The first memory reading comes after this many answered requests, the next ones after each further step of it. */
const stepRequests = 10_000;
const allRequests = 100_000;

const started = performance.now();
const log = (line: string) =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const machine = describeMachine(undefined);

log(`Erzeuge ${count} Artikel …`);
generateContent(count);
measureLoader(count, floorDataFile(count));
const paths = loadTestPaths(readFloorData(count));
ensureSiteBuilt(count, log);
const memoryProbeFile = path.join(workDirectory, 'load-memory-probe.jsonl');
rmSync(memoryProbeFile, { force: true });
const server = await startNext(count, port, { memoryProbeFile });

let result: LoadResult;
try {
  const broken: string[] = [];
  for (const address of paths) {
    const response = await fetch(`${server.url}${address}`);
    await response.arrayBuffer();
    if (!response.ok) broken.push(`${address} → ${response.status}`);
  }
  if (broken.length > 0) log(`Achtung, diese Adressen antworten nicht mit 2xx:\n  ${broken.join('\n  ')}`);

  const meter = startForeignLoad(() => treeCpuMs(server.pid) + ownProcessCpuMs());
  const memory: LoadResult['memory'] = [];
  log(`${allRequests} Anfragen mit ${connections} Verbindungen in einem Lauf …`);
  // Read under load, at the same load each time: a pause before each reading would need a new run
  // afterwards, and a new run opens all connections at once (see sendContinuousTraffic).
  const { whole, opening } = await sendContinuousTraffic({
    url: server.url,
    paths,
    connections,
    amount: allRequests,
    windowSeconds: openingSeconds,
    progressEvery: stepRequests,
    onProgress: (answered) => {
      memory.push({ requests: answered, bytes: treeMemory(server.pid).total });
      // Then a full GC in the server and a reading of what it retains (scripts/bench/memory-probe.mjs).
      process.kill(server.pid, 'SIGUSR2');
      log(`  ${answered} Anfragen, Speicher ${Math.round(memory.at(-1)!.bytes / 2 ** 20)} MiB`);
    },
  });
  await sleep(1000);
  const retained = readFileSync(memoryProbeFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { rss: number; heapUsed: number });
  if (retained.length !== memory.length)
    throw new Error(`${memory.length} Speichermessungen, aber ${retained.length} nach GC`);
  memory.forEach((point, index) => (point.afterGc = retained[index]));
  result = { count, paths: paths.length, connections, opening, whole, memory, foreignShare: meter.stop() };
} finally {
  await server.stop();
}

const section = loadSection(result, machine);
console.log(markdownReport(new Map([['Last und Speicher', section]])));
if (values.write) {
  updateDocument(path.join(projectRoot, 'docs', 'BENCHMARKS.md'), new Map([['Last und Speicher', section]]));
  updateDocument(path.join(projectRoot, 'docs', 'security.md'), new Map([['Last', securityLoadSection(result)]]));
  log('docs/BENCHMARKS.md (Last und Speicher) und docs/security.md (Last) aktualisiert.');
}
const missed = loadGoals(result).filter((goal) => !goal.met);
if (missed.length > 0) {
  log(`Verfehlt: ${missed.map((goal) => goal.description).join('; ')}`);
  process.exitCode = 1;
}
