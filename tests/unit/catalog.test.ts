import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/lib/content/article';
import { createCatalog, getCatalog } from '@/lib/content/catalog';
import { readContent } from '@/lib/content/load';
import { buildNow, isPublished, previewsUnpublished, publicationState } from '@/lib/content/publish';
import { TagVocabulary } from '@/lib/content/themen';
import { ressorts } from '@/lib/ressorts';
import { makeArticle, makeTag } from './helpers';

const now = new Date('2025-06-15T10:00:00Z');
const vocabulary = new TagVocabulary(['Elektroautos', 'SU7', 'YU7', 'Europa', 'Smart Home', 'Aktie'].map(makeTag));

function catalogOf(articles: Article[], includeUnpublished = false) {
  return createCatalog({ articles, vocabulary }, { now, includeUnpublished });
}
const slugs = (articles: readonly { slug: string }[]) => articles.map((article) => article.slug);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('publish rule (publicationState)', () => {
  it('publishes an article dated in the past', () => {
    expect(publicationState(makeArticle({ slug: 'alt', date: '2025-06-14' }), now)).toBe('published');
  });

  it('publishes an article dated exactly now', () => {
    expect(publicationState(makeArticle({ slug: 'jetzt', date: '2025-06-15T12:00:00+02:00' }), now)).toBe('published');
  });

  it('schedules an article dated one second after now', () => {
    expect(publicationState(makeArticle({ slug: 'gleich', date: '2025-06-15T12:00:01+02:00' }), now)).toBe('scheduled');
  });

  it('treats a plain day as starting at midnight in Berlin', () => {
    // 2025-06-16 begins at 2025-06-15T22:00Z in Berlin (summer time).
    const nextDay = makeArticle({ slug: 'morgen', date: '2025-06-16' });
    expect(publicationState(nextDay, new Date('2025-06-15T21:59:59Z'))).toBe('scheduled');
    expect(publicationState(nextDay, new Date('2025-06-15T22:00:00Z'))).toBe('published');
  });

  it('calls a draft a draft, whether its date is past or future', () => {
    expect(publicationState(makeArticle({ slug: 'e1', date: '2025-01-01', draft: true }), now)).toBe('draft');
    expect(publicationState(makeArticle({ slug: 'e2', date: '2030-01-01', draft: true }), now)).toBe('draft');
  });

  it('isPublished is true only for the published state', () => {
    expect(isPublished(makeArticle({ slug: 'a', date: '2025-01-01' }), now)).toBe(true);
    expect(isPublished(makeArticle({ slug: 'b', date: '2025-01-01', draft: true }), now)).toBe(false);
    expect(isPublished(makeArticle({ slug: 'c', date: '2026-01-01' }), now)).toBe(false);
  });

  it('previews unpublished articles only in development', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(previewsUnpublished()).toBe(true);
    vi.stubEnv('NODE_ENV', 'production');
    expect(previewsUnpublished()).toBe(false);
    vi.stubEnv('NODE_ENV', 'test');
    expect(previewsUnpublished()).toBe(false);
  });
});

describe('createCatalog visibility', () => {
  const articles = [
    makeArticle({ slug: 'veroeffentlicht', date: '2025-05-01' }),
    makeArticle({ slug: 'entwurf', date: '2025-04-01', draft: true }),
    makeArticle({ slug: 'geplant', date: '2025-07-01' }),
  ];

  it('leaves out drafts and future-dated articles when unpublished ones are not included', () => {
    const catalog = catalogOf(articles);
    expect(slugs(catalog.articles)).toEqual(['veroeffentlicht']);
    expect(catalog.articles[0]?.state).toBe('published');
    expect(catalog.bySlug('entwurf')).toBeUndefined();
    expect(catalog.bySlug('geplant')).toBeUndefined();
    expect(catalog.byTag('su7').map((article) => article.slug)).toEqual(['veroeffentlicht']);
  });

  it('includes them in preview and marks them as draft or scheduled', () => {
    const catalog = catalogOf(articles, true);
    expect(catalog.articles.map(({ slug, state }) => [slug, state])).toEqual([
      ['geplant', 'scheduled'],
      ['veroeffentlicht', 'published'],
      ['entwurf', 'draft'],
    ]);
  });

  it('does not change the articles it was given', () => {
    catalogOf(articles, true);
    expect(articles.every((article) => !('state' in article))).toBe(true);
  });

  it('keeps the vocabulary it was given', () => {
    expect(catalogOf(articles).vocabulary).toBe(vocabulary);
  });
});

