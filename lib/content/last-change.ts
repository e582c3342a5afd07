import type { ArticleDate } from '../dates';
import type { Article } from './article';

/** When an article last changed: its `updated` date, else its publication date. */
export function lastChange(article: Pick<Article, 'date' | 'updated'>): ArticleDate {
  return article.updated ?? article.date;
}

/** The latest change among several articles (for a feed's or a list page's "last modified"); undefined for none. */
export function newestChange(articles: readonly Pick<Article, 'date' | 'updated'>[]): ArticleDate | undefined {
  let newest: ArticleDate | undefined;
  for (const article of articles) {
    const changed = lastChange(article);
    if (!newest || changed.instant.getTime() > newest.instant.getTime()) newest = changed;
  }
  return newest;
}
