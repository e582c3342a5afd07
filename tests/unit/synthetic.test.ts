import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveByMonth, archiveMonths } from '@/lib/archive';
import { pageSize } from '@/lib/pagination';
import { createCatalog } from '@/lib/content/catalog';
import { readContent, readVocabularyFile } from '@/lib/content/load';
import { generateArticles, syntheticAuthorsYaml } from '../../scripts/commands/synthetic';
import { generateArticlesCommand } from '../../scripts/commands/generate-articles';
import { generatedSite } from '../e2e/generated-site';
import { removeTempDirs, writeTempContent } from './helpers';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const themenFile = path.join(projectRoot, 'content', 'themen.yaml');
const tagNames = readVocabularyFile(path.join(projectRoot, 'content')).tags.map((tag) => tag.name);
// The Markdown pipeline is slow on a busy CI machine.
const scriptTimeout = 60_000;

afterAll(removeTempDirs);

/** A generated set as a content directory, with the project's themen.yaml and the generator's authors. */
function generatedDirectory(count: number, seed: number, busyMonth = 0): string {
  const files = Object.fromEntries(
    generateArticles({ count, seed, tagNames, busyMonth }).map((file) => [file.path, file.text]),
  );
  return writeTempContent({
    ...files,
    'themen.yaml': readFileSync(themenFile, 'utf8'),
    'autoren.yaml': syntheticAuthorsYaml(),
  });
}

