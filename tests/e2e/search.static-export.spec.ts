import { getPublishedCatalog } from '@/lib/content/catalog';
import { searchManifestPath } from '@/lib/paths';
import { searchIndexContentType } from '@/lib/search/payload';
import { catalog, expect, test } from './fixtures';
import { expectResultsFor, fetchServedIndex, searchField, searchFor, searchResults } from './search-helpers';

// The same search from plain files (out/): page, index file and client code served by a static host.
test('the exported search finds articles, keeps the query in the address and leads to the article', async ({
  page,
}) => {
  const ikea = catalog.bySlug('ikea-und-faw-kooperieren-mit-xiaomi')!;
  await page.goto('/suche?q=Tradfri');
  await expect(searchField(page)).toHaveValue('Tradfri');
  await expectResultsFor(page, 'Tradfri');

  await searchFor(page, 'Auslieferung');
  await expect(page).toHaveURL('/suche?q=Auslieferung');
  await searchFor(page, 'uebernehmen');
  await searchResults(page).getByRole('link', { name: ikea.title }).click();
  await expect(page).toHaveURL(`/artikel/${ikea.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ikea.title);
});

test('the exported index files are the gzip files of the published articles', async ({ request }) => {
  expect((await request.get(searchManifestPath)).headers()['content-type']).toBe(searchIndexContentType);
  const { articles } = await fetchServedIndex(request);
  expect(articles.map((article) => article.slug).sort()).toEqual(
    getPublishedCatalog()
      .articles.map((article) => article.slug)
      .sort(),
  );
});

test('without JavaScript the exported page explains itself', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/suche?q=ikea');
  // Playwright's text matching skips <noscript> from the page root, so look inside the box itself.
  await expect(page.locator('.search-noscript')).toContainText('Die Suche braucht JavaScript');
  await expect(page.locator('.search-noscript').getByRole('link', { name: 'Archiv' })).toHaveAttribute(
    'href',
    '/archiv',
  );
  await context.close();
});
