// Loaded into the server by the load test (NODE_OPTIONS="--expose-gc --import …"), never in production.
// On SIGUSR2 it runs a full garbage collection and appends the memory that is still in use to
// the file named by MEMORY_PROBE_FILE, one JSON line per signal: what the server retains, without
// the garbage that happens to be on the heap at that moment under load.
import { appendFileSync } from 'node:fs';

process.on('SIGUSR2', () => {
  globalThis.gc();
  const { rss, heapUsed } = process.memoryUsage();
  appendFileSync(process.env.MEMORY_PROBE_FILE, `${JSON.stringify({ rss, heapUsed })}\n`);
});