describe('generateArticles', () => {
  it('is deterministic: the same seed gives the same files, another seed other ones', () => {
    const first = generateArticles({ count: 40, seed: 7, tagNames });
    expect(generateArticles({ count: 40, seed: 7, tagNames })).toEqual(first);
    expect(generateArticles({ count: 40, seed: 8, tagNames })).not.toEqual(first);
  });

  it('writes the same dates whatever the time zone of the machine', () => {
    const originalTz = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const inUtc = generateArticles({ count: 30, seed: 5, tagNames });
      process.env.TZ = 'America/Los_Angeles';
      expect(new Date(0).getTimezoneOffset()).toBe(480);
      expect(generateArticles({ count: 30, seed: 5, tagNames })).toEqual(inUtc);
    } finally {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    }
  });

  it('marks every article as synthetic and numbers them in order of publication', () => {
    const files = generateArticles({ count: 12, seed: 1, tagNames });
    expect(files).toHaveLength(12);
    for (const [index, file] of files.entries()) {
      expect(file.path).toMatch(new RegExp(`^artikel/testartikel-${index + 1}-[a-z0-9-]+\\.md$`));
      expect(file.text).toContain(`title: "Testartikel ${index + 1}: `);
      expect(file.text).toMatch(/name: Synthetische Testquelle/);
    }
  });

  it('writes articles as long as the real ones (about 450 to 1,000 words) with figures, lists and quotes', () => {
    const files = generateArticles({ count: 80, seed: 2, tagNames });
    const bodies = files.map((file) => file.text.split('\n---\n')[1]!);
    const words = bodies.map((body) => body.split(/\s+/).filter(Boolean).length);
    const average = words.reduce((sum, count) => sum + count, 0) / words.length;
    expect(average).toBeGreaterThan(450);
    expect(average).toBeLessThan(1000);
    expect(files.filter((file) => file.text.includes('\nfigures:\n')).length).toBeGreaterThan(10);
    expect(bodies.filter((body) => /^> „/m.test(body)).length).toBeGreaterThan(5);
    expect(bodies.filter((body) => /^- /m.test(body)).length).toBeGreaterThan(5);
  });

  it('embeds chart datasets only when it is given their names', () => {
    const withCharts = generateArticles({
      count: 60,
      seed: 4,
      tagNames,
      chartIds: ['auslieferungen-2025', 'vertriebsnetz'],
    });
    const embedding = withCharts.filter((file) => /^```chart (auslieferungen-2025|vertriebsnetz)$/m.test(file.text));
    expect(embedding.length).toBeGreaterThan(3);
    expect(embedding.length).toBeLessThan(30);
    expect(generateArticles({ count: 60, seed: 4, tagNames }).some((file) => file.text.includes('```chart'))).toBe(
      false,
    );
  });

  it('rejects impossible options', () => {
    expect(() => generateArticles({ count: 0, seed: 1, tagNames })).toThrow(RangeError);
    expect(() => generateArticles({ count: 3, seed: 1, tagNames: [] })).toThrow();
    expect(() => generateArticles({ count: 3, seed: 1, tagNames, newest: '28.11.2025' })).toThrow();
    expect(() => generateArticles({ count: 3, seed: 1, tagNames, busyMonth: 4 })).toThrow(RangeError);
    expect(() => generateArticles({ count: 3, seed: 1, tagNames, busyMonth: -1 })).toThrow(RangeError);
  });

  it('puts the newest `busyMonth` articles into the newest month and spreads the rest over the months before', () => {
    const months = (busyMonth: number) =>
      generateArticles({ count: 30, seed: 6, tagNames, busyMonth, newest: '2025-11-28', months: 12 }).map(
        (file) => /^date: "?(\d{4}-\d{2})/m.exec(file.text)![1],
      );
    const busy = months(12);
    expect(busy.slice(-12)).toEqual(Array(12).fill('2025-11'));
    expect(busy.slice(0, -12)).not.toContain('2025-11');
    expect(new Set(busy.slice(0, -12)).size).toBeGreaterThanOrEqual(10);
    // Without it, no month holds more than a handful.
    const even = months(0);
    expect(Math.max(...[...new Set(even)].map((month) => even.filter((other) => other === month).length))).toBeLessThan(
      5,
    );
  });

  it(
    'passes every content check of the loader, and varies ressorts, types, tags, dates and tables',
    { timeout: scriptTimeout },
    () => {
      const content = readContent(generatedDirectory(80, 3));
      expect(content.articles).toHaveLength(80);
      expect(content.warnings).toEqual([]);
      const catalog = createCatalog(content, { now: new Date('2025-12-02T12:00:00+01:00'), includeUnpublished: false });
      expect(catalog.articles).toHaveLength(80);
      // "Testartikel n" is newer than "Testartikel n - 1".
      const numbers = catalog.articles.map((article) => Number(/^Testartikel (\d+):/.exec(article.title)![1]));
      expect(numbers).toEqual(numbers.toSorted((a, b) => b - a));
      expect(new Set(content.articles.map((article) => article.ressort)).size).toBe(4);
      expect(new Set(content.articles.map((article) => article.type)).size).toBe(4);
      expect(catalog.tagCounts().length).toBeGreaterThan(10);
      const years = archiveByMonth(content.articles);
      expect(years.length).toBeGreaterThanOrEqual(2);
      expect(years.flatMap((year) => year.months).length).toBeGreaterThanOrEqual(20);
      expect(content.articles.filter((article) => article.html.includes('<table>')).length).toBeGreaterThan(20);
      expect(content.articles.filter((article) => article.html.includes('href="/artikel/')).length).toBeGreaterThan(5);
      expect(content.articles.filter((article) => article.html.includes('data-footnote-ref')).length).toBe(20);
      // Some articles sit in the first half hour of a month in Berlin, which UTC still counts to the month before.
      expect(
        content.articles.some(
          (article) =>
            article.date.instant.toISOString().endsWith('T23:30:00.000Z') ||
            article.date.instant.toISOString().endsWith('T22:30:00.000Z'),
        ),
      ).toBe(true);
    },
  );

  it(
    'gives the e2e set of 35 articles several pages on home, one topic, one ressort and one archive month',
    { timeout: scriptTimeout },
    () => {
      const catalog = createCatalog(
        readContent(generatedDirectory(generatedSite.count, generatedSite.seed, generatedSite.busyMonth)),
        { now: new Date(generatedSite.buildNow), includeUnpublished: false },
      );
      expect(catalog.articles).toHaveLength(generatedSite.count);
      expect(catalog.tagCounts()[0]!.count).toBeGreaterThan(10);
      expect(
        Math.max(
          ...['partnerschaften', 'expansion', 'zahlen', 'technik'].map(
            (slug) => catalog.byRessort(slug as 'zahlen').length,
          ),
        ),
      ).toBeGreaterThan(10);
      const fullest = Math.max(...archiveMonths(catalog.archive()).map((month) => month.articles.length));
      expect(fullest).toBeGreaterThan(pageSize);
    },
  );
});

