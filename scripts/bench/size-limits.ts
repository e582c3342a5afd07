// `npx tsx scripts/bench/size-limits.ts [KB …]`: how long the Markdown pipeline takes for one article body
// at and above the size limit of lib/content/size-limits.ts, and how long refusing a 10 MB file
// takes. Prints the machine load first; the numbers go by hand into docs/BENCHMARKS.md
// ("Größengrenzen"). Not a test: timings depend on the machine and its load.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderMarkdown } from '../../lib/content/markdown';
import { articleLimit, articleSizeLimit, formatSize, sizeProblem } from '../../lib/content/size-limits';

/**
 * Structured Markdown as a long article has it: headings with their own names, paragraphs with
 * emphasis, links and footnotes, lists, a table and a quote, repeated until `bytes` long.
 */
function structuredBody(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let section = 1; length < bytes; section++) {
    const block = [
      `## Abschnitt ${section}: Auslieferungen und Fertigung`,
      '',
      `Xiaomi meldete für den Monat ${section} **mehr als 40.000** Fahrzeuge; die [Pressemitteilung](https://example.com/${section}) nennt keine genaue Zahl.[^q${section}] Das Werk in Peking arbeitet _im Zweischichtbetrieb_, der Rückstand an Bestellungen wächst.`,
      '',
      `### Modelle im Abschnitt ${section}`,
      '',
      '- SU7 mit Heckantrieb',
      '- SU7 Max mit zwei Motoren',
      '- YU7, das SUV',
      '',
      '| Monat | Auslieferungen | Quelle |',
      '|---|---:|---|',
      `| ${section} | 40000 | Weibo |`,
      `| ${section + 1} | 48654 | Weibo |`,
      '',
      '> Ein Zitat aus dem Bericht, wie es in Analysen vorkommt, mit einem `Begriff` darin.',
      '',
      `[^q${section}]: Weibo-Beitrag von Xiaomi, Monat ${section}.`,
      '',
      '',
    ].join('\n');
    parts.push(block);
    length += block.length;
  }
  return parts.join('').slice(0, bytes);
}

function time(task: () => void): number {
  const started = performance.now();
  task();
  return performance.now() - started;
}

const load = execFileSync('uptime', { encoding: 'utf8' }).trim();
console.log(`uptime: ${load}`);
console.log(`Kerne: ${os.cpus().length}, Node ${process.version}`);

renderMarkdown(structuredBody(20 * 1024)); // warm-up: module loading and JIT stay out of the numbers

// Sizes in KB from the command line (`… size-limits.ts 10 300`); by default the largest real
// articles' order of size, the limit and 1 MB.
const sizes = process.argv.slice(2).map((kb) => Number(kb) * 1024);
for (const bytes of sizes.length > 0 ? sizes : [10 * 1024, articleSizeLimit, 1024 * 1024]) {
  const body = structuredBody(bytes);
  const runs = [1, 2, 3].map(() => time(() => renderMarkdown(body)));
  const sorted = runs.toSorted((a, b) => a - b);
  console.log(
    `${formatSize(bytes)} Markdown: ${runs.map((ms) => `${Math.round(ms)} ms`).join(', ')} (Median ${Math.round(sorted[1]!)} ms)`,
  );
}

const directory = mkdtempSync(path.join(os.tmpdir(), 'size-limits-'));
try {
  const huge = path.join(directory, 'riesig.md');
  writeFileSync(huge, structuredBody(10 * 1024 * 1024));
  let message: string | undefined;
  const ms = time(() => {
    message = sizeProblem(huge, articleLimit);
  });
  console.log(`10 MB abgelehnt in ${ms.toFixed(2)} ms: ${message}`);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
console.log(`uptime danach: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
