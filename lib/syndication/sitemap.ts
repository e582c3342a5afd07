import type { MetadataRoute } from 'next';
import type { Article } from '../content/article';
import type { Catalog } from '../content/catalog';
import { newestModification } from '../content/article';
import { isoWithOffset } from '../dates';
import { archiveMonths } from '../archive';
import { laterPageNumbers, paginate } from '../pagination';
import {
  archiveMonthPath,
  archivePath,
  articlePath,
  authorPath,
  dataPath,
  homePath,
  imprintPath,
  newsroomPath,
  pagedPath,
  privacyPath,
  ressortPath,
  searchPath,
  timelinePath,
  topicPath,
  topicsPath,
} from '../paths';
import { ressorts } from '../ressorts';
import { absoluteUrl } from '../site';

/**
 * Every public URL of the site, as the site generates them: pass the published catalog, so drafts
 * and scheduled articles (and topics that only they use) never reach a search engine.
 */
export function sitemapEntries(catalog: Catalog): MetadataRoute.Sitemap {
  const entry = (path: string, articles: readonly Article[] = []) => {
    const lastModified = newestModification(articles);
    return { url: absoluteUrl(path), ...(lastModified && { lastModified: isoWithOffset(lastModified) }) };
  };
  /** A listing (dated by all its articles, as it always was) and its later pages, dated by the articles they show. */
  const listing = (path: string, articles: readonly Article[]) => [
    entry(path, articles),
    ...laterPageNumbers(articles.length).map((number) =>
      entry(pagedPath(path, number), paginate(articles, number)?.items),
    ),
  ];
  return [
    ...listing(homePath, catalog.frontPage()),
    ...catalog.articles.map((article) => entry(articlePath(article.slug), [article])),
    entry(topicsPath, catalog.articles),
    ...catalog.tagCounts().flatMap(({ tag }) => listing(topicPath(tag.slug), catalog.byTag(tag.slug))),
    ...ressorts.flatMap((ressort) => listing(ressortPath(ressort.slug), catalog.byRessort(ressort.slug))),
    ...catalog
      .authorsWithArticles()
      .flatMap((author) => listing(authorPath(author.slug), catalog.byAuthor(author.slug))),
    entry(archivePath, catalog.articles),
    ...archiveMonths(catalog.archive()).flatMap(({ year, month, articles }) =>
      listing(archiveMonthPath(year, month), articles),
    ),
    entry(dataPath),
    entry(timelinePath),
    entry(searchPath),
    entry(newsroomPath),
    entry(imprintPath),
    entry(privacyPath),
  ];
}
