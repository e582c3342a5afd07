// Pure helpers of `npm run lighthouse`: condense a Lighthouse result and write it into
// docs/BENCHMARKS.md between two comment markers, so a re-run replaces only its own section.
import type { Result } from 'lighthouse';

export const categories = [
  { id: 'performance', label: 'Performance' },
  { id: 'accessibility', label: 'Barrierefreiheit' },
  { id: 'best-practices', label: 'Best Practices' },
  { id: 'seo', label: 'SEO' },
] as const;

export type CategoryId = (typeof categories)[number]['id'];

export interface PageResult {
  label: string;
  path: string;
  /** Scores 0–100 as Lighthouse shows them; null when a category could not be scored. */
  scores: Record<CategoryId, number | null>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's estimate of the machine's speed during the run (higher is faster). */
  benchmarkIndex: number;
  /** Audits that did not pass, as "id (display value)", for the console. */
  findings: string[];
}

/** The scores, the three Core Web Vitals of the lab and the failed audits of one run. */
export function summarise(lhr: Result, label: string, path: string): PageResult {
  const score = (id: CategoryId) => {
    const value = lhr.categories[id]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const findings = Object.values(lhr.audits)
    .filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 1 &&
        ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode),
    )
    .map((audit) => (audit.displayValue ? `${audit.id} (${audit.displayValue})` : audit.id));
  return {
    label,
    path,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    findings,
  };
}

/** One page's runs: the median run (by performance score, then LCP), every run's performance score and benchmark index. */
export interface PageRow extends PageResult {
  performanceRuns: (number | null)[];
  benchmarkIndexRuns: number[];
}

export function medianRun(runs: readonly PageResult[]): PageRow {
  if (runs.length === 0) throw new Error('no Lighthouse runs');
  const sorted = runs.toSorted(
    (a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0) || b.lcpMs - a.lcpMs,
  );
  return {
    ...sorted[Math.floor((sorted.length - 1) / 2)]!,
    performanceRuns: runs.map((run) => run.scores.performance),
    benchmarkIndexRuns: runs.map((run) => run.benchmarkIndex),
  };
}

const germanNumber = (value: number, digits: number) =>
  value.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export interface RunSetting {
  date: string;
  lighthouseVersion: string;
  browserVersion: string;
  machine: string;
  runsPerPage: number;
}

/** The German "Lighthouse" section body: how it was measured, then one row per page. */
export function renderSection(setting: RunSetting, pages: readonly PageRow[]): string {
  const benchmarkIndexes = pages.flatMap((page) => page.benchmarkIndexRuns);
  const lines = [
    `Gemessen am ${setting.date} mit \`npm run lighthouse\`: Lighthouse ${setting.lighthouseVersion} in der Mobil-Voreinstellung`,
    '(simuliertes langsames 4G, vierfach gedrosselte CPU, Smartphone-Bildschirm) mit Debians',
    `${setting.browserVersion} (headless) gegen \`next start\` auf 127.0.0.1. ${setting.machine}`,
    `Je Seite ${setting.runsPerPage === 1 ? 'ein Lauf' : `${setting.runsPerPage} Läufe; gezeigt ist der mittlere nach Performance-Wert, in Klammern alle Werte`};`,
    `Lighthouses Benchmark-Index der Maschine (höher ist schneller) lag in den Läufen zwischen ${Math.round(Math.min(...benchmarkIndexes))} und ${Math.round(Math.max(...benchmarkIndexes))}.`,
    '',
    `| Seite | ${categories.map((category) => category.label).join(' | ')} | LCP | TBT | CLS |`,
    `| --- | ${categories.map(() => '---:').join(' | ')} | ---: | ---: | ---: |`,
    ...pages.map((page) => {
      const scores = categories.map((category) => String(page.scores[category.id] ?? '–'));
      if (page.performanceRuns.length > 1)
        scores[0] = `${scores[0]} (${page.performanceRuns.map((score) => score ?? '–').join(', ')})`;
      return `| ${page.label} \`${page.path}\` | ${scores.join(' | ')} | ${germanNumber(page.lcpMs / 1000, 1)} s | ${Math.round(page.tbtMs)} ms | ${germanNumber(page.cls, 3)} |`;
    }),
  ];
  return lines.join('\n');
}

const markers = (name: string) => ({ start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` });

/** Replaces what stands between `<!-- name:start -->` and `<!-- name:end -->`; both must be there once. */
export function replaceMarkedSection(document: string, name: string, body: string): string {
  const { start, end } = markers(name);
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 || to === -1 || to < from || document.indexOf(start, from + 1) !== -1) {
    throw new Error(
      `Die Markierungen ${start} … ${end} stehen nicht genau einmal und in dieser Reihenfolge im Dokument.`,
    );
  }
  return `${document.slice(0, from + start.length)}\n${body}\n${document.slice(to)}`;
}
