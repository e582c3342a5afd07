import { archiveMonths } from '@/lib/archive';
import type { Catalog } from '@/lib/content/catalog';
import { laterPageNumbers } from '@/lib/pagination';
import {
  archiveMonthPath,
  archivePath,
  articlePath,
  authorPath,
  dataPath,
  newsroomPath,
  pagedPath,
  ressortPath,
  timelinePath,
  topicPath,
} from '@/lib/paths';
import { ressorts } from '@/lib/ressorts';

const mostBy = <T>(items: readonly T[], size: (item: T) => number): T =>
  [...items].sort((a, b) => size(b) - size(a))[0]!;

/** The article with the most HTML: the one nearest the HTML budget. */
export const longestArticle = (catalog: Catalog) => mostBy(catalog.articles, (article) => article.html.length);

/** One page of every kind a reader reads (the largest of its kind), and page 2 of the home page if there is one. */
export function readingPages(catalog: Catalog): { kind: string; path: string }[] {
  const topic = mostBy(catalog.tagCounts(), ({ count }) => count);
  const ressort = mostBy(ressorts, ({ slug }) => catalog.byRessort(slug).length);
  const month = mostBy(archiveMonths(catalog.archive()), ({ articles }) => articles.length);
  const author = mostBy(catalog.authorsWithArticles(), ({ slug }) => catalog.byAuthor(slug).length);
  return [
    { kind: 'home page', path: '/' },
    ...laterPageNumbers(catalog.frontPage().length)
      .slice(0, 1)
      .map((number) => ({ kind: 'home page, page 2', path: pagedPath('/', number) })),
    { kind: 'longest article', path: articlePath(longestArticle(catalog).slug) },
    { kind: 'topics overview', path: '/themen' },
    { kind: 'largest topic', path: topicPath(topic.tag.slug) },
    { kind: 'largest ressort', path: ressortPath(ressort.slug) },
    { kind: 'largest author page', path: authorPath(author.slug) },
    { kind: 'archive', path: archivePath },
    { kind: 'largest archive month', path: archiveMonthPath(month.year, month.month) },
    { kind: 'data page', path: dataPath },
    { kind: 'timeline', path: timelinePath },
    { kind: 'newsroom page', path: newsroomPath },
    { kind: 'imprint', path: '/impressum' },
    { kind: 'privacy page', path: '/datenschutz' },
  ];
}
