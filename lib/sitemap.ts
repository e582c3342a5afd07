import type { MetadataRoute } from 'next';
import type { Article } from './content/article';
import type { Catalog } from './content/catalog';
import { newestModification } from './content/article';
import { isoWithOffset } from './dates';
import { articlePath, dataPath, ressortPath, searchPath, timelinePath, topicPath } from './paths';
import { ressorts } from './ressorts';
import { absoluteUrl } from './site';

export const sitemapPath = '/sitemap.xml';

/**
 * Every public URL of the site, as the site generates them: pass the published catalog, so drafts
 * and scheduled articles (and topics that only they use) never reach a search engine.
 */
export function sitemapEntries(catalog: Catalog): MetadataRoute.Sitemap {
  const entry = (path: string, articles: readonly Article[] = []) => {
    const lastModified = newestModification(articles);
    return { url: absoluteUrl(path), ...(lastModified && { lastModified: isoWithOffset(lastModified) }) };
  };
  return [
    entry('/', catalog.articles),
    ...catalog.articles.map((article) => entry(articlePath(article.slug), [article])),
    entry('/themen', catalog.articles),
    ...catalog.tagCounts().map(({ tag }) => entry(topicPath(tag.slug), catalog.byTag(tag.slug))),
    ...ressorts.map((ressort) => entry(ressortPath(ressort.slug), catalog.byRessort(ressort.slug))),
    entry(dataPath),
    entry(timelinePath),
    entry(searchPath),
    entry('/impressum'),
    entry('/datenschutz'),
  ];
}
