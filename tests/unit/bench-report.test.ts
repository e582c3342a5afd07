import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  benchServerBlock,
  buildGoals,
  buildPhases,
  buildTable,
  de,
  lighthouseTable,
  loadGoals,
  loadTable,
  markers,
  mib,
  nginxConfig,
  percentile,
  replaceMarked,
  sectionNames,
  serveTable,
  stormGoals,
  stormTable,
  servingGoals,
  servingShares,
  type BuildPair,
  type BuildRun,
  type LighthouseRun,
  type LoadResult,
  type ServeRun,
  type StormRun,
  type Traffic,
} from '@/scripts/bench/report';
import { resourceKind } from '@/scripts/bench/weight';

const repository = path.resolve(import.meta.dirname, '../..');
const MiB = 2 ** 20;

function build(seconds: number): BuildRun {
  return {
    wallMs: seconds * 1000,
    cpuMs: seconds * 1500,
    peakRss: 600 * MiB,
    routes: 100,
    phases: { compile: 10_000, typescript: 5_000, collect: 2_000, generate: seconds * 500 },
  };
}

const pair = (count: number, ours: number, floor: number, loadBefore = 0): BuildPair => ({
  count,
  ours: build(ours),
  floor: build(floor),
  loadBefore,
});

function traffic(requestsPerSecond: number, extra: Partial<Traffic> = {}): Traffic {
  return {
    requests: requestsPerSecond * 10,
    seconds: 10,
    p50: 12,
    p99: 80,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    ...extra,
  };
}

describe('German number formats', () => {
  it('writes thousands with a dot, decimals with a comma, sizes in binary units', () => {
    expect(de(12345.678, 1)).toBe('12.345,7');
    expect(mib(1.5 * MiB)).toBe('2 MiB');
    expect(mib(1234 * MiB)).toBe('1.234 MiB');
  });

  it('reads percentiles by nearest rank, and 0 rather than NaN when nothing was measured', () => {
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([100, 300, 200], 0.99)).toBe(300);
    expect(percentile([], 0.99)).toBe(0);
  });
});

describe('the generated parts of docs/BENCHMARKS.md', () => {
  const document = readFileSync(path.join(repository, 'docs/BENCHMARKS.md'), 'utf8');

  it('has the markers of every section the scripts write, once each, under the heading of that name', () => {
    for (const name of Object.values(sectionNames)) {
      const { start, end } = markers(name);
      expect(document.split(start), name).toHaveLength(2);
      expect(document.split(end), name).toHaveLength(2);
      const section = document.split(`\n## ${name}\n`)[1]?.split('\n## ')[0] ?? '';
      expect(section, name).toContain(start);
      expect(section, name).toContain(end);
    }
  });

  it('has no marked section that no script writes', () => {
    const marked = [...document.matchAll(/<!-- bench: (.+?) – /g)].map((match) => match[1]);
    expect(marked.toSorted()).toEqual(Object.values(sectionNames).toSorted());
  });

  const { start, end } = markers('Maschine');
  const skeleton = `# Benchmarks\n\n## Maschine\n\n${start}\nalt\n${end}\n\nHandgeschriebene Einordnung.\n\n## Loader\n\nText\n`;

  it('replaces only what stands between the markers, keeping the prose around them and the other sections', () => {
    const once = replaceMarked(skeleton, 'Maschine', 'neu\n');
    expect(once).toBe(
      `# Benchmarks\n\n## Maschine\n\n${start}\nneu\n${end}\n\nHandgeschriebene Einordnung.\n\n## Loader\n\nText\n`,
    );
    expect(replaceMarked(once, 'Maschine', 'neu')).toBe(once);
  });

  it('fills markers at the very end of the file', () => {
    const last = markers('Lighthouse');
    const document = `## Lighthouse\n\n${last.start}\n${last.end}\n`;
    expect(replaceMarked(document, 'Lighthouse', 'Wert')).toBe(`## Lighthouse\n\n${last.start}\nWert\n${last.end}\n`);
  });

  it('names the section whose markers are missing, doubled or out of order', () => {
    expect(() => replaceMarked(skeleton, 'Last und Speicher', 'x')).toThrow('Last und Speicher');
    expect(() => replaceMarked(`${skeleton}${start}\n`, 'Maschine', 'x')).toThrow('nicht genau einmal');
    expect(() => replaceMarked(`${end}\n${start}\n`, 'Maschine', 'x')).toThrow('Maschine');
  });
});

