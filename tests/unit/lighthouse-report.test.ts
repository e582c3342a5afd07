import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import {
  medianRun,
  renderSection,
  replaceMarkedSection,
  summarise,
  type PageResult,
} from '../../scripts/lighthouse-report';

/** Just the parts of a Lighthouse result that `summarise` reads. */
function lighthouseResult(performance: number, audits: Record<string, Partial<Result['audits'][string]>>): Result {
  const category = (score: number) => ({ score }) as Result['categories'][string];
  return {
    categories: {
      performance: category(performance),
      accessibility: category(1),
      'best-practices': category(1),
      seo: category(0.92),
    },
    audits: Object.fromEntries(
      Object.entries(audits).map(([id, audit]) => [id, { id, scoreDisplayMode: 'numeric', score: 1, ...audit }]),
    ),
    environment: { benchmarkIndex: 1834.5 },
  } as unknown as Result;
}

function run(performance: number, lcpMs: number, benchmarkIndex = 1834.5): PageResult {
  const result = summarise(
    lighthouseResult(performance, {
      'largest-contentful-paint': { numericValue: lcpMs },
      'total-blocking-time': { numericValue: 120 },
      'cumulative-layout-shift': { numericValue: 0 },
    }),
    'Startseite',
    '/',
  );
  return { ...result, benchmarkIndex };
}

describe('summarise', () => {
  it('turns category scores into 0–100, takes LCP, TBT and CLS and lists the audits that did not pass', () => {
    const result = summarise(
      lighthouseResult(0.974, {
        'largest-contentful-paint': { numericValue: 1811.2, score: 0.98, displayValue: '1.8 s' },
        'total-blocking-time': { numericValue: 183 },
        'cumulative-layout-shift': { numericValue: 0.0123 },
        'link-text': { scoreDisplayMode: 'binary', score: 0 },
        'bootup-time': { scoreDisplayMode: 'informative', score: 0 },
        'meta-description': { scoreDisplayMode: 'notApplicable', score: null },
      }),
      'Artikel',
      '/artikel/x',
    );
    expect(result).toEqual({
      label: 'Artikel',
      path: '/artikel/x',
      scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 92 },
      lcpMs: 1811.2,
      tbtMs: 183,
      cls: 0.0123,
      benchmarkIndex: 1834.5,
      findings: ['largest-contentful-paint (1.8 s)', 'link-text'],
    });
  });
});

describe('medianRun', () => {
  it("picks the middle run by performance score and keeps every run's score", () => {
    const row = medianRun([run(0.99, 1500, 2400), run(0.91, 2600, 900), run(0.97, 1800, 1700)]);
    expect(row.scores.performance).toBe(97);
    expect(row.lcpMs).toBe(1800);
    expect(row.performanceRuns).toEqual([99, 91, 97]);
    expect(row.benchmarkIndexRuns).toEqual([2400, 900, 1700]);
  });

  it('refuses an empty list', () => {
    expect(() => medianRun([])).toThrow();
  });
});

describe('renderSection', () => {
  it('describes the run and writes one German table row per page', () => {
    const section = renderSection(
      {
        date: '2025-11-21',
        lighthouseVersion: '12.8.2',
        browserVersion: 'Chromium 156.0.8078.79',
        machine: 'Maschine: 2 Kerne.',
        runsPerPage: 3,
      },
      [medianRun([run(0.97, 1811, 1500), run(0.99, 1500, 2400), run(0.95, 2000, 800)])],
    );
    expect(section).toContain('lag in den Läufen zwischen 800 und 2400.');
    expect(section).toContain('Gemessen am 2025-11-21 mit `npm run lighthouse`: Lighthouse 12.8.2');
    expect(section).toContain('Chromium 156.0.8078.79');
    expect(section).toContain('| Seite | Performance | Barrierefreiheit | Best Practices | SEO | LCP | TBT | CLS |');
    expect(section).toContain('| Startseite `/` | 97 (97, 99, 95) | 100 | 100 | 92 | 1,8 s | 120 ms | 0,000 |');
  });
});

describe('replaceMarkedSection', () => {
  const document =
    '# Benchmarks\n\n## Lighthouse\n\n<!-- lighthouse:start -->\nalt\n<!-- lighthouse:end -->\n\n## Danach\n';

  it('replaces only what stands between the markers, so a re-run replaces its own earlier result', () => {
    const once = replaceMarkedSection(document, 'lighthouse', 'neu');
    expect(once).toBe(
      '# Benchmarks\n\n## Lighthouse\n\n<!-- lighthouse:start -->\nneu\n<!-- lighthouse:end -->\n\n## Danach\n',
    );
    expect(replaceMarkedSection(once, 'lighthouse', 'neu')).toBe(once);
  });

  it('refuses a document without the markers', () => {
    expect(() => replaceMarkedSection('# Benchmarks\n', 'lighthouse', 'neu')).toThrow(/<!-- lighthouse:start -->/);
  });
});
