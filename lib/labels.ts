import type { ArticleType } from './content/schema';

/** How an article's type is named on the page; news carry no label, the rest are flagged. */
export const articleTypeLabels: Record<ArticleType, string> = {
  nachricht: 'Nachricht',
  analyse: 'Analyse',
  hintergrund: 'Hintergrund',
  kommentar: 'Kommentar',
};

export const publicationStateLabels = {
  draft: 'Entwurf',
  scheduled: 'Geplant',
} as const;
