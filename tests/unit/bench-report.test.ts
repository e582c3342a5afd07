import { describe, expect, it } from 'vitest';
import type { BuildMeasurement, BuildResult } from '@/scripts/bench/build';
import {
  benchmarkGoals,
  benchmarkSections,
  buildGoals,
  buildSection,
  germanNumber,
  isNoisy,
  loadGoals,
  loadSection,
  loaderSection,
  markdownReport,
  mebibytes,
  minutesAndSeconds,
  servingGoals,
  servingSection,
  servingShares,
  type BenchResults,
  type LoadResult,
  type MachineInfo,
  type ServeResult,
} from '@/scripts/bench/report';
import type { TrafficSummary } from '@/scripts/bench/traffic';

const mib = 2 ** 20;

function measurement(seconds: number, foreignShare = 0): BuildMeasurement {
  return {
    wallMs: seconds * 1000,
    cpuMs: seconds * 1500,
    foreignShare,
    peakTreeRss: 900 * mib,
    peakProcessRss: 600 * mib,
    routes: 100,
    phases: { compile: 10_000, typescript: 5_000, collect: 2_000, generate: seconds * 500 },
  };
}

function build(count: number, ours: number, floor: number): BuildResult {
  return { count, ours: measurement(ours), floor: measurement(floor) };
}

function traffic(requestsPerSecond: number, connections: number, extra: Partial<TrafficSummary> = {}): TrafficSummary {
  return {
    connections,
    seconds: 10,
    requests: requestsPerSecond * 10,
    requestsPerSecond,
    p50: 12,
    p99: 80,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    ...extra,
  };
}

const machine: MachineInfo = {
  cpu: 'Testprozessor',
  cores: 2,
  memoryBytes: 8 * 2 ** 30,
  os: 'Debian GNU/Linux 12 (bookworm)',
  kernel: '6.1.0',
  node: 'v20.20.2',
  next: '16.4.6',
  react: '19.3.1',
  nginx: '1.22.1',
  chromium: '140.0',
  autocannon: '9.0.0',
  date: '2025-12-02T10:00:00.000Z',
  loadAverage: 0.4,
};

describe('German number formats', () => {
  it('writes thousands with a dot, decimals with a comma, sizes in binary units', () => {
    expect(germanNumber(12345.678, 1)).toBe('12.345,7');
    expect(mebibytes(1.5 * mib)).toBe('2 MiB');
    expect(mebibytes(1234 * mib)).toBe('1.234 MiB');
    expect(minutesAndSeconds(754_400)).toBe('12:34 min');
  });
});

describe('build goals', () => {
  it('meets the ratio at N = 1,000 up to 1.2 times the floor and linear growth up to 4.4 times', () => {
    const goals = buildGoals([build(100, 30, 25), build(1000, 60, 50), build(4000, 264, 200)]);
    expect(goals.map((goal) => [goal.met, goal.measured])).toEqual([
      [true, '1,20×'],
      [true, '4,40×'],
    ]);
  });

  it('misses both when our build is slower than allowed', () => {
    const goals = buildGoals([build(1000, 121, 100), build(4000, 550, 300)]);
    expect(goals.map((goal) => [goal.met, goal.measured])).toEqual([
      [false, '1,21×'],
      [false, '4,55×'],
    ]);
  });

  it('marks a verdict as not reliable when other processes used more than 15 % of the machine meanwhile', () => {
    const noisy: BuildResult = { count: 1000, ours: measurement(100), floor: measurement(110, 0.4) };
    const [ratio] = buildGoals([noisy]);
    expect(ratio!.met).toBe(true);
    expect(isNoisy(ratio!)).toBe(true);
    expect(buildSection([noisy])).toContain(
      '– gemessen 0,91× (nicht belastbar: andere Prozesse belegten bis zu 40,0 % der Maschine)',
    );
    expect(isNoisy(buildGoals([build(1000, 100, 90)])[0]!)).toBe(false);
  });

  it('judges nothing when N = 1,000 was not built (the quick run)', () => {
    expect(buildGoals([build(20, 10, 5), build(40, 20, 6)])).toEqual([]);
    expect(buildSection([build(20, 10, 5)])).toContain('Ziele nur im vollen Lauf geprüft');
  });

  it('lists the builds by size with both times and the ratio', () => {
    const section = buildSection([build(4000, 400, 100), build(1000, 100, 50)]);
    const rows = section.split('\n').filter((line) => /^\| [\d.]+ \| [\d,]+ s \|/.test(line));
    expect(rows).toEqual([
      '| 1.000 | 100,0 s | 50,0 s | 2,00× | 150,0 s / 75,0 s (2,00×) | 900 MiB / 900 MiB | 600 MiB / 600 MiB | 100 / 100 | 0,0 % / 0,0 % |',
      '| 4.000 | 400,0 s | 100,0 s | 4,00× | 600,0 s / 150,0 s (4,00×) | 900 MiB / 900 MiB | 600 MiB / 600 MiB | 100 / 100 | 0,0 % / 0,0 % |',
    ]);
    expect(section).toContain('❌ verfehlt: Build bei N = 1.000 höchstens 1,20× der Floor-App – gemessen 2,00×');
    expect(section).toContain('✅ erreicht: lineares Wachstum');
    expect(section).toContain('| 4.000 | 10,0 s / 10,0 s | 5,0 s / 5,0 s | 2,0 s / 2,0 s | 200,0 s / 50,0 s |');
  });
});

