import { getPublishedCatalog } from '@/lib/content/catalog';
import {
  searchArticlesPath,
  searchIndexDirectory,
  searchManifestPath,
  searchTermsPath,
  searchTextsPath,
} from '@/lib/paths';
import { foundOnlyInText } from '@/lib/search/highlight';
import { articleGroup, textGroup } from '@/lib/search/index-format';
import { searchIndexContentType } from '@/lib/search/payload';
import { catalog, expect, test } from './fixtures';
import {
  builtIndexFiles,
  expectedAnswer,
  expectedTitles,
  expectResultsFor,
  fetchIndexFile,
  fetchServedIndex,
  recordIndexRequests,
  searchField,
  searchFor,
  searchResults,
} from './search-helpers';

const deliveries = catalog.bySlug('xiaomi-liefert-im-november-mehr-als-40000-elektroautos-aus')!;
const ikea = catalog.bySlug('ikea-und-faw-kooperieren-mit-xiaomi')!;
const samsung = catalog.bySlug('samsung-chef-besucht-xiaomis-autowerk-in-peking')!;
const exportReport = catalog.bySlug('xiaomi-verschiebt-europa-export-wegen-langer-wartezeiten')!;

test('"Auslieferung" finds the article about deliveries, which says "Auslieferungen", and leads to it', async ({
  page,
}) => {
  expect(deliveries.html).toContain('Auslieferungen');
  await page.goto('/suche');
  await searchFor(page, 'Auslieferung');
  const result = searchResults(page).getByRole('listitem').filter({ hasText: deliveries.title });
  await expect(result.locator('mark').first()).toHaveText('Auslieferungen');
  await expect(result.locator('time')).toHaveAttribute('datetime', '2025-12-01');
  await expect(result).toContainText('1. Dezember 2025 · Zahlen');
  await expect(result).not.toContainText('Fundstelle im Artikeltext');
  // The article about the postponed export says "Auslieferungen" only in its body: the result shows that passage, marked.
  expect(`${exportReport.title} ${exportReport.teaser}`).not.toContain('Auslieferung');
  const bodyOnly = searchResults(page).getByRole('listitem').filter({ hasText: exportReport.title });
  await expect(bodyOnly).toContainText('Fundstelle im Artikeltext');
  await bodyOnly.scrollIntoViewIfNeeded();
  await expect(bodyOnly.locator('.teaser__text mark').first()).toHaveText(/^Auslieferung/);
  await expect(bodyOnly.locator('.teaser__text')).not.toContainText(exportReport.teaser);
  await expect(bodyOnly.getByRole('heading').locator('mark')).toHaveCount(0);

  await result.getByRole('link', { name: deliveries.title }).click();
  await expect(page).toHaveURL(`/artikel/${deliveries.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(deliveries.title);
});

test('"ikea" finds "IKEA" and "Tradfri" finds "Trådfri", marked in the result', async ({ page }) => {
  await page.goto('/suche');
  await searchFor(page, 'ikea');
  await expectResultsFor(page, 'ikea');
  const ikeaResult = searchResults(page).getByRole('listitem').filter({ hasText: ikea.title });
  await expect(ikeaResult.getByRole('heading').locator('mark')).toHaveText(['IKEA']);

  await searchFor(page, 'Tradfri');
  const tradfriResult = searchResults(page).getByRole('listitem').filter({ hasText: ikea.title });
  await expect(tradfriResult.locator('.teaser__text mark')).toHaveText(['Trådfri']);
});

test('umlauts and ß may be written out or left off', async ({ page }) => {
  expect(ikea.html).toContain('übernehmen');
  expect(samsung.html).toContain('Größenordnung');
  await page.goto('/suche');
  // Every spelling finds what the correct one finds, including the article that uses the word.
  for (const [query, correct, article] of [
    ['uebernehmen', 'übernehmen', ikea],
    ['ubernehmen', 'übernehmen', ikea],
    ['Groessenordnung', 'Größenordnung', samsung],
    ['Grossenordnung', 'Größenordnung', samsung],
  ] as const) {
    const titles = await expectedTitles(correct);
    expect(titles).toContain(article.title);
    await searchFor(page, query);
    await expect(searchResults(page).getByRole('heading')).toHaveText(titles);
  }
});

test('a shared /suche?q=… link shows its results on load', async ({ page }) => {
  await page.goto('/suche?q=ikea');
  await expect(searchField(page)).toHaveValue('ikea');
  await expectResultsFor(page, 'ikea');
});

test('a misspelt "Xioami" shows the hits for Xiaomi and offers "Meinten Sie Xiaomi?", which searches for it', async ({
  page,
}) => {
  const { count, hits } = await expectedAnswer('Xiaomi');
  await page.goto('/suche?q=Xioami');
  await expect(page.getByRole('status')).toHaveText(`Keine Treffer für „Xioami“, aber ${count} für „Xiaomi“`);
  await expect(searchResults(page).getByRole('heading', { level: 2 })).toHaveText(hits.map((hit) => hit.title));
  await page.getByRole('link', { name: 'Xiaomi', exact: true }).click();
  await expect(page).toHaveURL('/suche?q=Xiaomi');
  await expectResultsFor(page, 'Xiaomi');
});

test('"SU 7" finds what "SU7" finds', async ({ page }) => {
  await page.goto('/suche?q=SU7');
  await expectResultsFor(page, 'SU7');
  const titles = await searchResults(page).getByRole('heading', { level: 2 }).allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  await searchField(page).fill('SU 7');
  await expect(page.getByRole('status')).toHaveText(`${titles.length} Treffer für „SU 7“`);
  await expect(searchResults(page).getByRole('heading', { level: 2 })).toHaveText(titles);
});

test('typing puts the query into the address; Back from an article returns to the results', async ({ page }) => {
  await page.goto('/');
  await page.goto('/suche');
  await searchFor(page, 'Samsung');
  await expect(page).toHaveURL('/suche?q=Samsung');
  await searchFor(page, 'Europa Export');
  await expect(page).toHaveURL('/suche?q=Europa+Export');

  await searchResults(page).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/artikel\//);
  await page.goBack();
  await expect(page).toHaveURL('/suche?q=Europa+Export');
  await expect(searchField(page)).toHaveValue('Europa Export');
  await expectResultsFor(page, 'Europa Export');

  await searchField(page).fill('');
  await expect(page).toHaveURL('/suche');
  await expect(page.getByRole('status')).toHaveText('');
  await expect(searchResults(page)).toHaveCount(0);
  // Typing replaced the entry instead of adding one: Back leaves the search.
  await page.goBack();
  await expect(page).toHaveURL('/');
});

test('a link to the search from a search result page starts afresh', async ({ page }) => {
  await page.goto('/suche');
  await searchFor(page, 'Samsung');
  // What a "Suche" <Link> in the header does: a client-side navigation, the page stays loaded.
  await page.evaluate(() => {
    (window as unknown as { stayed: boolean }).stayed = true;
    (window as unknown as { next: { router: { push(href: string): void } } }).next.router.push('/suche');
  });
  await expect(page).toHaveURL('/suche');
  await expect(searchField(page)).toHaveValue('');
  await expect(searchResults(page)).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('');
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('text typed before the page is interactive is kept, searched and keeps the focus', async ({ page }) => {
  let releaseScripts!: () => void;
  const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto('/suche', { waitUntil: 'domcontentloaded' });
  await searchField(page).fill('ikea');
  releaseScripts();
  await expectResultsFor(page, 'ikea');
  await expect(searchField(page)).toHaveValue('ikea');
  await expect(searchField(page)).toBeFocused();
  await expect(page).toHaveURL('/suche?q=ikea');
});

test('a query without hits says so and offers tips', async ({ page }) => {
  await page.goto('/suche');
  await searchField(page).fill('Quantencomputer');
  await expect(page.getByRole('status')).toHaveText('Keine Treffer für „Quantencomputer“.');
  await expect(page.getByRole('heading', { name: 'Tipps' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Themen', exact: true }).last()).toHaveAttribute('href', '/themen');
  await expect(page.getByRole('main').getByRole('link', { name: 'Archiv' })).toHaveAttribute('href', '/archiv');
});

test('works with the keyboard alone: Tab to the field, type, Tab to the first result, Enter', async ({ page }) => {
  await page.goto('/suche');
  const field = searchField(page);
  for (
    let presses = 0;
    presses < 40 && !(await field.evaluate((element) => element === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(field).toBeFocused();
  await page.keyboard.type('Tradfri');
  await expectResultsFor(page, 'Tradfri');
  await expect(field).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(searchResults(page).getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/artikel/${ikea.slug}`);
});

