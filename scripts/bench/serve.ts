import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchConfig } from './config';
import { measuredPages, readFloorData } from './paths';
import type { ServeResult, ServeRun } from './report';
import { ensureExport, ensureNginx, startNext, startNginx, type RunningServer } from './servers';
import { ensureSiteBuilt } from './site-build';
import { ownProcessCpuMs, startForeignLoad, treeCpuMs } from './process-tree';
import { sendTraffic } from './traffic';

/**
 * The same site from `next start` and from nginx (static export), one server at a time: the same
 * article page and a mix of pages, each at every connection count, after a short warm-up.
 */
export async function measureServing(config: BenchConfig, log: (line: string) => void): Promise<ServeResult> {
  const count = config.siteSize;
  const pages = measuredPages(readFloorData(count));
  const nginx = ensureNginx(log);
  ensureSiteBuilt(count, log);
  const root = ensureExport(count, log);
  const runs: ServeRun[] = [];
  const scenarios = [
    { scenario: 'article', paths: [pages.article] },
    { scenario: 'mix', paths: pages.mix },
  ] as const;

  const measure = async (server: RunningServer) => {
    for (const { scenario, paths } of scenarios) {
      await sendTraffic({ url: server.url, paths, connections: config.connections[0]!, seconds: config.warmupSeconds });
      for (const connections of config.connections) {
        log(`  ${server.name}, ${scenario === 'article' ? 'Artikelseite' : 'Mischung'}, ${connections} Verbindungen …`);
        const meter = startForeignLoad(() => treeCpuMs(server.pid) + ownProcessCpuMs());
        const summary = await sendTraffic({ url: server.url, paths, connections, seconds: config.serveSeconds });
        runs.push({ server: server.name as ServeRun['server'], scenario, summary, foreignShare: meter.stop() });
        await sleep(1000); // let closed connections drain before the next run
      }
    }
  };

  for (const start of [() => startNext(count, config.port), () => startNginx(nginx.binary, root, config.port + 1)]) {
    const server = await start();
    try {
      await measure(server);
    } finally {
      await server.stop();
    }
  }
  return { count, article: pages.article, mix: pages.mix, runs };
}
