import { describe, expect, it } from 'vitest';
import { parentPid, processTree, statusBytes } from '@/scripts/bench/process-tree';
import { summarise } from '@/scripts/bench/traffic';
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

  it('lists this process as the root of its own tree', () => {
    expect(processTree(process.pid)[0]).toBe(process.pid);
  });
});

describe('summarising autocannon', () => {
  it('counts completed requests over the whole run and keeps errors and non-2xx apart', () => {
    expect(summarise({ duration: 10.5, connections: 64, errors: 2, non2xx: 3, requests: { total: 2100 }, latency: { p50: 20, p99: 310 } })).toEqual({
      connections: 64,
      seconds: 10.5,
      requests: 2100,
      requestsPerSecond: 200,
      p50: 20,
      p99: 310,
      errors: 2,
      non2xx: 3,
    });
  });
});

describe('page weight', () => {
  it('sorts what the browser loaded into HTML, CSS, JS, fonts, images and Next’s prefetches', () => {
    expect(resourceKind('document', 'http://x/')).toBe('html');
    expect(resourceKind('stylesheet', 'http://x/a.css')).toBe('css');
    expect(resourceKind('script', 'http://x/a.js')).toBe('js');
    expect(resourceKind('font', 'http://x/a.woff2')).toBe('font');
    expect(resourceKind('fetch', 'http://x/themen?_rsc=abc')).toBe('prefetch');
    expect(resourceKind('fetch', 'http://x/suchindex.json')).toBe('other');
  });

  it('weighs text gzipped and already compressed files as they are', () => {
    const text = Buffer.from('<p>Hallo</p>'.repeat(500));
    const gzipped = wireBytes('html', text);
    expect(gzipped).toBeLessThan(text.length / 10);
    expect(wireBytes('font', text)).toBe(text.length);
  });
});