test('Enter searches at once and keeps the focus in the field', async ({ page }) => {
  await page.goto('/suche');
  await searchField(page).fill('Peking');
  await searchField(page).press('Enter');
  await expect(page).toHaveURL('/suche?q=Peking');
  await expect(searchField(page)).toBeFocused();
  await expectResultsFor(page, 'Peking');
});

test('the form, label and live region are there for assistive technology', async ({ page }) => {
  await page.goto('/suche');
  const form = page.getByRole('search');
  await expect(form).toHaveAttribute('action', '/suche');
  await expect(form).toHaveAttribute('method', 'get');
  await expect(searchField(page)).toHaveAttribute('name', 'q');
  await expect(searchField(page)).toHaveAttribute('type', 'search');
  await expect(page.getByRole('status')).toHaveCount(1);
  await expect(page.locator('noscript')).toHaveCount(1);
  // With JavaScript the explanation stays unrendered text inside <noscript>.
  await expect(page.locator('.search-noscript')).toHaveCount(0);
});

test.describe('when the index cannot be loaded', () => {
  test.use({ allowedConsoleErrors: [/status of 503/] });

  test('the page says so instead of failing silently', async ({ page }) => {
    await page.route(`**${searchIndexDirectory}/*`, (route) => route.fulfill({ status: 503, body: 'nicht verfügbar' }));
    await page.goto('/suche?q=ikea');
    await expect(page.getByRole('status')).toHaveText(/Die Suche konnte nicht geladen werden/);
  });
});

