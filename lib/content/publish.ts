import type { Article } from './article';

export type PublicationState = 'published' | 'draft' | 'scheduled';

/**
 * The one publish rule, used by every page, feed and sitemap: an article is public when it is
 * not a draft and its date is not after `now` (the moment the site is built).
 */
export function publicationState(article: Pick<Article, 'draft' | 'date'>, now: Date): PublicationState {
  if (article.draft) return 'draft';
  if (article.date.instant.getTime() > now.getTime()) return 'scheduled';
  return 'published';
}

export function isPublished(article: Pick<Article, 'draft' | 'date'>, now: Date): boolean {
  return publicationState(article, now) === 'published';
}

/** Only `next dev` shows drafts and scheduled articles (marked as such): a preview for editors. */
export function previewsUnpublished(): boolean {
  return process.env.NODE_ENV === 'development';
}

/**
 * The build's "now". next.config.ts fixes BUILD_NOW once per build, so every worker process of one
 * build applies the publish rule to the same moment.
 */
export function buildNow(): Date {
  const fixed = process.env.BUILD_NOW;
  return fixed ? new Date(fixed) : new Date();
}
