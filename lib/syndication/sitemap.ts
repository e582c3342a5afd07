import type { Article } from '../content/article';
import type { Catalog } from '../content/catalog';
import { newestModification } from '../content/article';
import { isoWithOffset, type ArticleDate } from '../dates';
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
  sitemapFilePath,
  timelinePath,
  topicPath,
  topicsPath,
} from '../paths';
import { ressorts } from '../ressorts';
import { absoluteUrl } from '../site';
import { xmlDocument, type XmlElement } from './xml';

/** One address in a sitemap, dated by the newest change of what it shows (undated when it shows no article). */
export interface SitemapEntry {
  url: string;
  lastModified?: ArticleDate;
}

/** One file of the sitemap (`/sitemaps/<name>.xml`), listed in the index at /sitemap.xml. */
export interface SitemapFile {
  name: string;
  entries: readonly SitemapEntry[];
  /** The newest change among its entries: the index's <lastmod>, so crawlers skip files that did not change. */
  lastModified?: ArticleDate;
}

/** The sitemap protocol's limit per file; a group with more addresses is cut into parts. */
export const maxUrlsPerSitemap = 50_000;

/** The media type of the index and every sitemap file (the news sitemap's too). */
export const sitemapContentType = 'application/xml; charset=utf-8';

const sitemapNamespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/**
 * Every public URL of the site, as the site generates them, in files by kind: the fixed pages and the
 * front page's listing, the topics, the ressorts, the authors, the archive months, and the articles
 * one file per year (in Berlin). No file grows with the whole archive: a year's file stays as it is
 * once the year is over, and each file is one route with its own, bounded render time. Pass the
 * published catalog, so drafts and scheduled articles (and topics that only they use) never reach a
 * search engine. Computed once per catalog: the index and every file route share it.
 */
export function sitemapFiles(catalog: Catalog, limit: number = maxUrlsPerSitemap): readonly SitemapFile[] {
  if (limit !== maxUrlsPerSitemap) return splitIntoFiles(sitemapGroups(catalog), limit);
  let files = filesByCatalog.get(catalog);
  if (!files) filesByCatalog.set(catalog, (files = splitIntoFiles(sitemapGroups(catalog), limit)));
  return files;
}

const filesByCatalog = new WeakMap<Catalog, readonly SitemapFile[]>();

/** The file called `name`, or undefined: the route of /sitemaps/<name>.xml answers 404 then. */
export function sitemapFile(catalog: Catalog, name: string): SitemapFile | undefined {
  return sitemapFiles(catalog).find((file) => file.name === name);
}

function sitemapGroups(catalog: Catalog): { name: string; entries: SitemapEntry[] }[] {
  const entry = (path: string, articles: readonly Article[] = []): SitemapEntry => {
    const lastModified = newestModification(articles);
    return { url: absoluteUrl(path), ...(lastModified && { lastModified }) };
  };
  /** A listing (dated by all its articles) and its later pages, dated by the articles they show. */
  const listing = (path: string, articles: readonly Article[]) => [
    entry(path, articles),
    ...laterPageNumbers(articles.length).map((number) =>
      entry(pagedPath(path, number), paginate(articles, number)?.items),
    ),
  ];
  const years = catalog.archive();
  return [
    {
      name: 'seiten',
      entries: [
        ...listing(homePath, catalog.frontPage()),
        entry(topicsPath, catalog.articles),
        entry(archivePath, catalog.articles),
        entry(dataPath),
        entry(timelinePath),
        entry(searchPath),
        entry(newsroomPath),
        entry(imprintPath),
        entry(privacyPath),
      ],
    },
    {
      name: 'themen',
      entries: catalog.tagCounts().flatMap(({ tag }) => listing(topicPath(tag.slug), catalog.byTag(tag.slug))),
    },
    {
      name: 'ressorts',
      entries: ressorts.flatMap((ressort) => listing(ressortPath(ressort.slug), catalog.byRessort(ressort.slug))),
    },
    {
      name: 'autoren',
      entries: catalog
        .authorsWithArticles()
        .flatMap((author) => listing(authorPath(author.slug), catalog.byAuthor(author.slug))),
    },
    {
      name: 'archiv',
      entries: archiveMonths(years).flatMap(({ year, month, articles }) =>
        listing(archiveMonthPath(year, month), articles),
      ),
    },
    ...years.map(({ year, months }) => ({
      name: `artikel-${year}`,
      entries: months.flatMap(({ articles }) => articles.map((article) => entry(articlePath(article.slug), [article]))),
    })),
  ];
}

/** Groups as files: an empty group has none, one over the limit is cut into `<name>-teil-1`, `-teil-2` … */
function splitIntoFiles(groups: readonly { name: string; entries: readonly SitemapEntry[] }[], limit: number) {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  return groups.flatMap(({ name, entries }) => {
    const parts = Array.from({ length: Math.ceil(entries.length / limit) }, (_, index) =>
      entries.slice(index * limit, (index + 1) * limit),
    );
    return parts.map((part, index) => ({
      name: parts.length === 1 ? name : `${name}-teil-${index + 1}`,
      entries: part,
      ...withLastModified(part),
    }));
  });
}

function withLastModified(entries: readonly SitemapEntry[]): { lastModified?: ArticleDate } {
  let newest: ArticleDate | undefined;
  for (const { lastModified } of entries) {
    if (lastModified && (!newest || lastModified.instant > newest.instant)) newest = lastModified;
  }
  return newest ? { lastModified: newest } : {};
}

/** A sitemap file as the protocol has it: <urlset> with <loc> and, where known, <lastmod> with the Berlin offset. */
export function renderSitemap(file: SitemapFile): string {
  return xmlDocument({
    name: 'urlset',
    attributes: { xmlns: sitemapNamespace },
    children: file.entries.map(({ url, lastModified }) => ({
      name: 'url',
      children: [{ name: 'loc', children: [url] }, ...lastModElement(lastModified)],
    })),
  });
}

/** The sitemap index (/sitemap.xml): every file with its address and newest change. */
export function renderSitemapIndex(files: readonly SitemapFile[]): string {
  return xmlDocument({
    name: 'sitemapindex',
    attributes: { xmlns: sitemapNamespace },
    children: files.map((file) => ({
      name: 'sitemap',
      children: [
        { name: 'loc', children: [absoluteUrl(sitemapFilePath(file.name))] },
        ...lastModElement(file.lastModified),
      ],
    })),
  });
}

function lastModElement(date: ArticleDate | undefined): XmlElement[] {
  return date ? [{ name: 'lastmod', children: [isoWithOffset(date)] }] : [];
}
