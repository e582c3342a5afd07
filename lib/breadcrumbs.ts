import type { Article } from './content/article';
import { articlePath, homePath, ressortPath } from './paths';
import { ressortBySlug } from './ressorts';

export interface Crumb {
  name: string;
  path: string;
}

/** Start › Ressort › Artikel: one trail for the visible breadcrumbs and the BreadcrumbList JSON-LD. */
export function articleBreadcrumbs(article: Pick<Article, 'slug' | 'title' | 'ressort'>): Crumb[] {
  return [
    { name: 'Start', path: homePath },
    { name: ressortBySlug(article.ressort)?.name ?? article.ressort, path: ressortPath(article.ressort) },
    { name: article.title, path: articlePath(article.slug) },
  ];
}
