import type { ArticleDate } from '../dates';
import type { Heading } from './heading-anchors';
import type { RessortSlug } from '../ressorts';
import type { Author } from './authors';
import type { ArticleType, Source } from './schema';
import type { Tag } from './themen';

/** A validated article, ready for pages, feeds and sitemaps. */
export interface Article {
  /** The file name without `.md`; also the URL: `/artikel/<slug>`. */
  slug: string;
  title: string;
  kicker?: string;
  teaser: string;
  date: ArticleDate;
  updated?: ArticleDate;
  /** The declared author the front matter names (content/autoren.yaml). */
  author: Author;
  ressort: RessortSlug;
  type: ArticleType;
  tags: Tag[];
  sources: Source[];
  image?: { src: string; alt: string; credit: string };
  draft: boolean;
  featured: boolean;
  /** Published corrections, oldest first. */
  corrections: { date: ArticleDate; text: string }[];
  /** Key figures for the "Kennzahlen" box at the top; values as the editor wrote them. */
  figures: { value: string; label: string; note?: string }[];
  /** Former slugs that still lead to this article. */
  aliases: string[];
  /** Sanitised HTML of the body, rendered once when content is loaded. */
  html: string;
  /** The body's `##`/`###` headings with their ids, for the table of contents. */
  headings: Heading[];
  readingMinutes: number;
  /** Where the article came from, relative to the project (for messages). */
  file: string;
}

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