describe('scripts/generate-articles.ts', () => {
  const directories: string[] = [];
  afterAll(() => {
    for (const directory of directories) rmSync(directory, { recursive: true, force: true });
  });
  const tempDir = () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'xiaomi-im-blick-generator-'));
    directories.push(directory);
    return directory;
  };
  // The script's command, from the project folder as the script runs (command-scripts.test.ts starts the
  // script itself once).
  const run = (...args: string[]) => {
    expect(process.cwd()).toBe(projectRoot);
    return generateArticlesCommand(args);
  };
  const snapshot = (directory: string) =>
    Object.fromEntries(
      [
        'themen.yaml',
        'autoren.yaml',
        ...readdirSync(path.join(directory, 'artikel')).map((name) => `artikel/${name}`),
      ].map((name) => [name, readFileSync(path.join(directory, name), 'utf8')]),
    );

  it('writes the same files for the same seed, with the given themen.yaml', { timeout: scriptTimeout }, () => {
    const [first, second] = [path.join(tempDir(), 'a'), path.join(tempDir(), 'b')];
    expect(run('--out', first, '--count', '15', '--seed', '42').status).toBe(0);
    expect(run('--out', second, '--count', '15', '--seed', '42').status).toBe(0);
    expect(snapshot(first)).toEqual(snapshot(second));
    expect(Object.keys(snapshot(first))).toHaveLength(17);
    expect(readFileSync(path.join(first, 'themen.yaml'), 'utf8')).toBe(readFileSync(themenFile, 'utf8'));
    expect(readFileSync(path.join(first, 'autoren.yaml'), 'utf8')).toBe(syntheticAuthorsYaml());
    expect(readContent(first).articles).toHaveLength(15);
  });

  it(
    'copies the chart datasets of --daten, not the timeline, and the articles that embed them load',
    { timeout: scriptTimeout },
    () => {
      const target = path.join(tempDir(), 'mit-daten');
      expect(run('--out', target, '--count', '60', '--daten', path.join('content', 'daten')).status).toBe(0);
      const charts = readdirSync(path.join(projectRoot, 'content', 'daten')).filter(
        (name) => name !== 'zeitleiste.yaml',
      );
      expect(readdirSync(path.join(target, 'daten')).sort()).toEqual(charts.sort());
      const content = readContent(target);
      expect(content.datasets.timeline).toBeUndefined();
      expect(content.articles.filter((article) => article.html.includes('<figure')).length).toBeGreaterThan(0);
    },
  );

  it('replaces its own earlier output completely', { timeout: scriptTimeout }, () => {
    const target = tempDir();
    expect(run('--out', target, '--count', '12').status).toBe(0);
    expect(run('--out', target, '--count', '5').status).toBe(0);
    expect(readdirSync(path.join(target, 'artikel'))).toHaveLength(5);
  });

  it('never writes into content/ or into a folder it did not create', { timeout: scriptTimeout }, () => {
    const before = readdirSync(path.join(projectRoot, 'content', 'artikel'));
    for (const target of ['content', path.join(projectRoot, 'content', 'artikel')]) {
      const result = run('--out', target, '--count', '2');
      expect(result.status, target).toBe(1);
      expect(result.stderr).toContain('liegt in content/');
    }
    expect(readdirSync(path.join(projectRoot, 'content', 'artikel'))).toEqual(before);

    const foreign = tempDir();
    writeFileSync(path.join(foreign, 'notizen.txt'), 'nicht löschen');
    const result = run('--out', foreign, '--count', '2');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ist nicht leer');
    expect(existsSync(path.join(foreign, 'artikel'))).toBe(false);
  });

  it('explains a bad count in German', { timeout: scriptTimeout }, () => {
    const result = run('--out', path.join(tempDir(), 'x'), '--count', 'viele');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--count muss eine positive ganze Zahl sein');
  });

  it('explains a busy month larger than the count in German', { timeout: scriptTimeout }, () => {
    const result = run('--out', path.join(tempDir(), 'x'), '--count', '5', '--busy-month', '6');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--busy-month muss eine ganze Zahl von 0 bis 5 (--count) sein, nicht „6“');
  });
});
