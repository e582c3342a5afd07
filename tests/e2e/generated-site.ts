/**
 * The "generated site": 35 synthetic articles (scripts/generate-articles.ts) written into
 * .content-generated/ by the web server command in playwright.config.ts, then built into
 * .next-generated/ – enough articles for paging, a multi-year archive and article navigation. The
 * newest 12 fall into the newest month (`busyMonth`), so one archive month has a second page.
 * Plain values only: the Playwright config imports this file.
 */
export const generatedSite = {
  contentDir: '.content-generated',
  distDir: '.next-generated',
  count: 35,
  seed: 1,
  busyMonth: 12,
  buildNow: '2025-12-02T12:00:00+01:00',
} as const;
