import { describe, expect, it } from 'vitest';
import {
  cpuTicks,
  foreignShare,
  machineBusyMs,
  parentPid,
  processTree,
  statusBytes,
  treeCpuMs,
} from '@/scripts/bench/process-tree';
import { summarise, TrafficWindow } from '@/scripts/bench/traffic';
import { buildPhases } from '@/scripts/bench/trace';
import { resourceKind, wireBytes } from '@/scripts/bench/weight';

describe('reading /proc', () => {
  it('finds the parent pid even when the command name holds spaces and parentheses', () => {
    expect(parentPid('4242 (next-server (v16)) S 4200 4242 4200 0 -1 4194560')).toBe(4200);
  });

  it('reads VmRSS and VmHWM in bytes', () => {
    const status = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n';
    expect(statusBytes(status, 'VmRSS')).toBe(102400 * 1024);
    expect(statusBytes(status, 'VmHWM')).toBe(204800 * 1024);
    expect(statusBytes('Name:\tkthreadd\n', 'VmRSS')).toBeUndefined();
  });

  it('adds user, system and reaped children’s CPU ticks (fields 14 to 17)', () => {
    const stat = '4242 (next-server (v16)) S 4200 4242 4200 0 -1 4194560 100 0 0 0 150 30 12 8 20 0 11 0 5000';
    expect(cpuTicks(stat)).toBe(150 + 30 + 12 + 8);
  });

  it('lists this process as the root of its own tree and reads its CPU time', () => {
    expect(processTree(process.pid)[0]).toBe(process.pid);
    expect(treeCpuMs(process.pid)).toBeGreaterThan(0);
  });
});

describe('load from other processes', () => {
  it('reads the machine’s busy time from /proc/stat without idle and iowait', () => {
    const stat = 'cpu  1000 50 300 9000 400 10 20 5 0 0\ncpu0 500 25 150 4500 200 5 10 2 0 0\n';
    expect(machineBusyMs(stat)).toBe(((1000 + 50 + 300 + 10 + 20 + 5) / 100) * 1000);
  });

  it('counts what the machine did beyond our own CPU time, as a share of its capacity', () => {
    expect(foreignShare({ machineBusyMs: 30_000, ownCpuMs: 10_000, wallMs: 20_000, cores: 2 })).toBe(0.5);
    expect(foreignShare({ machineBusyMs: 9_000, ownCpuMs: 10_000, wallMs: 20_000, cores: 2 })).toBe(0);
    expect(foreignShare({ machineBusyMs: 0, ownCpuMs: 0, wallMs: 0, cores: 2 })).toBe(0);
  });
});

describe('summarising autocannon', () => {
  it('counts completed requests over the whole run and keeps errors and non-2xx apart', () => {
    expect(
      summarise({
        duration: 10.5,
        connections: 64,
        errors: 2,
        timeouts: 1,
        non2xx: 3,
        requests: { total: 2100 },
        latency: { p50: 20, p99: 310 },
      }),
    ).toEqual({
      connections: 64,
      seconds: 10.5,
      requests: 2100,
      requestsPerSecond: 200,
      p50: 20,
      p99: 310,
      errors: 2,
      timeouts: 1,
      non2xx: 3,
    });
  });
});

describe('the opening stretch of a continuous run', () => {
  it('counts only what ended within its seconds: answers, their latencies, non-2xx, errors and timeouts', () => {
    const opening = new TrafficWindow(30, 256);
    opening.response(1_000, 200, 100);
    opening.response(2_000, 200, 300);
    opening.response(3_000, 404, 200);
    opening.error(10_000, true);
    opening.error(12_000, false);
    opening.response(30_001, 500, 9_000);
    opening.error(31_000, true);
    expect(opening.summary()).toEqual({
      connections: 256,
      seconds: 30,
      requests: 3,
      requestsPerSecond: 0.1,
      p50: 200,
      p99: 300,
      errors: 2,
      timeouts: 1,
      non2xx: 1,
    });
  });

  it('reports zeros, not NaN, when nothing ended in time', () => {
    expect(new TrafficWindow(30, 256).summary()).toMatchObject({ requests: 0, p50: 0, p99: 0 });
  });
});

describe('page weight', () => {
  it('sorts what the browser loaded into HTML, CSS, JS, fonts, images and Next’s prefetches', () => {
    expect(resourceKind('document', 'http://x/')).toBe('html');
    expect(resourceKind('stylesheet', 'http://x/a.css')).toBe('css');
    expect(resourceKind('script', 'http://x/a.js')).toBe('js');
    expect(resourceKind('font', 'http://x/a.woff2')).toBe('font');
    expect(resourceKind('fetch', 'http://x/themen?_rsc=abc')).toBe('prefetch');
    expect(resourceKind('fetch', 'http://x/suchindex.json.gz')).toBe('other');
  });

  it('weighs text gzipped and already compressed files as they are', () => {
    const text = Buffer.from('<p>Hallo</p>'.repeat(500));
    const gzipped = wireBytes('html', text);
    expect(gzipped).toBeLessThan(text.length / 10);
    expect(wireBytes('font', text)).toBe(text.length);
  });
});

describe('build phases from Next’s trace file', () => {
  it('adds up the spans of each phase, in milliseconds, and counts missing ones as 0', () => {
    const trace = [
      JSON.stringify([
        { name: 'run-turbopack', duration: 21_800_000, id: 14, parentId: 1 },
        { name: 'check-page', duration: 3_000, id: 30, parentId: 27 },
      ]),
      JSON.stringify([
        { name: 'static-check', duration: 3_592_369, id: 27, parentId: 1 },
        { name: 'static-generation', duration: 63_000_000, id: 49, parentId: 1 },
      ]),
      '',
    ].join('\n');
    expect(buildPhases(trace)).toEqual({ compile: 21_800, typescript: 0, collect: 3_592.369, generate: 63_000 });
  });
});
