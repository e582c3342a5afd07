import * as fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture, readFixture, removeTempDirs, writeTempContent } from './helpers';

// Count the loader's file reads: the module's own fs functions, wrapped but still working.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, readFileSync: vi.fn(actual.readFileSync), readdirSync: vi.fn(actual.readdirSync) };
});

const readFileSync = vi.mocked(fs.readFileSync);
let loadContent: typeof import('@/lib/content/load').loadContent;

// vitest runs files unisolated: another file may already have imported the loader with the real fs.
beforeAll(async () => {
  vi.resetModules();
  ({ loadContent } = await import('@/lib/content/load'));
});
const readdirSync = vi.mocked(fs.readdirSync);

beforeEach(() => {
  // Other test files in the same worker may have filled the process-wide cache (vitest runs unisolated).
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('xiaomi-im-blick.loaded-content')];
  readFileSync.mockClear();
  readdirSync.mockClear();
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});
afterAll(removeTempDirs);

/** The temp helpers read fixtures through fs too; build the directory first, then count. */
function validCopy(): string {
  return writeTempContent({
    'themen.yaml': readFixture('valid/themen.yaml'),
    'artikel/su7-auslieferungen-steigen.md': readFixture('valid/artikel/su7-auslieferungen-steigen.md'),
  });
}

describe('loadContent memoisation', () => {
  it('reads the directory once and returns the very same object on the second call', () => {
    const directory = fixture('valid');
    const first = loadContent(directory, { publicDirectory: fixture('public') });
    const readsAfterFirst = readFileSync.mock.calls.length;
    expect(readsAfterFirst).toBeGreaterThanOrEqual(4); // themen.yaml and three articles

    const second = loadContent(directory, { publicDirectory: fixture('public') });
    expect(second).toBe(first);
    expect(readFileSync.mock.calls.length).toBe(readsAfterFirst);
    expect(readdirSync).toHaveBeenCalledTimes(3); // content/ itself, artikel/ and daten/
  });

  it('reads again when asked for a different directory', () => {
    const valid = loadContent(fixture('valid'), { publicDirectory: fixture('public') });
    const directory = validCopy();
    readFileSync.mockClear();

    const other = loadContent(directory);
    expect(other).not.toBe(valid);
    expect(other.articles.map((article) => article.slug)).toEqual(['su7-auslieferungen-steigen']);
    expect(readFileSync).toHaveBeenCalled();
  });

  it('outside development does not notice edits: content is read once per process', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const directory = validCopy();
    const first = loadContent(directory);
    fs.writeFileSync(path.join(directory, 'artikel', 'neu.md'), readFixture('valid/artikel/entwurf-smart-home.md'));
    expect(loadContent(directory)).toBe(first);
  });

  it('outside development shares one read between copies of the module, as Next bundles it for pages and for route handlers', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const directory = validCopy();
    const first = loadContent(directory);
    vi.resetModules();
    const copy = await import('@/lib/content/load');
    expect(copy.loadContent).not.toBe(loadContent);
    expect(copy.loadContent(directory)).toBe(first);
  });

  it('in development each copy of the module reads for itself, so a reloaded module renders the articles anew', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const directory = validCopy();
    const first = loadContent(directory);
    vi.resetModules();
    const copy = await import('@/lib/content/load');
    const second = copy.loadContent(directory);
    expect(second).not.toBe(first);
    expect(second.articles.map((article) => article.slug)).toEqual(first.articles.map((article) => article.slug));
  });

  it('in development re-reads when a file is added, and not when nothing changed', () => {
    vi.stubEnv('NODE_ENV', 'development');
    const directory = validCopy();
    const first = loadContent(directory);
    expect(loadContent(directory)).toBe(first);

    fs.writeFileSync(
      path.join(directory, 'artikel', 'entwurf-smart-home.md'),
      readFixture('valid/artikel/entwurf-smart-home.md'),
    );
    const second = loadContent(directory);
    expect(second).not.toBe(first);
    expect(second.articles.map((article) => article.slug)).toEqual([
      'entwurf-smart-home',
      'su7-auslieferungen-steigen',
    ]);
    expect(loadContent(directory)).toBe(second);
  });

  it('prints each warning once, in the editor-facing format, when it loads', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const directory = validCopy();
    fs.writeFileSync(path.join(directory, 'artikel', 'notizen.txt'), 'Ideen');
    loadContent(directory);
    loadContent(directory);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /artikel\/notizen\.txt {2}Warnung: wird ignoriert: Artikel sind Dateien mit der Endung \.md\.$/,
    );
  });
});
