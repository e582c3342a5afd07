import type { Article } from '../content/article';
import { isPublished } from '../content/publish';
import { isoWithOffset } from '../dates';
import { articlePath } from '../paths';
import { absoluteUrl, site } from '../site';
import { xmlDocument, type XmlElement } from './xml';

/** Google News reads only articles from the last two days; older ones belong in the normal sitemap. */
export const newsWindowMs = 2 * 24 * 60 * 60 * 1000;
/** Google's limit per news sitemap. */
const maxEntries = 1000;

export interface NewsSitemapEntry {
  url: string;
  title: string;
  /** ISO 8601 with the Berlin offset, e.g. "2025-12-01T09:30:00+01:00". */
  publicationDate: string;
}

/**
 * The articles Google News may pick up: published (the one publish rule) no more than two days
 * before `now`, the build's moment. Keeps the order it is given (the catalog's: newest first).
 */
export function newsSitemapEntries(articles: readonly Article[], now: Date): NewsSitemapEntry[] {
  return articles
    .filter((article) => isPublished(article, now) && now.getTime() - article.date.instant.getTime() <= newsWindowMs)
    .slice(0, maxEntries)
    .map((article) => ({
      url: absoluteUrl(articlePath(article.slug)),
      title: article.title,
      publicationDate: isoWithOffset(article.date),
    }));
}

/** The news sitemap document; with no entries an empty but valid `<urlset>`. */
export function renderNewsSitemap(entries: readonly NewsSitemapEntry[]): string {
  return xmlDocument({
    name: 'urlset',
    attributes: {
      xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
      'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
    },
    children: entries.map(urlElement),
  });
}

function urlElement(entry: NewsSitemapEntry): XmlElement {
  return {
    name: 'url',
    children: [
      { name: 'loc', children: [entry.url] },
      {
        name: 'news:news',
        children: [
          {
            name: 'news:publication',
            children: [
              { name: 'news:name', children: [site.publisher.name] },
              { name: 'news:language', children: [site.language] },
            ],
          },
          { name: 'news:publication_date', children: [entry.publicationDate] },
          { name: 'news:title', children: [entry.title] },
        ],
      },
    ],
  };
}
