/**
 * The site's URL scheme in one place: pages, feeds and sitemaps build their links from here.
 * app/ and components/ write no address out themselves (tests/unit/site-paths.test.ts checks it),
 * so renaming a page is one edit here plus moving its folder in app/.
 */

/** The front page, also page 1 of the newest-articles listing (`/seite/2` …). */
export const homePath = '/';
export const articlePath = (slug: string) => `/artikel/${slug}`;
/** All topics with their article counts; each topic's own page lives below it. */
export const topicsPath = '/themen';
export const topicPath = (tagSlug: string) => `${topicsPath}/${tagSlug}`;
export const topicFeedPath = (tagSlug: string) => `${topicPath(tagSlug)}/feed.xml`;
export const ressortPath = (ressortSlug: string) => `/ressorts/${ressortSlug}`;
/** An author's page with their articles (content/autoren.yaml), e.g. `/autoren/redaktion`. */
export const authorPath = (authorSlug: string) => `/autoren/${authorSlug}`;
/** The newsroom: who writes, how to reach it, how corrections work; also the authors' index. */
export const newsroomPath = '/redaktion';
export const archivePath = '/archiv';
/** One month of the archive, e.g. `/archiv/2025/12`; `month` counts from 1. */
export const archiveMonthPath = (year: number, month: number) =>
  `${archivePath}/${year}/${String(month).padStart(2, '0')}`;

/** Later pages of a listing live below it: `/seite/2`, `/themen/su7/seite/2`. */
const pageSegment = 'seite';

/** Page `page` of the listing at `listingPath`; page 1 has one address only, the listing's own. */
export function pagedPath(listingPath: string, page: number): string {
  if (page <= 1) return listingPath;
  return `${listingPath === homePath ? '' : listingPath}/${pageSegment}/${page}`;
}

/** The optional catch-all segments (`[[...seite]]`) of a paged listing route for page `page`. */
export function pageSegments(page: number): string[] {
  return page <= 1 ? [] : [pageSegment, String(page)];
}

/**
 * The page number the segments of a paged listing route name: 1 for none, n for `seite/<n>`
 * with n ≥ 2 written without leading zeros; undefined for anything else (`seite/1`, `seite/02`),
 * so every page keeps exactly one address.
 */
export function pageFromSegments(segments: readonly string[] | undefined): number | undefined {
  if (segments === undefined || segments.length === 0) return 1;
  const [segment, number, ...rest] = segments;
  if (segment !== pageSegment || rest.length > 0 || number === undefined || !/^[1-9]\d*$/.test(number))
    return undefined;
  const page = Number(number);
  return page >= 2 && Number.isSafeInteger(page) ? page : undefined;
}

/** The generated 1200×630 share cards: the site's and one per article (routes named share-image.png in app/). */
export const siteShareImagePath = '/share-image.png';
export const shareImagePath = (slug: string) => `${articlePath(slug)}/share-image.png`;
/**
 * The search page and the files of its index (gzip files beside the page, not under it: see app/suchindex/[datei]).
 * The index is split so a search loads only what it needs (lib/search/index-files.ts): a small table of contents,
 * the terms by their first two letters, the words by their first letter (only for "Meinten Sie …?"), and the
 * articles and their texts in groups (only for the hits shown).
 */
export const searchPath = '/suche';
export const searchIndexDirectory = '/suchindex';
export const searchIndexFilePath = (name: string) => `${searchIndexDirectory}/${name}`;
export const searchManifestPath = searchIndexFilePath('inhalt.json.gz');
export const searchTermsPath = (key: string) => searchIndexFilePath(`begriffe-${key}.json.gz`);
export const searchWordsPath = (key: string) => searchIndexFilePath(`woerter-${key}.json.gz`);
export const searchArticlesPath = (group: number) => searchIndexFilePath(`artikel-${group}.json.gz`);
export const searchTextsPath = (group: number) => searchIndexFilePath(`texte-${group}.json.gz`);

/** The data page and the timeline. */
export const dataPath = '/daten';
export const timelinePath = '/zeitleiste';

/** The pages German law asks for (Impressum, Datenschutzerklärung), linked from every page's footer. */
export const imprintPath = '/impressum';
export const privacyPath = '/datenschutz';

/** The site-wide feeds (RSS, Atom, JSON Feed); each topic also has its own RSS feed (topicFeedPath). */
export const feedPath = '/feed.xml';
export const atomFeedPath = '/atom.xml';
export const jsonFeedPath = '/feed.json';

/**
 * For crawlers: the sitemap index, its files (one per kind of page, articles one per year: see
 * lib/syndication/sitemap.ts), the news sitemap and robots.txt.
 */
export const sitemapPath = '/sitemap.xml';
export const sitemapFilePath = (name: string) => `/sitemaps/${name}.xml`;
export const newsSitemapPath = '/news-sitemap.xml';
export const robotsPath = '/robots.txt';

/** The publisher logo for structured data (a PNG route in app/: search engines ignore SVG logos) and the favicon. */
export const logoPath = '/logo.png';
export const iconPath = '/icon.svg';

/** Pages and files with a fixed address; the content check accepts internal links to these. */
export const staticPagePaths: readonly string[] = [
  homePath,
  topicsPath,
  dataPath,
  timelinePath,
  searchPath,
  archivePath,
  newsroomPath,
  imprintPath,
  privacyPath,
  feedPath,
  atomFeedPath,
  jsonFeedPath,
  sitemapPath,
  newsSitemapPath,
  robotsPath,
  siteShareImagePath,
  logoPath,
  iconPath,
];