describe('createCatalog selectors', () => {
  const articles = [
    makeArticle({ slug: 'b-mittel', date: '2025-03-01', tags: ['SU7', 'Europa'], ressort: 'expansion' }),
    makeArticle({ slug: 'neueste', date: '2025-06-01T08:00:00+02:00', tags: ['Aktie'], ressort: 'zahlen' }),
    makeArticle({ slug: 'aelteste', date: '2024-01-10', tags: ['SU7'], ressort: 'zahlen', featured: true }),
    makeArticle({
      slug: 'a-mittel',
      date: '2025-03-01',
      tags: ['SU7', 'YU7', 'Europa'],
      ressort: 'technik',
      featured: true,
    }),
    makeArticle({ slug: 'zukunft', date: '2025-12-24', tags: ['SU7', 'Europa'], featured: true }),
  ];
  const catalog = catalogOf(articles);

  it('lists articles newest first, by slug on the same date', () => {
    expect(slugs(catalog.articles)).toEqual(['neueste', 'a-mittel', 'b-mittel', 'aelteste']);
  });

  it('finds an article by slug and returns undefined for an unknown one', () => {
    expect(catalog.bySlug('a-mittel')?.title).toBe('Titel a-mittel');
    expect(catalog.bySlug('gibt-es-nicht')).toBeUndefined();
  });

  it('lists a tag’s visible articles newest first, and nothing for an unused or unknown tag', () => {
    expect(slugs(catalog.byTag('su7'))).toEqual(['a-mittel', 'b-mittel', 'aelteste']);
    expect(slugs(catalog.byTag('europa'))).toEqual(['a-mittel', 'b-mittel']);
    expect(catalog.byTag('smart-home')).toEqual([]);
    expect(catalog.byTag('gibt-es-nicht')).toEqual([]);
  });

  it('lists a ressort’s articles newest first', () => {
    expect(slugs(catalog.byRessort('zahlen'))).toEqual(['neueste', 'aelteste']);
    expect(slugs(catalog.byRessort('technik'))).toEqual(['a-mittel']);
    expect(catalog.byRessort('partnerschaften')).toEqual([]);
  });

  it('counts tags over visible articles only, most used first, leaving out unused tags', () => {
    expect(catalog.tagCounts().map(({ tag, count }) => [tag.slug, count])).toEqual([
      ['su7', 3],
      ['europa', 2],
      ['aktie', 1],
      ['yu7', 1],
    ]);
  });

  it('breaks a tie in tag counts alphabetically by German name', () => {
    const tied = catalogOf([makeArticle({ slug: 'x', tags: ['YU7', 'Smart Home', 'Aktie', 'Elektroautos'] })]);
    expect(tied.tagCounts().map(({ tag }) => tag.name)).toEqual(['Aktie', 'Elektroautos', 'Smart Home', 'YU7']);
  });

  it('leads with the newest featured article, not a newer unfeatured or a future featured one', () => {
    expect(catalog.lead()?.slug).toBe('a-mittel');
  });

  it('leads with the newest article when none is featured', () => {
    const plain = catalogOf([
      makeArticle({ slug: 'alt', date: '2024-01-01' }),
      makeArticle({ slug: 'neu', date: '2025-01-01' }),
    ]);
    expect(plain.lead()?.slug).toBe('neu');
  });

  it('has no lead when nothing is visible', () => {
    expect(catalogOf([makeArticle({ slug: 'zukunft', date: '2030-01-01' })]).lead()).toBeUndefined();
    expect(catalogOf([]).articles).toEqual([]);
  });
});