describe('build', () => {
  it('meets the ratio at N = 1,000 up to 2.0 times the floor and linear growth up to 4.4 times', () => {
    const goals = buildGoals([pair(100, 30, 25), pair(1000, 100, 50), pair(4000, 440, 200)]);
    expect(goals.map((goal) => [goal.met, goal.measured])).toEqual([
      [true, '2,00×'],
      [true, '4,40×'],
    ]);
  });

  it('misses both when our build is slower than allowed', () => {
    const goals = buildGoals([pair(1000, 201, 100), pair(4000, 915, 300)]);
    expect(goals.map((goal) => [goal.met, goal.measured])).toEqual([
      [false, '2,01×'],
      [false, '4,55×'],
    ]);
  });

  it('judges nothing when N = 1,000 was not built (the quick run)', () => {
    expect(buildGoals([pair(20, 10, 5), pair(40, 20, 6)])).toEqual([]);
    expect(buildTable([pair(20, 10, 5)])).not.toContain('\n\n\n');
  });

  it('lists the builds by size with both times, the ratio, CPU time, memory, routes and the load before', () => {
    const table = buildTable([pair(4000, 400, 100, 1.5), pair(1000, 100, 50, 0.25)]);
    const rows = table.split('\n').filter((line) => /^\| [\d.]+ \| .*×/.test(line));
    expect(rows).toEqual([
      '| 1.000 | 100,0 s / 50,0 s | 2,00× | 150,0 s / 75,0 s (2,00×) | 600 MiB / 600 MiB | 100 / 100 | 0,25 |',
      '| 4.000 | 400,0 s / 100,0 s | 4,00× | 600,0 s / 150,0 s (4,00×) | 600 MiB / 600 MiB | 100 / 100 | 1,50 |',
    ]);
    expect(table).toContain('✅ erreicht: Build bei N = 1.000 höchstens 2,00× der Floor-App – gemessen 2,00×');
    expect(table).toContain('✅ erreicht: lineares Wachstum');
    expect(table).toContain('| 4.000 | 10,0 s / 10,0 s | 5,0 s / 5,0 s | 2,0 s / 2,0 s | 200,0 s / 50,0 s |');
  });

  it('sets the builds after one changed headline beside the cold build of the same size', () => {
    const table = buildTable([
      pair(4000, 400, 100),
      { ...pair(1000, 100, 50), rebuilds: { withCache: build(30), withoutShareCards: build(45), loadBefore: 1.25 } },
    ]);
    expect(table).toContain(
      '| Build nach einer Änderung (N = 1.000, Last vorher 1,25) | Zeit | gegenüber kalt | Seiten erzeugen |',
    );
    expect(table).toContain('| kalt, ohne Cache (oben) | 100,0 s | 1,00× | 50,0 s |');
    expect(table).toContain('| eine Überschrift geändert, Cache behalten | 30,0 s | 0,30× | 15,0 s |');
    expect(table).toContain('| dasselbe ohne Cache der Vorschaubilder | 45,0 s | 0,45× | 22,5 s |');
    expect(buildTable([pair(1000, 100, 50)])).not.toContain('nach einer Änderung');
  });

  it('adds up the spans of each phase from Next’s trace file, in milliseconds, and counts missing ones as 0', () => {
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

describe('serving', () => {
  const run = (server: ServeRun['server'], scenario: ServeRun['scenario'], rps: number, connections: number) =>
    ({ server, scenario, connections, traffic: traffic(rps), loadBefore: 0.5 }) satisfies ServeRun;
  const runs = [
    run('npm start', 'Artikelseite', 600, 64),
    run('npm start', 'Artikelseite', 400, 256),
    run('npm start', 'Mischung', 300, 64),
    run('nginx', 'Artikelseite', 2000, 64),
    run('nginx', 'Artikelseite', 2000, 256),
    run('nginx', 'Mischung', 1500, 64),
  ];

  it('compares npm start with nginx at the same pages and connection count', () => {
    expect(servingShares(runs)).toEqual([
      { scenario: 'Artikelseite', connections: 64, share: 0.3 },
      { scenario: 'Artikelseite', connections: 256, share: 0.2 },
      { scenario: 'Mischung', connections: 64, share: 0.2 },
    ]);
  });

  it('asks for at least 25 % of nginx on the same article page', () => {
    expect(servingGoals(runs).map((goal) => [goal.met, goal.measured])).toEqual([
      [true, '30,0 %'],
      [false, '20,0 %'],
    ]);
    const table = serveTable(runs);
    expect(table).toContain('| Artikelseite | 256 | npm start | 400 | 12 ms | 80 ms | 0 | 0 | 0,50 |');
    expect(table).toContain('Mischung, 64 Verbindungen: npm start schafft 20,0 % der Anfragen/s von nginx');
  });
});

describe('load test', () => {
  const point = (requests: number, rss: number) => ({
    requests,
    rss: rss * MiB,
    afterGc: { rss: (rss - 10) * MiB, heapUsed: 50 * MiB },
  });
  const load: LoadResult = {
    opening: traffic(500, { seconds: 30, requests: 15_000 }),
    whole: traffic(500, { seconds: 200, requests: 100_000 }),
    memory: [point(10_000, 200), point(25_000, 230), point(100_000, 220)],
  };

  it('passes with no errors, no non-2xx and memory growth of at most 10 %', () => {
    expect(loadGoals(load).every((goal) => goal.met)).toBe(true);
    expect(loadGoals(load).at(-1)!.measured).toBe('200 MiB → 220 MiB (+10,0 %)');
  });

  it('fails on a single error, a single non-2xx answer or more memory growth', () => {
    const oneTimeout = { errors: 1, timeouts: 1 };
    expect(
      loadGoals({
        ...load,
        opening: { ...load.opening, ...oneTimeout },
        whole: { ...load.whole, ...oneTimeout },
      }).filter((goal) => !goal.met),
    ).toHaveLength(2);
    expect(loadGoals({ ...load, whole: { ...load.whole, non2xx: 1 } }).filter((goal) => !goal.met)).toHaveLength(1);
    expect(loadGoals({ ...load, memory: [...load.memory, point(101_000, 221)] }).at(-1)!.met).toBe(false);
    expect(() => loadGoals({ ...load, memory: [] })).toThrow('Speichermessung');
  });

  it('reports the opening 30 s, the whole run and the whole memory curve', () => {
    const table = loadTable(load);
    expect(table).toContain('| die ersten 30 s | 15.000 | 500 | 12 ms | 80 ms | 0 (0) | 0 |');
    expect(table).toContain('| ganzer Lauf (200 s) | 100.000 | 500 | 12 ms | 80 ms | 0 (0) | 0 |');
    expect(table).toContain('| 10.000 | 200 MiB | 190 MiB | 50 MiB |');
    expect(table).toContain('| 25.000 | 230 MiB | 220 MiB | 50 MiB |');
    expect(table).toContain('| 100.000 | 220 MiB | 210 MiB | 50 MiB |');
  });
});

describe('connection storm goal and table (issue 17)', () => {
  const storm = (changes: Partial<StormRun> = {}): StormRun => ({
    sockets: 256,
    ok: 256,
    other: 0,
    timeouts: 0,
    errors: 0,
    p50: 900,
    max: 1400,
    ...changes,
  });
  const rounds = (last: StormRun) => [
    [storm(), storm(), storm()],
    [storm(), storm(), storm()],
    [storm(), storm(), last],
  ];

  it('passes only when every socket of every storm got a 2xx answer', () => {
    expect(stormGoals(rounds(storm())).every((goal) => goal.met)).toBe(true);
    expect(stormGoals(rounds(storm())).at(0)!.measured).toBe(
      '2.304 von 2.304 mit 2xx, 0 Timeouts, 0 Verbindungsfehler, 0 andere Antworten',
    );
    for (const miss of [
      { ok: 255, timeouts: 1 },
      { ok: 255, errors: 1 },
      { ok: 255, other: 1 },
    ])
      expect(stormGoals(rounds(storm(miss))).at(0)!.met, JSON.stringify(miss)).toBe(false);
    expect(stormGoals([]).at(0)!.met).toBe(false);
  });

  it('lists every storm of every round with its counts and times, and the verdict', () => {
    const table = stormTable(rounds(storm({ ok: 250, timeouts: 6, max: 10_000 })));
    expect(table).toContain('| 1.1 | 256 | 256 | 0 | 0 | 0 | 900 ms | 1.400 ms |');
    expect(table).toContain('| 3.3 | 256 | 250 | 6 | 0 | 0 | 900 ms | 10.000 ms |');
    expect(table).toContain(
      '❌ verfehlt: 256 Verbindungen im selben Augenblick auf den warmen Server, 3 Runden à 3 Stürme',
    );
  });
});

describe('Lighthouse table', () => {
  const run = (performance: number, representative: boolean, benchmarkIndex: number): LighthouseRun => ({
    path: '/',
    representative,
    scores: { performance, accessibility: 1, 'best-practices': 1, seo: 0.92 },
    lcpMs: 1811,
    tbtMs: 120,
    cls: 0,
    benchmarkIndex,
  });

  it('shows the representative run per page with every run’s performance score, in German', () => {
    const table = lighthouseTable(
      [{ label: 'Startseite', path: '/' }],
      [run(0.974, true, 1500), run(0.99, false, 2400), run(0.95, false, 800)],
    );
    expect(table).toContain('| Seite | Performance | Barrierefreiheit | Best Practices | SEO | LCP | TBT | CLS |');
    expect(table).toContain('| Startseite `/` | 97 (97, 99, 95) | 100 | 100 | 92 | 1,8 s | 120 ms | 0,000 |');
    expect(table).toContain('in den Läufen: 800 bis 2.400.');
  });

  it('refuses a page without a representative run', () => {
    expect(() => lighthouseTable([{ label: 'Startseite', path: '/' }], [run(1, false, 1)])).toThrow('/');
  });
});

describe('nginx with deploy/nginx.conf', () => {
  const deployConfig = readFileSync(path.join(repository, 'deploy/nginx.conf'), 'utf8');

  it('points the repository’s deploy/nginx.conf at the benchmark port and export, changing nothing else', () => {
    const block = benchServerBlock(deployConfig, 8401, '/tmp/bench/out');
    expect(block).toMatch(/^\s*listen 127\.0\.0\.1:8401;$/m);
    expect(block).toMatch(/^\s*root \/tmp\/bench\/out;$/m);
    expect(block).not.toMatch(/^\s*listen 80;/m);
    const untouched = (text: string) => text.split('\n').filter((line) => !/^\s*(listen|root)\s/.test(line));
    expect(untouched(block).filter((line) => !line.includes('(Benchmark:'))).toEqual(untouched(deployConfig));
  });

  it('keeps one listen line when the template also listens on IPv6', () => {
    const block = benchServerBlock(
      'server {\n    listen 80;\n    listen [::]:80;\n    root /srv/site;\n}\n',
      3601,
      '/out',
    );
    expect(block.match(/^\s*listen /gm)).toHaveLength(1);
    expect(block).toContain('listen 127.0.0.1:3601;');
  });

  it('replaces root in locations too, and leaves comments that mention listen or root alone', () => {
    const template =
      '# listen here, root there\nserver {\n  listen 443 ssl http2; # TLS\n  root /a;\n  location /x/ {\n    root /b;\n  }\n}\n';
    const block = benchServerBlock(template, 3601, '/out');
    expect(block.startsWith('# listen here, root there\n')).toBe(true);
    expect(block.match(/root \/out;/g)).toHaveLength(2);
    expect(block).not.toContain('ssl');
  });

  it('refuses a template without listen or root lines, and paths nginx would misread', () => {
    expect(() => benchServerBlock('server {\n  root /a;\n}\n', 1, '/out')).toThrow(/listen/);
    expect(() => benchServerBlock('server {\n  listen 80;\n}\n', 1, '/out')).toThrow(/root/);
    expect(() => benchServerBlock(deployConfig, 1, '/my out')).toThrow(/ungeeignet/);
  });

  it('runs nginx in the foreground with pid, logs and temp files in the given directory', () => {
    const config = nginxConfig('server {\n    listen 127.0.0.1:1;\n}', '/tmp/n');
    expect(config).toMatch(/^daemon off;$/m);
    expect(config).toMatch(/^pid \/tmp\/n\/nginx\.pid;$/m);
    expect(config).toMatch(/^error_log \/tmp\/n\/error\.log warn;$/m);
    for (const kind of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
      expect(config).toContain(`${kind}_temp_path /tmp/n/${kind};`);
    expect(config).toContain('include /etc/nginx/mime.types;');
    expect(config).toMatch(/http \{[\s\S]*server \{\n {4}listen 127\.0\.0\.1:1;\n\}\n\}\n$/);
  });
});

describe('page weight', () => {
  it('sorts what the browser loaded into HTML, CSS, JS, fonts, images and Next’s prefetches', () => {
    expect(resourceKind('document', 'http://x/')).toBe('html');
    expect(resourceKind('stylesheet', 'http://x/a.css')).toBe('css');
    expect(resourceKind('script', 'http://x/a.js')).toBe('js');
    expect(resourceKind('font', 'http://x/a.woff2')).toBe('font');
    expect(resourceKind('image', 'http://x/a.png')).toBe('image');
    expect(resourceKind('fetch', 'http://x/themen?_rsc=abc')).toBe('prefetch');
    expect(resourceKind('fetch', 'http://x/suchindex.json.gz')).toBeUndefined();
  });
});
