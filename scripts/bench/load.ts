// `npm run load [-- --write] [-- --count 1000] [-- --port 3402]`
// Issue 8's load test as a script, not a timed test: next start with generated articles, 256
// connections on a mix of addresses; errors, non-2xx answers and the server's memory after the
// first 10,000 and after 100,000 requests. Exit code 1 when a goal is missed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { floorDataFile, projectRoot } from './config';
import { updateDocument } from './docs';
import { generateContent } from './generate';
import { measureLoader } from './loader';
import { describeMachine } from './machine';
import { loadTestPaths, readFloorData } from './paths';
import { ownProcessCpuMs, startForeignLoad, treeCpuMs, treeMemory } from './process-tree';
import { loadGoals, loadSection, markdownReport, securityLoadSection, type LoadResult } from './report';
import { startNext } from './servers';
import { ensureSiteBuilt } from './site-build';
import { sendTraffic, type TrafficSummary } from './traffic';

const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    count: { type: 'string', default: '1000' },
    port: { type: 'string', default: process.env.LOAD_PORT ?? '3402' },
  },
});
const count = Number(values.count);
const port = Number(values.port);
if (!Number.isInteger(count) || count < 20) throw new Error(`--count muss eine ganze Zahl ab 20 sein, nicht „${values.count}“`);

const connections = 256;
const burstSeconds = 30;
/** The first memory reading comes after this many requests, the next ones after each further step of it. */
const stepRequests = 10_000;
const allRequests = 100_000;

const started = performance.now();
const log = (line: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const machine = describeMachine(undefined);

log(`Erzeuge ${count} Artikel …`);
generateContent(count);
measureLoader(count, floorDataFile(count));
const paths = loadTestPaths(readFloorData(count));
ensureSiteBuilt(count, log);
const server = await startNext(count, port);

/** RSS of the server after a short pause, so sockets of the last phase are closed. */
async function serverMemory(): Promise<number> {
  await sleep(2000);
  return treeMemory(server.pid).total;
}

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
  const phases: TrafficSummary[] = [];
  const memory: LoadResult['memory'] = [];
  const done = () => phases.reduce((sum, phase) => sum + phase.requests, 0);
  const step = async (options: { amount: number } | { seconds: number }) => {
    phases.push(await sendTraffic({ url: server.url, paths, connections, ...options }));
    memory.push({ requests: done(), bytes: await serverMemory() });
    log(`  ${done()} Anfragen, Speicher ${Math.round(memory.at(-1)!.bytes / 2 ** 20)} MiB`);
  };
  log(`${stepRequests} Anfragen mit ${connections} Verbindungen …`);
  await step({ amount: stepRequests });
  log(`${burstSeconds} s Dauerlast …`);
  await step({ seconds: burstSeconds });
  const burst = phases.at(-1)!;
  log(`weiter bis ${allRequests} Anfragen …`);
  // Failed requests do not count: each step asks for the rest, at most 10,000 at a time.
  for (let attempts = 0; done() < allRequests && attempts < 20; attempts += 1) {
    await step({ amount: Math.min(stepRequests, allRequests - done()) });
  }
  const sum = (field: 'errors' | 'timeouts' | 'non2xx') => phases.reduce((total, phase) => total + phase[field], 0);
  result = {
    count,
    paths: paths.length,
    connections,
    burst,
    burstSeconds,
    totalRequests: done(),
    totalErrors: sum('errors'),
    totalTimeouts: sum('timeouts'),
    totalNon2xx: sum('non2xx'),
    memory,
    foreignShare: meter.stop(),
  };
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
