import type { MetadataRoute } from 'next';
import type { Article } from './content/article';
import type { Catalog } from './content/catalog';
import { newestChange } from './content/last-change';
import { isoWithOffset } from './dates';
import { ressorts } from './ressorts';
import { absoluteUrl } from './site';

export const sitemapPath = '/sitemap.xml';

/**
 * Every public URL of the site, as the site generates them: pass the published catalog, so drafts
 * and scheduled articles (and topics that only they use) never reach a search engine.
 */
export function sitemapEntries(catalog: Catalog): MetadataRoute.Sitemap {
  const entry = (path: string, articles: readonly Article[] = []) => {
    const lastModified = newestChange(articles);
    return { url: absoluteUrl(path), ...(lastModified && { lastModified: isoWithOffset(lastModified) }) };
  };
  return [
    entry('/', catalog.articles),
    ...catalog.articles.map((article) => entry(`/artikel/${article.slug}`, [article])),
    entry('/themen', catalog.articles),
    ...catalog.tagCounts().map(({ tag }) => entry(`/themen/${tag.slug}`, catalog.byTag(tag.slug))),
    ...ressorts.map((ressort) => entry(`/ressorts/${ressort.slug}`, catalog.byRessort(ressort.slug))),
    entry('/impressum'),
    entry('/datenschutz'),
  ];
}
