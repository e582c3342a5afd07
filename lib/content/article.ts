import type { ArticleDate } from '../dates';
import type { RessortSlug } from '../ressorts';
import type { ArticleType } from './schema';
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
  author: string;
  ressort: RessortSlug;
  type: ArticleType;
  tags: Tag[];
  sources: { name: string; url?: string }[];
  image?: { src: string; alt: string; credit: string };
  draft: boolean;
  featured: boolean;
  /** Sanitised HTML of the body, rendered once when content is loaded. */
  html: string;
  readingMinutes: number;
  /** Where the article came from, relative to the project (for messages). */
  file: string;
}
