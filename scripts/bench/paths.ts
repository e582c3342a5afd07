import { readFileSync } from 'node:fs';
import type { FloorData } from '../../bench/floor-app/data';
import { searchIndexPath } from '../../lib/paths';
import { floorDataFile } from './config';

/** The generated set's articles and topics as the floor data lists them (published, newest first). */
export function readFloorData(count: number): FloorData {
  return JSON.parse(readFileSync(floorDataFile(count), 'utf8')) as FloorData;
}

export interface MeasuredPages {
  /** One page per route type, for the page weight. */
  routes: { route: string; path: string }[];
  /** The page both servers serve in the "same page" runs. */
  article: string;
  /** A mix of page types for the serving comparison. */
  mix: string[];
}

/** Pages of a generated site: an article from the middle of the set and the pages around it. */
export function measuredPages(data: FloorData): MeasuredPages {
  const article = data.articles[Math.floor(data.articles.length / 2)];
  if (!article) throw new Error('Die Floor-Daten enthalten keine Artikel');
  const articlePath = `/artikel/${article.slug}`;
  const tagPath = `/themen/${article.tags[0]}`;
  return {
    routes: [
      { route: 'Startseite', path: '/' },
      { route: 'Artikel', path: articlePath },
      { route: 'Themenseite', path: tagPath },
      { route: 'Daten', path: '/daten' },
    ],
    article: articlePath,
    mix: [
      '/',
      articlePath,
      tagPath,
      `/ressorts/${article.ressort}`,
      `/archiv/${article.month.replace('-', '/')}`,
      '/daten',
      '/feed.xml',
      '/sitemap.xml',
    ],
  };
}

/**
 * The load test's mix: every kind of address the site answers, with many different articles and
 * listing pages, so the server's caches see a realistic spread rather than one hot page.
 */
export function loadTestPaths(data: FloorData, { articles = 200 }: { articles?: number } = {}): string[] {
  const step = Math.max(1, Math.floor(data.articles.length / articles));
  const articlePaths = data.articles
    .filter((_, index) => index % step === 0)
    .slice(0, articles)
    .map((article) => `/artikel/${article.slug}`);
  const usedTags = data.tags.filter((tag) => data.articles.some((article) => article.tags.includes(tag.slug)));
  const months = [...new Set(data.articles.map((article) => article.month))];
  const listingPages = Math.min(5, Math.ceil(data.articles.length / 10));
  return [
    '/',
    ...Array.from({ length: listingPages - 1 }, (_, index) => `/seite/${index + 2}`),
    ...articlePaths,
    '/themen',
    ...usedTags.map((tag) => `/themen/${tag.slug}`),
    ...usedTags.slice(0, 3).map((tag) => `/themen/${tag.slug}/feed.xml`),
    ...data.ressorts.map((ressort) => `/ressorts/${ressort.slug}`),
    '/archiv',
    ...months.slice(0, 6).map((month) => `/archiv/${month.replace('-', '/')}`),
    '/daten',
    '/zeitleiste',
    '/suche',
    '/impressum',
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/sitemap.xml',
    '/news-sitemap.xml',
    '/robots.txt',
    searchIndexPath,
    `${articlePaths[0]}/share-image.png`,
  ];
}
