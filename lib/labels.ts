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

const germanNumber = new Intl.NumberFormat('de-DE');

/** "1 Artikel", "1.234 Artikel": the German plural of "Artikel" is the same word. */
export function articleCount(count: number): string {
  return `${germanNumber.format(count)} Artikel`;
}
