import { test as base, expect } from '@playwright/test';
import { archiveMonths } from '@/lib/archive';
import { getCatalog, type Catalog } from '@/lib/content/catalog';
import { formatGermanMonth } from '@/lib/dates';
import { laterPageNumbers } from '@/lib/pagination';
import { archiveMonthPath, authorPath, newsroomPath, pagedPath } from '@/lib/paths';
import { ressorts } from '@/lib/ressorts';
import { readingPages } from './reading-pages';

/**
 * What serves the build under test, set per project in playwright.config.ts: `next-start` (the
 * production server, which sets its own content types and headers) or `static-host` (the static export
 * as plain files, types by file extension, headers from _headers). One spec can so run against both.
 */
export type Host = 'next-start' | 'static-host';
export interface TestOptions {
  host?: Host;
}

/**
 * Every test fails when the page logs a console error or throws. A test that expects an error
 * (the 404 page's own status line) lists it in `allowedConsoleErrors`.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; consoleErrors: string[]; host: Host }>({
  host: ['next-start', { option: true }],
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        const text = `${message.text()} (${message.location().url})`;
        if (message.type() === 'error' && !allowedConsoleErrors.some((pattern) => pattern.test(text)))
          errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** What the production build publishes, read with the site's own loader. */
export const catalog = getCatalog();

/**
 * Checks that run once per page visit every page, but not in every `npm test`: the everyday tier visits one
 * page of each kind (`readingPages`, plus the search page), and the other pages of a kind – more articles,
 * topics, months … – carry the `@sweep` tag and run in the matrix tier against the same `next start` build
 * (project `next-start-sweep` in playwright.config.ts). Every assertion still runs on every page in CI.
 */
const pagesOfEveryKind = new Set([...readingPages(catalog).map(({ path }) => path), '/suche']);
export const sweep = (path: string): { tag?: string } => (pagesOfEveryKind.has(path) ? {} : { tag: '@sweep' });

/** A listing page and its later pages (/seite/2 …), titled "… – Seite n". */
function listing(path: string, title: string, articleCount: number, pageOneTitle = `${title} | Xiaomi im Blick`) {
  return [
    { path, title: pageOneTitle },
    ...laterPageNumbers(articleCount).map((number) => ({
      path: pagedPath(path, number),
      title: `${title} – Seite ${number} | Xiaomi im Blick`,
    })),
  ];
}

/** Every static URL of the site (or of another built content set) with the title its page must carry. */
export function allPages(site: Catalog = catalog): { path: string; title: string }[] {
  return [
    ...listing('/', 'Neueste Artikel', site.articles.length, 'Xiaomi im Blick – Nachrichten und Analysen zu Xiaomi'),
    { path: '/themen', title: 'Themen | Xiaomi im Blick' },
    { path: '/daten', title: 'Xiaomi Auto in Zahlen | Xiaomi im Blick' },
    { path: '/zeitleiste', title: 'Zeitleiste | Xiaomi im Blick' },
    { path: '/suche', title: 'Suche | Xiaomi im Blick' },
    { path: '/archiv', title: 'Archiv | Xiaomi im Blick' },
    { path: newsroomPath, title: 'Redaktion | Xiaomi im Blick' },
    { path: '/impressum', title: 'Impressum | Xiaomi im Blick' },
    { path: '/datenschutz', title: 'Datenschutz | Xiaomi im Blick' },
    ...site.articles.map((article) => ({
      path: `/artikel/${article.slug}`,
      title: `${article.title} | Xiaomi im Blick`,
    })),
    ...site.tagCounts().flatMap(({ tag, count }) => listing(`/themen/${tag.slug}`, `Thema: ${tag.name}`, count)),
    ...ressorts.flatMap((ressort) =>
      listing(`/ressorts/${ressort.slug}`, `Ressort ${ressort.name}`, site.byRessort(ressort.slug).length),
    ),
    ...site
      .authorsWithArticles()
      .flatMap((author) => listing(authorPath(author.slug), author.name, site.byAuthor(author.slug).length)),
    ...archiveMonths(site.archive()).flatMap(({ year, month, articles }) =>
      listing(archiveMonthPath(year, month), `Archiv: ${formatGermanMonth(year, month)}`, articles.length),
    ),
  ];
}
