/**
 * The "hostile site": every payload of the XSS corpus (tests/fixtures/xss/payloads.ts) in article
 * bodies, front matter, topics and datasets, written into .content-hostile/ by the web server
 * command in playwright.config.ts and built as a static export into .out-hostile/. A static host
 * sends no Content-Security-Policy, so the page itself must be harmless: nothing else stops a script.
 * Plain values only: the Playwright config imports this file.
 */
export const hostileSite = {
  contentDir: '.content-hostile',
  outDir: '.out-hostile',
  buildNow: '2025-12-02T12:00:00+01:00',
} as const;
