import { describe, expect, it } from 'vitest';
import {
  benchServerBlock,
  buildGoals,
  buildPhases,
  percentile,
  replaceMarked,
  servingGoals,
  type BuildRun,
  type ServeRun,
} from '@/scripts/bench/report';

const build = (seconds: number): BuildRun => ({
  wallMs: seconds * 1000,
  cpuMs: 0,
  peakRss: 0,
  routes: 0,
  phases: { compile: 0, typescript: 0, collect: 0, generate: 0 },
});
const traffic = (requests: number) => ({ requests, seconds: 10, p50: 1, p99: 2, errors: 0, timeouts: 0, non2xx: 0 });

describe('bench report', () => {
  it('judges the build ratio and linear growth', () => {
    const goals = buildGoals([
      { count: 1000, ours: build(60), floor: build(20), loadBefore: 0 },
      { count: 4000, ours: build(200), floor: build(70), loadBefore: 0 },
    ]);
    expect(goals.map((goal) => goal.met)).toEqual([false, true]);
  });

  it('judges next start’s share of nginx on the same article page', () => {
    const run = (server: ServeRun['server'], requests: number): ServeRun => ({
      server,
      scenario: 'Artikelseite',
      connections: 64,
      traffic: traffic(requests),
      loadBefore: 0,
    });
    expect(servingGoals([run('next start', 300), run('nginx', 1000)])[0]?.met).toBe(true);
    expect(servingGoals([run('next start', 200), run('nginx', 1000)])[0]?.met).toBe(false);
  });

  it('reads percentiles by nearest rank and phases from Next’s trace', () => {
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([], 0.99)).toBe(0);
    const trace = JSON.stringify([{ name: 'run-turbopack', duration: 2_000_000 }]);
    expect(buildPhases(trace).compile).toBe(2000);
  });

  it('replaces only what stands between the markers', () => {
    const doc = 'a\n<!-- bench:x -->\nold\n<!-- /bench:x -->\nb';
    expect(replaceMarked(doc, 'x', 'new')).toBe('a\n<!-- bench:x -->\nnew\n<!-- /bench:x -->\nb');
    expect(() => replaceMarked('a', 'x', 'new')).toThrow();
  });

  it('points deploy/nginx.conf at the benchmark port and export only', () => {
    const block = benchServerBlock('server {\n  listen 80;\n  listen [::]:80;\n  root /srv;\n}\n', 3601, '/out');
    expect(block).toContain('listen 127.0.0.1:3601;');
    expect(block.match(/^\s*listen /gm)).toHaveLength(1);
    expect(block).toContain('root /out;');
    expect(() => benchServerBlock('server {}', 1, '/out')).toThrow(/listen/);
  });
});