describe('createCatalog related articles', () => {
  const articles = [
    makeArticle({ slug: 'basis', date: '2025-05-01', tags: ['SU7', 'YU7', 'Europa'] }),
    makeArticle({ slug: 'drei-gemeinsam', date: '2024-01-01', tags: ['SU7', 'YU7', 'Europa', 'Aktie'] }),
    makeArticle({ slug: 'eins-gemeinsam-neu', date: '2025-04-01', tags: ['Europa'] }),
    makeArticle({ slug: 'eins-gemeinsam-alt', date: '2025-02-01', tags: ['SU7'] }),
    makeArticle({ slug: 'zwei-gemeinsam', date: '2024-06-01', tags: ['YU7', 'SU7'] }),
    makeArticle({ slug: 'nichts-gemeinsam', date: '2025-04-20', tags: ['Smart Home'] }),
    makeArticle({ slug: 'entwurf-gemeinsam', date: '2025-04-25', tags: ['SU7', 'YU7', 'Europa'], draft: true }),
  ];
  const catalog = catalogOf(articles);
  const basis = catalog.bySlug('basis')!;

  it('ranks by number of shared tags, newer first on a tie, at most three', () => {
    expect(slugs(catalog.related(basis))).toEqual(['drei-gemeinsam', 'zwei-gemeinsam', 'eins-gemeinsam-neu']);
  });

  it('honours a different limit', () => {
    expect(slugs(catalog.related(basis, 5))).toEqual([
      'drei-gemeinsam',
      'zwei-gemeinsam',
      'eins-gemeinsam-neu',
      'eins-gemeinsam-alt',
    ]);
    expect(slugs(catalog.related(basis, 1))).toEqual(['drei-gemeinsam']);
  });

  it('never lists the article itself, nor invisible articles', () => {
    const related = slugs(catalog.related(basis, 10));
    expect(related).not.toContain('basis');
    expect(related).not.toContain('entwurf-gemeinsam');
  });

  it('lists nothing for an article without shared tags', () => {
    expect(catalog.related(catalog.bySlug('nichts-gemeinsam')!)).toEqual([]);
  });

  it('also works for an article that is not in the catalog (a preview of a draft)', () => {
    expect(slugs(catalog.related(articles[6]!))).toEqual(['basis', 'drei-gemeinsam', 'zwei-gemeinsam']);
  });

  it('gives articles with the same topics the same related articles, each without itself', () => {
    const twins = catalogOf([
      ...articles,
      makeArticle({ slug: 'zwilling', date: '2025-03-01', tags: ['Europa', 'YU7', 'SU7'] }),
    ]);
    expect(slugs(twins.related(twins.bySlug('basis')!))).toEqual(['zwilling', 'drei-gemeinsam', 'zwei-gemeinsam']);
    expect(slugs(twins.related(twins.bySlug('zwilling')!))).toEqual(['basis', 'drei-gemeinsam', 'zwei-gemeinsam']);
    expect(slugs(twins.related(twins.bySlug('basis')!, 1))).toEqual(['zwilling']);
  });

  it('agrees with ranking every other article by shared topics, then newest first, for a large catalog', () => {
    const names = ['Elektroautos', 'SU7', 'YU7', 'Europa', 'Smart Home', 'Aktie'];
    // A fixed pseudo-random mix of one to three topics per article, many of them sharing the same set.
    const many = Array.from({ length: 300 }, (_, index) => {
      const tags = [
        ...new Set([names[index % 6]!, names[(index * 7) % 5]!, names[(index * 13) % 4]!].slice(0, 1 + (index % 3))),
      ];
      const day = new Date(Date.UTC(2024, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
      return makeArticle({ slug: `artikel-${index}`, date: day, tags });
    });
    const large = catalogOf(many);
    const position = new Map(large.articles.map((article, index) => [article.slug, index]));
    for (const article of large.articles) {
      const own = new Set(article.tags.map((tag) => tag.slug));
      const expected = large.articles
        .filter((other) => other.slug !== article.slug)
        .map((other) => ({ other, shared: other.tags.filter((tag) => own.has(tag.slug)).length }))
        .filter(({ shared }) => shared > 0)
        .sort((a, b) => b.shared - a.shared || position.get(a.other.slug)! - position.get(b.other.slug)!)
        .slice(0, 5)
        .map(({ other }) => other.slug);
      expect(slugs(large.related(article, 5)), article.slug).toEqual(expected);
    }
  });
});

describe('buildNow and getCatalog', () => {
  it('uses BUILD_NOW when set, so every build worker applies the rule to the same moment', () => {
    vi.stubEnv('BUILD_NOW', '2025-12-01T09:30:00+01:00');
    expect(buildNow()).toEqual(new Date('2025-12-01T08:30:00Z'));
  });

  it('falls back to the current time when BUILD_NOW is not set', () => {
    vi.stubEnv('BUILD_NOW', undefined);
    vi.useFakeTimers({ now: new Date('2026-02-03T12:00:00Z') });
    try {
      expect(buildNow()).toEqual(new Date('2026-02-03T12:00:00Z'));
    } finally {
      vi.useRealTimers();
    }
  });

  // Loading and rendering every real article took over 5 s on a loaded machine: a time budget, not a hang.
  it('builds the catalog of the real content once per process, applying BUILD_NOW', () => {
    vi.stubEnv('CONTENT_DIR', undefined);
    // After the newest real article (the Technik piece of 2026-12-05), so every article counts as published.
    vi.stubEnv('BUILD_NOW', '2027-01-01T00:00:00Z');
    const catalog = getCatalog();
    expect(getCatalog()).toBe(catalog);
    expect(catalog.articles.map((article) => article.slug).sort()).toEqual(
      readContent()
        .articles.map((article) => article.slug)
        .sort(),
    );
    expect(catalog.articles.every((article) => article.state === 'published')).toBe(true);
    expect(catalog.lead()?.slug).toBe('xiaomi-liefert-im-november-mehr-als-40000-elektroautos-aus');
  }, 30_000);

  it('leaves no ressort of the main navigation empty in the real content', () => {
    vi.stubEnv('CONTENT_DIR', undefined);
    vi.stubEnv('BUILD_NOW', '2027-01-01T00:00:00Z');
    const catalog = getCatalog();
    for (const ressort of ressorts) expect(catalog.byRessort(ressort.slug).length, ressort.slug).toBeGreaterThan(0);
    expect(slugs(catalog.byRessort('technik'))).toContain(
      'xiaomis-notausweichassistent-aes-soll-zwei-ausweichmanoever-hintereinander-schaffen',
    );
  }, 30_000);
});
