import { describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/load';
import { ressortBySlug } from '@/lib/ressorts';
import {
  articleBreadcrumbJsonLd,
  newsArticleJsonLd,
  organizationJsonLd,
  profilePageJsonLd,
  serializeJsonLd,
  websiteJsonLd,
} from '@/lib/seo/structured-data';
import { absoluteUrl } from '@/lib/site';
import { makeArticle, makeAuthor } from './helpers';

const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const absolute = /^https?:\/\/[^/]+\//;
const { articles } = readContent();

/** Plain JSON as crawlers read it, without schema-dts' union types in the way. */
const asJson = (data: object) => JSON.parse(serializeJsonLd(data)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('NewsArticle JSON-LD of every article', () => {
  for (const article of articles) {
    it(`${article.slug} carries every field Google News reads, with correct values`, () => {
      const data = asJson(newsArticleJsonLd(article));
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('NewsArticle');
      expect(data.headline).toBe(article.title);
      expect(data.headline.length).toBeLessThanOrEqual(110);
      expect(data.description).toBe(article.teaser);

      expect(data.datePublished).toMatch(isoWithOffset);
      expect(new Date(data.datePublished).getTime()).toBe(article.date.instant.getTime());
      expect(data.dateModified).toMatch(isoWithOffset);
      expect(new Date(data.dateModified).getTime()).toBeGreaterThanOrEqual(new Date(data.datePublished).getTime());

      expect(data.author).toHaveLength(1);
      expect(data.author[0].name).toBe(article.author.name);
      expect(data.author[0]['@type']).toBe(article.author.kind === 'person' ? 'Person' : 'Organization');
      expect(data.author[0].url).toMatch(new RegExp(`^https?://[^/]+/autoren/${article.author.slug}$`));
      expect(data.publisher).toMatchObject({
        '@type': 'Organization',
        name: 'Xiaomi im Blick',
        logo: { '@type': 'ImageObject' },
      });
      expect(data.publisher.logo.url).toMatch(absolute);
      expect(data.publisher.logo.url).toMatch(/\/logo\.png$/);

      expect(data.image.length).toBeGreaterThan(0);
      for (const image of data.image) expect(image).toMatch(absolute);
      expect(data.articleSection).toBe(ressortBySlug(article.ressort)!.name);
      expect(data.keywords).toEqual(article.tags.map((tag) => tag.name));
      expect(data.inLanguage).toBe('de');
      expect(data.url).toMatch(new RegExp(`^https?://[^/]+/artikel/${article.slug}$`));
      expect(data.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': data.url });
    });

    it(`${article.slug} has the breadcrumb Start › Ressort › Artikel with absolute URLs`, () => {
      const data = asJson(articleBreadcrumbJsonLd(article));
      expect(data['@type']).toBe('BreadcrumbList');
      expect(data.itemListElement.map((item: { position: number }) => item.position)).toEqual([1, 2, 3]);
      expect(data.itemListElement.map((item: { name: string }) => item.name)).toEqual([
        'Start',
        ressortBySlug(article.ressort)!.name,
        article.title,
      ]);
      expect(data.itemListElement[1].item).toMatch(new RegExp(`/ressorts/${article.ressort}$`));
      for (const item of data.itemListElement) expect(item.item).toMatch(absolute);
    });
  }

  it('uses the later "updated" date as dateModified and the article image when there is one', () => {
    const article = makeArticle({
      slug: 'mit-bild',
      date: '2025-03-22T10:00:00+01:00',
      updated: '2025-07-01T08:00:00+02:00',
      image: { src: '/bilder/su7.jpg', alt: 'Ein SU7', credit: 'Xiaomi' },
    });
    const data = asJson(newsArticleJsonLd(article));
    expect(data.datePublished).toBe('2025-03-22T10:00:00+01:00');
    expect(data.dateModified).toBe('2025-07-01T08:00:00+02:00');
    expect(data.image).toEqual([expect.stringMatching(/\/bilder\/su7\.jpg$/)]);
  });

  it('names a person as Person and the newsroom as Organization', () => {
    expect(asJson(newsArticleJsonLd(makeArticle({ slug: 'person', author: 'Anna Beispiel' }))).author[0]['@type']).toBe(
      'Person',
    );
    expect(
      asJson(newsArticleJsonLd(makeArticle({ slug: 'redaktion', author: 'Redaktion Xiaomi im Blick' }))).author[0][
        '@type'
      ],
    ).toBe('Organization');
  });

  it('gives a person their author page as url, their role as jobTitle and their profiles as sameAs', () => {
    const author = makeAuthor('Anna Beispiel', {
      role: 'Redakteurin',
      links: [
        { label: 'Mastodon', url: 'https://mastodon.example/@anna' },
        { label: 'Website', url: 'https://example.org/anna' },
      ],
    });
    expect(asJson(newsArticleJsonLd(makeArticle({ slug: 'person', author }))).author).toEqual([
      {
        '@type': 'Person',
        name: 'Anna Beispiel',
        url: absoluteUrl('/autoren/anna-beispiel'),
        sameAs: ['https://mastodon.example/@anna', 'https://example.org/anna'],
        jobTitle: 'Redakteurin',
      },
    ]);
  });

  it('gives the newsroom its page as url and no sameAs without links', () => {
    const author = makeAuthor('Redaktion Xiaomi im Blick', { slug: 'redaktion' });
    expect(asJson(newsArticleJsonLd(makeArticle({ slug: 'redaktion', author }))).author).toEqual([
      { '@type': 'Organization', name: 'Redaktion Xiaomi im Blick', url: absoluteUrl('/autoren/redaktion') },
    ]);
  });

  it('describes an author page as a ProfilePage about the author, with the bio', () => {
    const author = makeAuthor('Anna Beispiel', { bio: 'Schreibt über Elektroautos.' });
    const data = asJson(profilePageJsonLd(author));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: absoluteUrl('/autoren/anna-beispiel'),
      inLanguage: 'de',
      mainEntity: { '@type': 'Person', name: 'Anna Beispiel', description: 'Schreibt über Elektroautos.' },
    });
    expect(data.mainEntity.url).toBe(data.url);
  });
});

describe('WebSite and Organization JSON-LD of the home page', () => {
  it('describe the site in German with its publisher and logo', () => {
    const website = asJson(websiteJsonLd());
    expect(website).toMatchObject({ '@type': 'WebSite', name: 'Xiaomi im Blick', inLanguage: 'de' });
    expect(website.url).toMatch(absolute);
    const organization = asJson(organizationJsonLd());
    expect(organization).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Xiaomi im Blick',
    });
    expect(organization.logo.url).toMatch(/^https?:\/\/.+\/logo\.png$/);
  });
});

describe('serializeJsonLd', () => {
  it('escapes "<" so a hostile headline cannot close the script element, and stays valid JSON', () => {
    const headline = '</script><script>alert(1)</script> & \u2028';
    const serialized = serializeJsonLd({ headline });
    expect(serialized).not.toContain('<');
    expect(serialized).not.toContain('\u2028');
    expect(JSON.parse(serialized)).toEqual({ headline });
  });
});
