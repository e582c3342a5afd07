import * as fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { articleLimit, articleSizeLimit, datasetSizeLimit, formatSize, sizeProblem } from '@/lib/content/size-limits';
import { issuesFor, readFixture, removeTempDirs, writeTempContent } from './helpers';

/**
 * Issue 17: an article over 300 KB or a dataset over 256 KB is refused with a German message naming
 * the file, its size and the limit, and the refusal comes before the file is read, so one huge file
 * cannot stall the build. (How long rendering takes near the limit: docs/BENCHMARKS.md, "Größengrenzen".)
 */

// Watch which files the loader reads; the wrapped functions still work.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, readFileSync: vi.fn(actual.readFileSync) };
});
const readFileSync = vi.mocked(fs.readFileSync);
let contentErrorFrom: typeof import('./helpers').contentErrorFrom;
// vitest runs files unisolated: another file may already have imported the loader with the real fs.
beforeAll(async () => {
  vi.resetModules();
  ({ contentErrorFrom } = await import('./helpers'));
});

afterEach(() => {
  readFileSync.mockClear();
});
afterAll(removeTempDirs);

const article = readFixture('checks/artikel/ziel-artikel.md');
/** A valid article grown by `bytes` of structured Markdown (headings, paragraphs, lists, a table; ASCII, one byte a character). */
function grownArticle(bytes: number): string {
  const block = [
    '## Zwischentitel',
    '',
    'Ein Absatz mit **fett** gesetzten Worten, einem [Link](https://example.com/) und `Code`.',
    '',
    '- erster Punkt',
    '- zweiter Punkt',
    '',
    '| Monat | Wert |',
    '|---|---|',
    '| Oktober | 48654 |',
    '',
    '',
  ].join('\n');
  return article + block.repeat(Math.ceil(bytes / Buffer.byteLength(block))).slice(0, bytes);
}

function readsOf(file: string): number {
  return readFileSync.mock.calls.filter(([target]) => typeof target === 'string' && target.endsWith(file)).length;
}

describe('the size limits', () => {
  it('are 300 KB for an article and 256 KB for a dataset', () => {
    expect(articleSizeLimit).toBe(300 * 1024);
    expect(datasetSizeLimit).toBe(256 * 1024);
  });

  it('are written in German units, rounded up so a file just over the limit does not read as the limit', () => {
    expect(formatSize(300 * 1024 + 1)).toBe('300,1 KB');
    expect(formatSize(300 * 1024)).toBe('300 KB');
    expect(formatSize(300 * 1024 + 400)).toBe('300,4 KB');
    expect(formatSize(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatSize(1.25 * 1024 * 1024)).toBe('1,3 MB');
  });
});

describe('an article file over the limit', () => {
  // 10 MB of Markdown after a front matter with a bad date and a broken link in the body: if the
  // loader read or parsed the file, it would report those too.
  const huge = grownArticle(10 * 1024 * 1024)
    .replace('date: 2025-12-01', 'date: 2025-13-45')
    .replace('Dieser Artikel', 'Siehe [nichts](/artikel/gibt-es-nicht). Dieser Artikel');

  it('is refused before it is read, with its size and the limit, and nothing else is reported for it', () => {
    const directory = writeTempContent({
      'themen.yaml': readFixture('checks/themen.yaml'),
      'artikel/ziel-artikel.md': article,
      'artikel/riesig.md': huge,
    });
    const size = fs.statSync(path.join(directory, 'artikel', 'riesig.md')).size;
    expect(formatSize(size)).toBe('10,1 MB');
    readFileSync.mockClear();
    const issues = issuesFor(contentErrorFrom(directory).issues, 'riesig.md');
    expect(issues).toEqual([
      {
        file: expect.stringMatching(/\/artikel\/riesig\.md$/),
        severity: 'error',
        message:
          'Die Datei ist zu groß: 10,1 MB (erlaubt für einen Artikel: höchstens 300 KB). Sehr lange Texte bitte auf mehrere Artikel verteilen; Tabellen mit vielen Zahlen gehören als Datensatz nach content/daten/.',
      },
    ]);
    expect(readsOf(path.join('artikel', 'riesig.md'))).toBe(0);
    expect(readsOf(path.join('artikel', 'ziel-artikel.md'))).toBe(1);
  });

  it('is refused at one byte over the limit; a file of exactly the limit passes (rendering it is measured in BENCHMARKS.md, not here)', () => {
    const directory = writeTempContent({
      'artikel/genau-an-der-grenze.md': 'x'.repeat(articleSizeLimit),
      'artikel/ein-byte-zu-viel.md': 'x'.repeat(articleSizeLimit + 1),
    });
    expect(sizeProblem(path.join(directory, 'artikel', 'genau-an-der-grenze.md'), articleLimit)).toBeUndefined();
    expect(sizeProblem(path.join(directory, 'artikel', 'ein-byte-zu-viel.md'), articleLimit)).toBe(
      'Die Datei ist zu groß: 300,1 KB (erlaubt für einen Artikel: höchstens 300 KB). Sehr lange Texte bitte auf mehrere Artikel verteilen; Tabellen mit vielen Zahlen gehören als Datensatz nach content/daten/.',
    );
    expect(readFileSync).not.toHaveBeenCalled();
  });
});

describe('a dataset file over the limit', () => {
  it('is refused before it is read, with its size and the limit', () => {
    const rows = Array.from(
      { length: 6000 },
      (_, index) => `  - label: "Zeile ${index + 1}"\n    value: ${index}\n    source: test\n`,
    ).join('');
    const directory = writeTempContent({
      'themen.yaml': readFixture('checks/themen.yaml'),
      'artikel/ziel-artikel.md': article,
      'daten/riesig.yaml': `title: "Riesig"\ndescription: "Zu viele Zeilen."\nchart: säulen\nunit: "Autos"\nsources:\n  test:\n    name: "Test"\nrows:\n${rows}`,
    });
    const size = fs.statSync(path.join(directory, 'daten', 'riesig.yaml')).size;
    expect(size).toBeGreaterThan(datasetSizeLimit);
    readFileSync.mockClear();
    const issues = issuesFor(contentErrorFrom(directory).issues, 'riesig.yaml');
    expect(issues.map((issue) => issue.message)).toEqual([
      `Die Datei ist zu groß: ${formatSize(size)} (erlaubt für einen Datensatz: höchstens 256 KB). Große Datensätze bitte auf mehrere Dateien verteilen (je Diagramm eine).`,
    ]);
    expect(readsOf(path.join('daten', 'riesig.yaml'))).toBe(0);
  });
});