describe('serving goals', () => {
  const serve: ServeResult = {
    count: 100,
    article: '/artikel/a',
    mix: ['/', '/artikel/a'],
    runs: [
      { server: 'next start', scenario: 'article', summary: traffic(600, 64), foreignShare: 0.02 },
      { server: 'next start', scenario: 'article', summary: traffic(400, 256), foreignShare: 0.02 },
      { server: 'next start', scenario: 'mix', summary: traffic(300, 64), foreignShare: 0.02 },
      { server: 'nginx', scenario: 'article', summary: traffic(2000, 64), foreignShare: 0.02 },
      { server: 'nginx', scenario: 'article', summary: traffic(2000, 256), foreignShare: 0.02 },
      { server: 'nginx', scenario: 'mix', summary: traffic(1500, 64), foreignShare: 0.02 },
    ],
  };

  it('compares next start with nginx at the same page and connection count', () => {
    expect(servingShares(serve)).toEqual([
      { scenario: 'article', connections: 64, share: 0.3, foreignShare: 0.02 },
      { scenario: 'article', connections: 256, share: 0.2, foreignShare: 0.02 },
      { scenario: 'mix', connections: 64, share: 0.2, foreignShare: 0.02 },
    ]);
  });

  it('asks for at least 25 % of nginx on the same article page', () => {
    expect(servingGoals(serve).map((goal) => [goal.met, goal.measured])).toEqual([
      [true, '30,0 %'],
      [false, '20,0 %'],
    ]);
    const section = servingSection(serve);
    expect(section).toContain('| Artikelseite | 256 | next start | 400 | 12 ms | 80 ms | 0 | 0 | 2,0 % |');
    expect(section).toContain('Mischung, 64 Verbindungen: next start schafft 20,0 % der Anfragen/s von nginx');
  });
});

describe('load goals', () => {
  const load: LoadResult = {
    count: 1000,
    paths: 60,
    connections: 256,
    opening: traffic(500, 256, { seconds: 30, requests: 15000 }),
    whole: traffic(500, 256, { seconds: 200, requests: 100_000 }),
    memory: [
      { requests: 10_000, bytes: 200 * mib },
      { requests: 25_000, bytes: 230 * mib },
      { requests: 100_000, bytes: 220 * mib },
    ],
    foreignShare: 0.05,
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
    expect(loadGoals({ ...load, memory: [...load.memory, { requests: 101_000, bytes: 221 * mib }] }).at(-1)!.met).toBe(
      false,
    );
  });

  it('reports the whole memory curve, the opening 30 s and the whole run', () => {
    const section = loadSection(load, machine);
    expect(section).toContain(
      'Speicherverlauf (Anfragen → RSS): 10.000 → 200 MiB, 25.000 → 230 MiB, 100.000 → 220 MiB.',
    );
    expect(section).toContain('| die ersten 30 s | 15.000 | 500 | 12 ms | 80 ms | 0 (0) | 0 |');
    expect(section).toContain('| ganzer Lauf (200 s) | 100.000 | 500 | 12 ms | 80 ms | 0 (0) | 0 |');
  });
});

describe('the report', () => {
  it('has a section per part that ran, under the headings of docs/BENCHMARKS.md', () => {
    const results: BenchResults = {
      machine,
      quick: false,
      durationMs: 17 * 60_000,
      loadAverageAtEnd: 1.1,
      loader: [{ count: 1000, ms: 5000, baselineRss: 150 * mib, peakRss: 300 * mib }],
      builds: [build(1000, 120, 100)],
    };
    const sections = benchmarkSections(results);
    expect([...sections.keys()]).toEqual(['Maschine', 'Loader', 'Build']);
    expect(sections.get('Maschine')).toContain('- Prozessor: Testprozessor, 2 Kerne');
    expect(sections.get('Maschine')).toContain('der ganze Lauf dauerte 17:00 min');
    expect(loaderSection(results.loader!)).toContain('| 1.000 | 5.000 ms | 5,00 ms | 300 MiB | 150 MiB |');
    expect(benchmarkGoals(results).map((goal) => goal.met)).toEqual([true]);
    expect(markdownReport(sections)).toMatch(/^## Maschine\n\n- Prozessor/);
  });
});
