import { describe, expect, it } from 'vitest';
import { articleBreadcrumbs } from '@/lib/breadcrumbs';
import type { Article } from '@/lib/content/article';
import { createCatalog } from '@/lib/content/catalog';
import { TagVocabulary } from '@/lib/content/themen';
import { absoluteUrl } from '@/lib/site';
import { articleBreadcrumbJsonLd, serializeJsonLd } from '@/lib/seo/structured-data';
import { makeArticle, makeTag } from './helpers';

const now = new Date('2025-06-15T10:00:00Z');
const vocabulary = new TagVocabulary(['SU7', 'Europa', 'Smart Home', 'Aktie'].map(makeTag));
const slugs = (articles: readonly { slug: string }[] | undefined) => articles?.map((article) => article.slug);

/** Oldest to newest by date; a draft and a scheduled article sit between and after them. */
const articles: Article[] = [
  makeArticle({ slug: 'erster', date: '2025-01-10', tags: ['SU7', 'Europa'] }),
  makeArticle({ slug: 'zweiter', date: '2025-02-10', tags: ['SU7'] }),
  makeArticle({ slug: 'entwurf', date: '2025-02-20', tags: ['SU7'], draft: true }),
  makeArticle({ slug: 'dritter', date: '2025-03-10T09:00:00+01:00', tags: ['Europa', 'SU7'] }),
  makeArticle({ slug: 'vierter', date: '2025-04-10', tags: ['Smart Home'], featured: true }),
  makeArticle({ slug: 'fuenfter', date: '2025-05-10', tags: ['SU7', 'Europa'] }),
  makeArticle({ slug: 'geplant', date: '2025-07-01', tags: ['SU7'] }),
];
const published = createCatalog({ articles, vocabulary }, { now, includeUnpublished: false });
const preview = createCatalog({ articles, vocabulary }, { now, includeUnpublished: true });
const article = (slug: string) => published.bySlug(slug)!;

describe('frontPage', () => {
  it('puts the lead story first, then every other article newest first', () => {
    expect(published.lead()?.slug).toBe('vierter');
    expect(slugs(published.frontPage())).toEqual(['vierter', 'fuenfter', 'dritter', 'zweiter', 'erster']);
  });

  it('is the plain newest-first list when nothing is featured, and empty without articles', () => {
    const plain = createCatalog(
      { articles: articles.map((entry) => ({ ...entry, featured: false })), vocabulary },
      { now, includeUnpublished: false },
    );
    expect(slugs(plain.frontPage())).toEqual(slugs(plain.articles));
    expect(createCatalog({ articles: [], vocabulary }, { now, includeUnpublished: false }).frontPage()).toEqual([]);
  });
});

describe('neighbours (previous and next article)', () => {
  it('are the articles published just before and after, in date order', () => {
    expect(slugs([published.neighbours(article('dritter')).older!])).toEqual(['zweiter']);
    expect(slugs([published.neighbours(article('dritter')).newer!])).toEqual(['vierter']);
  });

  it('stop at the oldest and the newest article', () => {
    expect(published.neighbours(article('erster')).older).toBeUndefined();
    expect(published.neighbours(article('erster')).newer?.slug).toBe('zweiter');
    expect(published.neighbours(article('fuenfter')).newer).toBeUndefined();
  });

  it('skip drafts and scheduled articles on the published site', () => {
    expect(published.neighbours(article('zweiter')).newer?.slug).toBe('dritter');
    expect(published.neighbours(article('fuenfter')).newer).toBeUndefined();
  });

  it('include marked previews where the catalog shows them (next dev)', () => {
    expect(preview.neighbours(preview.bySlug('zweiter')!).newer?.slug).toBe('entwurf');
    expect(preview.neighbours(preview.bySlug('fuenfter')!).newer?.slug).toBe('geplant');
  });

  it('are empty for an article the catalog does not list', () => {
    expect(published.neighbours(makeArticle({ slug: 'fremd' }))).toEqual({});
  });
});

describe('ending (the end of an article page)', () => {
  it('keeps the neighbours and lists the related articles, then the ressort, without either neighbour', () => {
    const ending = published.ending(article('dritter'));
    expect(ending.older?.slug).toBe('zweiter');
    expect(ending.newer?.slug).toBe('vierter');
    // Related by tags: fuenfter, erster (zweiter is the previous article); vierter shares no tag.
    expect(slugs(ending.more)).toEqual(['fuenfter', 'erster']);
  });

  it('never lists an article twice, the article itself, a neighbour, a draft or a scheduled article', () => {
    for (const catalog of [published, preview]) {
      for (const listed of catalog.articles) {
        const { older, newer, more } = catalog.ending(listed);
        const linked = [older, newer, ...more].filter((entry) => entry !== undefined).map((entry) => entry.slug);
        expect(new Set(linked).size, listed.slug).toBe(linked.length);
        expect(linked).not.toContain(listed.slug);
        expect(more.length).toBeLessThanOrEqual(5);
      }
    }
    for (const listed of published.articles) {
      const { older, newer, more } = published.ending(listed);
      const linked = [older, newer, ...more].map((entry) => entry?.slug);
      expect(linked).not.toContain('entwurf');
      expect(linked).not.toContain('geplant');
    }
  });
});

describe('breadcrumbs', () => {
  it('lead from the start page through the ressort to the article', () => {
    const crumbs = articleBreadcrumbs(makeArticle({ slug: 'su7-news', title: 'SU7 kommt', ressort: 'zahlen' }));
    expect(crumbs).toEqual([
      { name: 'Start', path: '/' },
      { name: 'Zahlen', path: '/ressorts/zahlen' },
      { name: 'SU7 kommt', path: '/artikel/su7-news' },
    ]);
  });

  it('are the same trail as the BreadcrumbList JSON-LD', () => {
    const entry = makeArticle({ slug: 'su7-news', ressort: 'technik' });
    // Plain JSON as crawlers read it, without schema-dts' union types in the way.
    const { itemListElement: items } = JSON.parse(serializeJsonLd(articleBreadcrumbJsonLd(entry))) as {
      itemListElement: { name: string; item: string }[];
    };
    expect(items.map(({ name, item }) => ({ name, item }))).toEqual(
      articleBreadcrumbs(entry).map(({ name, path }) => ({ name, item: absoluteUrl(path) })),
    );
  });
});