test('without JavaScript the page explains itself and points to topics, ressorts and the archive', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/suche');
  // Playwright's text matching skips <noscript> from the page root, so look inside the box itself.
  const help = page.locator('.search-noscript');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Die Suche braucht JavaScript');
  await expect(help.getByRole('link', { name: 'Themen' })).toHaveAttribute('href', '/themen');
  await expect(help.getByRole('link', { name: 'Zahlen' })).toHaveAttribute('href', '/ressorts/zahlen');
  await expect(help.getByRole('link', { name: 'Archiv' })).toHaveAttribute('href', '/archiv');

  // The form still submits: the same page comes back, with the same explanation.
  await searchField(page).fill('ikea');
  await searchField(page).press('Enter');
  await expect(page).toHaveURL('/suche?q=ikea');
  await expect(help).toContainText('Die Suche braucht JavaScript');
  await context.close();
});

test('the index files hold the published articles and are served as the gzip files the build packed', async ({
  request,
}) => {
  expect((await request.get(searchManifestPath)).headers()['content-type']).toBe(searchIndexContentType);
  const { articles } = await fetchServedIndex(request);
  expect(articles.map((article) => article.slug).sort()).toEqual(
    getPublishedCatalog()
      .articles.map((article) => article.slug)
      .sort(),
  );
  for (const path of [searchManifestPath, searchTermsPath('xi'), searchArticlesPath(0), searchTextsPath(0)])
    expect(await fetchIndexFile(request, path), path).toEqual(builtIndexFiles().get(path));
});

test('a search loads only the index files its words and its hits need', async ({ page }) => {
  const requested = recordIndexRequests(page);
  await page.goto('/suche');
  expect(requested).toEqual([]);
  await searchField(page).focus();
  await expect.poll(() => requested).toEqual([searchManifestPath]);
  await searchFor(page, 'Tradfri');
  // The term file of "tr", the summaries of the hits, and the texts only of hits found in the text alone.
  const { hits } = await expectedAnswer('Tradfri');
  const groups = new Set(hits.map((hit) => searchArticlesPath(articleGroup(hit.article))));
  const textGroups = new Set(hits.filter(foundOnlyInText).map((hit) => searchTextsPath(textGroup(hit.article))));
  expect(requested.slice(0, 2 + groups.size)).toEqual([searchManifestPath, searchTermsPath('tr'), ...groups]);
  for (const path of requested.slice(2 + groups.size)) expect(textGroups, path).toContain(path);
  // A word of another beginning loads its one term file more; each file is loaded once; no word file without a typo.
  await searchFor(page, 'Samsung');
  expect(requested.filter((path) => path.includes('/begriffe-'))).toEqual([
    searchTermsPath('tr'),
    searchTermsPath('sa'),
  ]);
  expect(requested.filter((path) => path.includes('/woerter-'))).toEqual([]);
  expect(new Set(requested).size).toBe(requested.length);
});

test('only /suche loads the search code', async ({ page, request }) => {
  const scriptsOf = async (path: string) => {
    await page.goto(path);
    const sources = await page
      .locator('script[src]')
      .evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).src));
    return Promise.all(sources.map(async (src) => ({ src, code: await (await request.get(src)).text() })));
  };
  const manifestName = searchManifestPath.split('/').at(-1)!;
  expect((await scriptsOf('/suche')).some(({ code }) => code.includes(manifestName))).toBe(true);
  for (const path of ['/', `/artikel/${ikea.slug}`, '/themen']) {
    for (const { src, code } of await scriptsOf(path)) expect(code, `${path}: ${src}`).not.toContain(manifestName);
  }
});

test('nothing overflows sideways on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/suche?q=Xiaomi');
  await expect(searchResults(page).getByRole('listitem')).toHaveCount((await expectedAnswer('Xiaomi')).hits.length);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
