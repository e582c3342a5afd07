import { allPages, catalog, expect, sweep, test } from './fixtures';

test.describe('every page of the site', () => {
  for (const { path, title } of allPages()) {
    test(
      `${path} answers 200 with its own title, one h1, German landmarks, a canonical URL and the feed links`,
      sweep(path),
      async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page).toHaveTitle(title);
        await expect(page.locator('html')).toHaveAttribute('lang', 'de');
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.getByRole('banner')).toHaveCount(1);
        await expect(page.getByRole('main')).toHaveCount(1);
        await expect(page.getByRole('contentinfo')).toHaveCount(1);
        const canonical = page.locator('link[rel="canonical"]');
        await expect(canonical).toHaveCount(1);
        const canonicalUrl = new URL((await canonical.getAttribute('href'))!);
        expect(canonicalUrl.pathname.replace(/(.)\/$/, '$1')).toBe(path);
        await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
        await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /^https?:\/\//);
        await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
        for (const [type, file] of [
          ['application/rss+xml', '/feed.xml'],
          ['application/atom+xml', '/atom.xml'],
          ['application/feed+json', '/feed.json'],
        ]) {
          const hrefs = await page
            .locator(`link[rel="alternate"][type="${type}"]`)
            .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
          expect(
            hrefs.filter((href) => new URL(href).pathname === file),
            type,
          ).toHaveLength(1);
        }
      },
    );
  }

  test('titles are unique across the site', () => {
    const titles = allPages().map((page) => page.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

test.describe('pages that do not exist', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  // Page 1 of a listing has one address only; the site's few articles fit on one page; the archive has no empty months.
  const unknown = [
    '/gibt-es-nicht',
    '/artikel/gibt-es-nicht',
    '/themen/gibt-es-nicht',
    '/ressorts/sport',
    '/seite/1',
    '/themen/su7/seite/1',
    '/archiv/2025/13',
    '/archiv/1999/01',
  ];
  for (const path of [...unknown, ...(catalog.articles.length <= 10 ? ['/seite/2'] : [])]) {
    test(`${path} answers 404 with the German error page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diese Seite gibt es nicht');
      await expect(page).toHaveTitle('Seite nicht gefunden | Xiaomi im Blick');
      await expect(page.locator('meta[name="robots"]')).toHaveCount(1);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      await expect(page.getByRole('link', { name: 'Zur Startseite mit den neuesten Artikeln' })).toBeVisible();
    });
  }
});

test.describe('Impressum and Datenschutzerklärung while content/betreiber.yaml holds placeholders', () => {
  for (const path of ['/impressum', '/datenschutz']) {
    test(`${path} says visibly that the operator details are not complete`, async ({ page }) => {
      await page.goto(path);
      const note = page.getByRole('note').filter({ hasText: 'Angaben noch nicht vollständig' });
      await expect(note).toBeVisible();
      await expect(page.getByText('[Name des Betreibers]').first()).toBeVisible();
    });
  }
});
