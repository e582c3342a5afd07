import type { ArticleDate } from '../dates';
import type { Heading } from './heading-anchors';
import type { Author } from './authors';
import type { FrontMatter } from './schema';
import type { Tag } from './themen';

/**
 * What the loader makes of the front matter or adds to it. Every other field is the front matter
 * exactly as the schema parsed it, so a new field in the schema is a field of Article by itself.
 */
interface LoadedFields {
  /** The file name without `.md`; also the URL: `/artikel/<slug>`. */
  slug: string;
  /** The declared author the front matter names (content/autoren.yaml). */
  author: Author;
  /** The topics the front matter names, looked up in content/themen.yaml. */
  tags: Tag[];
  /** Sanitised HTML of the body, rendered once when content is loaded. */
  html: string;
  /** The body's `##`/`###` headings with their ids, for the table of contents. */
  headings: Heading[];
  /** The datasets the body shows as charts (```chart <id>), in order: the home page draws the lead's first. */
  charts: string[];
  readingMinutes: number;
  /** Where the article came from, relative to the project (for messages). */
  file: string;
}

/** A validated article, ready for pages, feeds and sitemaps: the parsed front matter plus what the loader adds. */
export type Article = Omit<FrontMatter, keyof LoadedFields> & LoadedFields;

/** When the article last changed: its date, "updated" or its latest correction. */
export function lastModified(article: Pick<Article, 'date' | 'updated' | 'corrections'>): ArticleDate {
  return [article.updated, ...article.corrections.map((correction) => correction.date)].reduce<ArticleDate>(
    (latest, candidate) => (candidate && candidate.instant > latest.instant ? candidate : latest),
    article.date,
  );
}

/** The latest change among several articles (a feed's or a list page's "last modified"); undefined for none. */
export function newestModification(articles: readonly Pick<Article, 'date' | 'updated' | 'corrections'>[]): ArticleDate | undefined {
  return articles.map(lastModified).reduce<ArticleDate | undefined>((newest, date) => (!newest || date.instant > newest.instant ? date : newest), undefined);
}
