import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ContentError } from '@/lib/content/issues';
import { readContent } from '@/lib/content/load';
import { contentErrorFrom, readFixture, removeTempDirs, writeTempContent } from './helpers';

/**
 * Issue 17: in `npm run dev` one broken link in a draft turned every page into a 500 with the
 * developer overlay. In development a draft's problems stay with the draft: its own page shows
 * them, every other page renders. `next build` and `npm run check:content` still stop on them.
 */

afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(removeTempDirs);

const target = readFixture('checks/artikel/ziel-artikel.md');
const draftWithBrokenLink = target
  .replace('title: "', 'draft: true\ntitle: "Entwurf: ')
  .replace('Dieser Artikel', 'Siehe [den Bericht](/artikel/gibt-es-nicht). Dieser Artikel');
const draftWithBadDate = target
  .replace('title: "', 'draft: true\ntitle: "Entwurf mit Datumsfehler: ')
  .replace('date: 2025-12-01', 'date: 2025-13-45');

function contentWithDrafts(extra: Record<string, string> = {}): string {
  return writeTempContent({
    'themen.yaml': readFixture('checks/themen.yaml'),
    'artikel/ziel-artikel.md': target,
    'artikel/entwurf-link.md': draftWithBrokenLink,
    'artikel/entwurf-datum.md': draftWithBadDate,
    ...extra,
  });
}

describe('problems of draft articles when they stay local (next dev)', () => {
  it('do not stop the loader: the other articles load, the problems are kept per draft', () => {
    const content = readContent(contentWithDrafts(), { draftProblemsStayLocal: true });
    expect(content.articles.map((article) => article.slug).sort()).toEqual(['entwurf-link', 'ziel-artikel']);
    expect([...content.draftProblems.keys()].sort()).toEqual(['entwurf-datum', 'entwurf-link']);
    expect(content.draftProblems.get('entwurf-link')!.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^Link auf „\/artikel\/gibt-es-nicht“ führt ins Leere/),
    ]);
    expect(content.draftProblems.get('entwurf-datum')!.map((issue) => issue.field)).toEqual(['date']);
    expect(content.warnings.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('leave a problem in a published article global: it still stops the loader, with the drafts’ problems too', () => {
    const directory = contentWithDrafts({
      'artikel/kaputt.md': target.replace('title: "', 'title: "Kaputt: ').replace('date: 2025-12-01', 'date: gestern'),
    });
    let error: unknown;
    try {
      readContent(directory, { draftProblemsStayLocal: true });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const files = new Set((error as ContentError).issues.map((issue) => issue.file.split('/').pop()));
    expect(files).toEqual(new Set(['kaputt.md', 'entwurf-link.md', 'entwurf-datum.md']));
  });
});

describe('problems of draft articles in the build and in check:content', () => {
  it('stop the loader as before', () => {
    const error = contentErrorFrom(contentWithDrafts());
    const files = new Set(error.issues.map((issue) => issue.file.split('/').pop()));
    expect(files).toEqual(new Set(['entwurf-link.md', 'entwurf-datum.md']));
  });
});

describe('the catalog and the article page in development', () => {
  it('load despite a draft’s problems, and only the draft’s page throws them', { timeout: 60_000 }, async () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('CONTENT_DIR', contentWithDrafts());
    vi.resetModules();
    const { getCatalog } = await import('@/lib/content/catalog');
    const catalog = getCatalog();
    expect(catalog.bySlug('ziel-artikel')?.state).toBe('published');
    expect(catalog.problemsOf('ziel-artikel')).toEqual([]);
    expect(catalog.problemsOf('entwurf-datum').map((issue) => issue.field)).toEqual(['date']);

    const page = await import('@/app/artikel/[slug]/page');
    const slugs = page.generateStaticParams().map(({ slug }) => slug);
    expect(slugs).toEqual(expect.arrayContaining(['ziel-artikel', 'entwurf-link', 'entwurf-datum']));
    await expect(page.default({ params: Promise.resolve({ slug: 'entwurf-link' }) })).rejects.toThrow(
      /Link auf „\/artikel\/gibt-es-nicht“ führt ins Leere/,
    );
    // The page's module copy was loaded afresh, so its ContentError is another class object: compare by name.
    await expect(page.default({ params: Promise.resolve({ slug: 'entwurf-datum' }) })).rejects.toMatchObject({
      name: 'ContentError',
      issues: [expect.objectContaining({ field: 'date' })],
    });
    await expect(page.default({ params: Promise.resolve({ slug: 'ziel-artikel' }) })).resolves.toBeTruthy();
  });
});
