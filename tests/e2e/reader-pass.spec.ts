import type { Page } from '@playwright/test';
import { articlePath, ressortPath, topicPath } from '@/lib/paths';
import { ressortBySlug } from '@/lib/ressorts';
import { catalog, expect, test } from './fixtures';

/**
 * Issue 18, read as a reader would: on a 390 px phone and a 1280 px desktop, light and dark. The
 * screenshots land in test-results/ and in the report (testInfo.attach); the assertions hold what the
 * issue asked for: news first, one grid, where am I, folded chart data, no article twice at the end.
 */
const chartArticle = catalog.articles.find((article) => article.charts.length > 0)!;
const analysis = catalog.articles.find((article) => article.type === 'analyse' && article !== chartArticle)!;
const footnoteArticle = catalog.articles.find((article) => article.html.includes('data-footnote-ref'));
const ressort = 'zahlen';

const screens = [
  { name: 'home', path: '/' },
  { name: 'artikel-mit-diagramm', path: articlePath(chartArticle.slug) },
  { name: 'analyse', path: articlePath(analysis.slug) },
  { name: 'ressort', path: ressortPath(ressort) },
  { name: 'daten', path: '/daten' },
  { name: 'zeitleiste', path: '/zeitleiste' },
];
const widths = [390, 1280] as const;

// Artefacts for a person to look at: taken in the matrix tier (CI keeps them), not in every `npm test`.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const screen of screens) {
    test(
      `screenshots of ${screen.name} at 390 and 1280 px, ${colorScheme}`,
      { tag: '@sweep' },
      async ({ browser }, testInfo) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        for (const width of widths) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(screen.path);
          await page.evaluate(() => document.fonts.ready);
          const path = testInfo.outputPath(`${screen.name}-${width}-${colorScheme}.png`);
          await page.screenshot({ path, fullPage: true });
          await testInfo.attach(`${screen.name}-${width}-${colorScheme}`, { path, contentType: 'image/png' });
        }
        await context.close();
      },
    );
  }
}

/** The left edge of the first visible heading or block of a page's main content, in px. */
async function contentLeft(page: Page, path: string): Promise<number> {
  await page.goto(path);
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const first = [...main.querySelectorAll('h1, .lead, nav, article, section')].find(
      (element) => !element.classList.contains('sr-only') && element.getBoundingClientRect().width > 0,
    )!;
    return first.getBoundingClientRect().left;
  });
}

const listings = () => [
  '/',
  ressortPath(ressort),
  '/themen',
  topicPath(catalog.tagCounts()[0]!.tag.slug),
  '/archiv',
  '/autoren/redaktion',
  '/suche',
];
const readingPages = () => [articlePath(chartArticle.slug), articlePath(analysis.slug), '/daten', '/zeitleiste'];

