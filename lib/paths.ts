/** The site's URL scheme in one place: pages, feeds and sitemaps build their links from here. */
export const articlePath = (slug: string) => `/artikel/${slug}`;
export const topicPath = (tagSlug: string) => `/themen/${tagSlug}`;
export const topicFeedPath = (tagSlug: string) => `${topicPath(tagSlug)}/feed.xml`;
export const ressortPath = (ressortSlug: string) => `/ressorts/${ressortSlug}`;
/** The generated 1200×630 share cards: the site's and one per article (routes named share-image.png in app/). */
export const siteShareImagePath = '/share-image.png';
export const shareImagePath = (slug: string) => `${articlePath(slug)}/share-image.png`;
/** The search page and the index it loads (a file beside the page, not under it: see app/suchindex.json). */
export const searchPath = '/suche';
export const searchIndexPath = '/suchindex.json';

/** The data page and the timeline. */
export const dataPath = '/daten';
export const timelinePath = '/zeitleiste';

/** Pages and files with a fixed address; the content check accepts internal links to these. */
export const staticPagePaths: readonly string[] = [
  '/',
  '/themen',
  dataPath,
  timelinePath,
  searchPath,
  '/impressum',
  '/datenschutz',
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/sitemap.xml',
  '/news-sitemap.xml',
  '/robots.txt',
  searchIndexPath,
  siteShareImagePath,
  '/logo.png',
  '/icon.svg',
];