for (const width of widths) {
  test.describe(`one grid at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('header and every listing share one left edge (within 2 px)', async ({ page }) => {
      await page.goto('/');
      const brand = (await page.getByRole('banner').getByRole('link').first().boundingBox())!.x;
      const edges: Record<string, number> = {};
      for (const path of listings()) edges[path] = await contentLeft(page, path);
      for (const [path, left] of Object.entries(edges))
        expect(Math.abs(left - brand), `${path}: ${left} vs ${brand}`).toBeLessThanOrEqual(2);
    });

    test('articles, /daten and /zeitleiste share one reading column (within 2 px)', async ({ page }) => {
      const columns: Record<string, { left: number; width: number; offCentre: number }> = {};
      for (const path of readingPages()) {
        await page.goto(path);
        columns[path] = await page.evaluate(() => {
          const column = document.querySelector('main .reading-column')!.getBoundingClientRect();
          const main = document.querySelector('main')!.getBoundingClientRect();
          return {
            left: column.left,
            width: column.width,
            offCentre: column.left + column.width / 2 - (main.left + main.width / 2),
          };
        });
      }
      const first = Object.values(columns)[0]!;
      for (const [path, column] of Object.entries(columns)) {
        expect(Math.abs(column.left - first.left), `${path} left`).toBeLessThanOrEqual(2);
        expect(Math.abs(column.width - first.width), `${path} width`).toBeLessThanOrEqual(2);
        // Centred in the page's one content grid.
        expect(Math.abs(column.offCentre), `${path} centre`).toBeLessThanOrEqual(2);
      }
      // Narrower than the listings on a desktop: 42rem.
      if (width === 1280) expect(first.width).toBeCloseTo(42 * 16, 0);
    });
  });
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the home page starts the news list right after the lead story and leads to /daten and /zeitleiste', async ({
    page,
  }) => {
    await page.goto('/');
    const lead = (await page.getByRole('region', { name: 'Aufmacher' }).boundingBox())!;
    const latest = (await page.getByRole('heading', { name: 'Neueste Artikel' }).boundingBox())!;
    expect(latest.y - (lead.y + lead.height)).toBeLessThan(80);
    expect(latest.y).toBeLessThan(900);
    const topics = (await page.getByRole('navigation', { name: 'Nach Thema filtern' }).boundingBox())!;
    expect(topics.y).toBeGreaterThan(latest.y);
    const box = page.getByRole('complementary', { name: 'Xiaomi Auto in Zahlen' });
    await expect(box.getByRole('link', { name: 'Alle Diagramme mit Quellen' })).toHaveAttribute('href', '/daten');
    await expect(box.getByRole('link', { name: /^Zeitleiste/ })).toHaveAttribute('href', '/zeitleiste');
  });

  test('a chart in an article shows drawing and one source line; data and sources wait in a closed <details>', async ({
    page,
  }) => {
    await page.goto(articlePath(chartArticle.slug));
    const figure = page.locator('.prose figure.chart').first();
    await expect(figure.getByRole('img')).toBeVisible();
    await expect(figure.locator('.chart__source-line')).toBeVisible();
    const details = figure.locator('details.chart__more');
    await expect(details).toHaveCount(1);
    await expect(details).not.toHaveAttribute('open');
    await expect(figure.getByRole('table')).toBeHidden();
    const height = (await figure.boundingBox())!.height;
    expect(height, 'the folded figure on a phone').toBeLessThan(800);
    await details.locator('summary').click();
    await expect(figure.getByRole('table')).toBeVisible();
  });

  test('/daten keeps every table and source list open', async ({ page }) => {
    await page.goto('/daten');
    await expect(page.locator('details.chart__more')).toHaveCount(0);
    for (const table of await page.getByRole('table').all()) await expect(table).toBeVisible();
  });

  test('footnote references are tap targets of at least 24 × 24 px', async ({ page }) => {
    test.skip(!footnoteArticle, 'no article with a footnote');
    await page.goto(articlePath(footnoteArticle!.slug));
    const refs = page.locator('a[data-footnote-ref]');
    expect(await refs.count()).toBeGreaterThan(0);
    for (const ref of await refs.all()) {
      const box = (await ref.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });

  test('short hyphenated words in headlines do not break at the hyphen', async ({ page }) => {
    for (const path of ['/', articlePath(chartArticle.slug)]) {
      await page.goto(path);
      const words = page.locator('h1 .nobr, .teaser__title .nobr');
      const count = await words.count();
      for (let index = 0; index < count; index += 1) {
        const lines = await words.nth(index).evaluate((element) => element.getClientRects().length);
        expect(lines, `${path}: ${await words.nth(index).textContent()}`).toBe(1);
      }
    }
  });
});

test('an analysis ends with its neighbours and one "Mehr zum Thema" list, no article twice', async ({ page }) => {
  await page.goto(articlePath(analysis.slug));
  await expect(page.getByRole('heading', { name: /^Mehr zum Thema/ })).toHaveCount(1);
  const hrefs = await page
    .locator('nav[aria-label="Vorheriger und nächster Artikel"] a, .related a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(new Set(hrefs).size).toBe(hrefs.length);
  expect(hrefs).not.toContain(articlePath(analysis.slug));
  const { more } = catalog.ending(analysis);
  expect(more.length).toBeLessThanOrEqual(5);
  await expect(page.locator('.related a')).toHaveCount(more.length);
});

test('an article marks its ressort in the navigation', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(articlePath(analysis.slug));
  const marked = page.getByRole('navigation', { name: 'Hauptnavigation' }).locator('[aria-current]');
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveText(ressortBySlug(analysis.ressort)!.name);
});

test('the timeline links each article once, lighter than the event titles', async ({ page }) => {
  await page.goto('/zeitleiste');
  const hrefs = await page
    .locator('.timeline__event a[href^="/artikel/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(new Set(hrefs).size).toBe(hrefs.length);
  const weight = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => Number(getComputedStyle(element).fontWeight));
  expect(await weight('.timeline__event a[href^="/artikel/"]')).toBeLessThan(await weight('.timeline__event h3'));
});

test('the footer leads to Daten, Zeitleiste, Archiv and the newsroom with its authors', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  for (const [name, href] of [
    ['Daten', '/daten'],
    ['Zeitleiste', '/zeitleiste'],
    ['Archiv', '/archiv'],
    ['Redaktion', '/redaktion'],
  ] as const) {
    await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
});
