import path from 'node:path';
import type { Page } from '@playwright/test';
import { archiveMonths } from '@/lib/archive';
import { articleBreadcrumbs } from '@/lib/breadcrumbs';
import { createCatalog, type Catalog } from '@/lib/content/catalog';
import { readContent } from '@/lib/content/load';
import { berlinMonth, formatGermanMonth } from '@/lib/dates';
import { pageSize } from '@/lib/pagination';
import { archiveMonthPath, articlePath, pagedPath, ressortPath, topicPath } from '@/lib/paths';
import { expect, test } from './fixtures';
import { generatedSite } from './generated-site';
import { readSitemaps } from './sitemap-files';

// 35 synthetic articles ("Testartikel 1" is the oldest, "Testartikel 35" the newest and the lead
// story), built with a fixed "now". Ten teasers per page, the lead counting as one: 10 + 10 + 10 + 5.

let cached: Catalog | undefined;
/** The generated set as the site sees it; read inside tests, after the web server has written it. */
function catalog(): Catalog {
  cached ??= createCatalog(readContent(path.resolve(generatedSite.contentDir)), {
    now: new Date(generatedSite.buildNow),
    includeUnpublished: false,
  });
  return cached;
}

/** Paths of the canonical, prev and next links in the head. */
async function headLinks(page: Page) {
  const href = async (rel: string) => {
    const links = page.locator(`head link[rel="${rel}"]`);
    const count = await links.count();
    expect(count, `<link rel="${rel}">`).toBeLessThanOrEqual(1);
    return count === 0 ? undefined : new URL((await links.getAttribute('href'))!).pathname;
  };
  return { canonical: await href('canonical'), prev: await href('prev'), next: await href('next') };
}

/** Titles of the teasers in the main column, in page order. */
async function teaserTitles(page: Page): Promise<string[]> {
  return page.getByRole('main').locator('.teaser__title').allTextContents();
}

test.describe('paging on the home page', () => {
  test('page 1 shows the lead story and nine teasers, numbered links and a next page', async ({ page }) => {
    const front = catalog().frontPage();
    expect(front).toHaveLength(35);
    await page.goto('/');
    await expect(
      page.getByRole('region', { name: 'Aufmacher' }).getByRole('link', { name: front[0]!.title, exact: true }),
    ).toBeVisible();
    expect(await teaserTitles(page)).toEqual(front.slice(0, 10).map((article) => article.title));

    const nav = page.getByRole('navigation', { name: 'Seitennavigation' });
    await expect(nav).toContainText('Seite 1 von 4');
    await expect(nav.getByRole('link', { name: 'Seite 1', exact: true })).toHaveAttribute('aria-current', 'page');
    for (const number of [2, 3, 4]) {
      const link = nav.getByRole('link', { name: `Seite ${number}`, exact: true });
      await expect(link).toHaveAttribute('href', `/seite/${number}`);
      await expect(link).not.toHaveAttribute('aria-current', /.*/);
    }
    await expect(nav.getByRole('link', { name: 'Vorherige Seite' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Nächste Seite' })).toHaveAttribute('href', '/seite/2');
    expect(await headLinks(page)).toEqual({ canonical: '/', prev: undefined, next: '/seite/2' });
  });

  test('page 2 shows the next ten articles without the lead story, with its own title and canonical URL', async ({
    page,
  }) => {
    const front = catalog().frontPage();
    const response = await page.goto('/seite/2');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle('Neueste Artikel – Seite 2 | Xiaomi im Blick');
    await expect(page.locator('h1')).toHaveText('Neueste Artikel');
    await expect(page.getByRole('region', { name: 'Aufmacher' })).toHaveCount(0);
    expect(await teaserTitles(page)).toEqual(front.slice(10, 20).map((article) => article.title));

    const nav = page.getByRole('navigation', { name: 'Seitennavigation' });
    await expect(nav).toContainText('Seite 2 von 4');
    await expect(nav.getByRole('link', { name: 'Seite 2', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Seite 1', exact: true })).toHaveAttribute('href', '/');
    await expect(nav.getByRole('link', { name: 'Vorherige Seite' })).toHaveAttribute('href', '/');
    await expect(nav.getByRole('link', { name: 'Nächste Seite' })).toHaveAttribute('href', '/seite/3');
    expect(await headLinks(page)).toEqual({ canonical: '/seite/2', prev: '/', next: '/seite/3' });
  });

  test('page 4, the last, shows the five oldest articles and no next page', async ({ page }) => {
    await page.goto('/seite/4');
    await expect(page).toHaveTitle('Neueste Artikel – Seite 4 | Xiaomi im Blick');
    expect(await teaserTitles(page)).toEqual(
      ['Testartikel 5', 'Testartikel 4', 'Testartikel 3', 'Testartikel 2', 'Testartikel 1'].map(
        (prefix) => catalog().articles.find((article) => article.title.startsWith(`${prefix}:`))!.title,
      ),
    );
    const nav = page.getByRole('navigation', { name: 'Seitennavigation' });
    await expect(nav).toContainText('Seite 4 von 4');
    await expect(nav.getByRole('link', { name: 'Nächste Seite' })).toHaveCount(0);
    expect(await headLinks(page)).toEqual({ canonical: '/seite/4', prev: '/seite/3', next: undefined });
  });

  test('pages are plain links: a reader without JavaScript pages through to the end and back', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    for (const number of [2, 3, 4]) {
      await page
        .getByRole('navigation', { name: 'Seitennavigation' })
        .getByRole('link', { name: 'Nächste Seite' })
        .click();
      await expect(page).toHaveURL(`/seite/${number}`);
    }
    await page
      .getByRole('navigation', { name: 'Seitennavigation' })
      .getByRole('link', { name: 'Seite 1', exact: true })
      .click();
    await expect(page).toHaveURL('/');
    await context.close();
  });
});

test.describe('paging on topic and ressort pages', () => {
  test('the biggest topic is split into pages of ten with its own titles, canonical URLs and prev/next', async ({
    page,
  }) => {
    const { tag, count } = catalog().tagCounts()[0]!;
    const pages = Math.ceil(count / 10);
    expect(pages).toBeGreaterThanOrEqual(2);
    const listing = catalog().byTag(tag.slug);

    await page.goto(topicPath(tag.slug));
    expect(await teaserTitles(page)).toEqual(listing.slice(0, 10).map((article) => article.title));
    const nav = page.getByRole('navigation', { name: 'Seitennavigation' });
    await expect(nav).toContainText(`Seite 1 von ${pages}`);
    await expect(nav.getByRole('link', { name: 'Nächste Seite' })).toHaveAttribute(
      'href',
      `${topicPath(tag.slug)}/seite/2`,
    );
    expect(await headLinks(page)).toEqual({
      canonical: topicPath(tag.slug),
      prev: undefined,
      next: `${topicPath(tag.slug)}/seite/2`,
    });

    const last = pagedPath(topicPath(tag.slug), pages);
    await page.goto(last);
    await expect(page).toHaveTitle(`Thema: ${tag.name} – Seite ${pages} | Xiaomi im Blick`);
    await expect(page.locator('h1')).toHaveText(tag.name);
    expect(await teaserTitles(page)).toEqual(listing.slice((pages - 1) * 10).map((article) => article.title));
    expect(await headLinks(page)).toEqual({
      canonical: last,
      prev: pagedPath(topicPath(tag.slug), pages - 1),
      next: undefined,
    });
    // The topic's own RSS feed stays on every page.
    await expect(page.locator(`link[rel="alternate"][href$="${topicPath(tag.slug)}/feed.xml"]`)).toHaveCount(1);
  });

  test('the biggest ressort has a second page', async ({ page }) => {
    const ressort = (['partnerschaften', 'expansion', 'zahlen', 'technik'] as const).toSorted(
      (a, b) => catalog().byRessort(b).length - catalog().byRessort(a).length,
    )[0]!;
    const listing = catalog().byRessort(ressort);
    expect(listing.length).toBeGreaterThan(10);
    await page.goto(pagedPath(ressortPath(ressort), 2));
    await expect(page).toHaveTitle(new RegExp(`^Ressort .+ – Seite 2 \\| Xiaomi im Blick$`));
    expect(await teaserTitles(page)).toEqual(listing.slice(10, 20).map((article) => article.title));
    expect((await headLinks(page)).prev).toBe(ressortPath(ressort));
  });
});

test.describe('addresses that must not exist', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('page 1 under /seite/1, pages past the last, other spellings and empty or unknown months answer 404', async ({
    request,
  }) => {
    const { tag, count } = catalog().tagCounts()[0]!;
    const months = archiveMonths(catalog().archive());
    const paths = months.map(({ year, month }) => archiveMonthPath(year, month));
    // A month between the oldest and the newest without articles; the month after the newest if there is none.
    const oldest = months.at(-1)!;
    let empty: string | undefined;
    for (let index = 0; empty === undefined; index += 1) {
      const year = oldest.year + Math.floor((oldest.month - 1 + index) / 12);
      const month = ((oldest.month - 1 + index) % 12) + 1;
      if (!paths.includes(archiveMonthPath(year, month))) empty = archiveMonthPath(year, month);
    }
    const singleDigit = months.find(({ month }) => month < 10)!;
    const busy = months.find(({ articles }) => articles.length > pageSize)!;
    const busyPath = archiveMonthPath(busy.year, busy.month);
    for (const missing of [
      '/seite/1',
      '/seite/5',
      '/seite/02',
      '/seite/2/mehr',
      `${topicPath(tag.slug)}/seite/1`,
      pagedPath(topicPath(tag.slug), Math.ceil(count / 10) + 1),
      '/ressorts/zahlen/seite/1',
      '/archiv/2025',
      '/archiv/2025/13',
      `/archiv/${singleDigit.year}/${singleDigit.month}`,
      empty,
      `${busyPath}/seite/1`,
      pagedPath(busyPath, Math.ceil(busy.articles.length / pageSize) + 1),
    ]) {
      expect((await request.get(missing)).status(), missing).toBe(404);
    }
  });
});

test.describe('archive', () => {
  test('/archiv lists years and months newest first, with counts that add up', async ({ page }) => {
    const years = catalog().archive();
    expect(years.length).toBeGreaterThanOrEqual(2);
    await page.goto('/archiv');
    await expect(page.locator('h1')).toHaveText('Archiv');
    await expect(page.getByRole('main')).toContainText('Alle 35 Artikel nach Erscheinungsmonat');
    await expect(page.locator('.archive-year h2')).toHaveText(
      years.map(({ year, count }) => `${year} ${count} Artikel`),
    );
    expect(years.reduce((sum, { count }) => sum + count, 0)).toBe(35);

    const months = archiveMonths(years);
    const links = page.locator('.archive-months a');
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(
      months.map(({ year, month }) => archiveMonthPath(year, month)),
    );
    for (const [index, { year, month, articles }] of months.entries()) {
      // The link names the year too, for screen readers listing links out of context.
      await expect(links.nth(index)).toHaveAccessibleName(formatGermanMonth(year, month));
      await expect(page.locator('.archive-months li').nth(index)).toContainText(`${articles.length} Artikel`);
    }
  });

  test('every month page names its month in German and lists its articles newest first', async ({ page }) => {
    const months = archiveMonths(catalog().archive());
    test.setTimeout(30_000 + months.length * 5_000); // a budget per month page, not a speed test
    for (const { year, month, articles } of months) {
      const monthPath = archiveMonthPath(year, month);
      const response = await page.goto(monthPath);
      expect(response?.status(), monthPath).toBe(200);
      await expect(page.locator('h1')).toHaveText(formatGermanMonth(year, month));
      await expect(page).toHaveTitle(`Archiv: ${formatGermanMonth(year, month)} | Xiaomi im Blick`);
      await expect(page.getByRole('main')).toContainText(`${articles.length} Artikel aus diesem Monat`);
      expect(await teaserTitles(page)).toEqual(articles.slice(0, pageSize).map((article) => article.title));
      expect((await headLinks(page)).canonical).toBe(monthPath);
    }
  });

  test('a month with more articles than a page holds is paged like every other listing', async ({ page }) => {
    const busy = archiveMonths(catalog().archive()).find(({ articles }) => articles.length > pageSize);
    expect(busy, 'the generated set has a month with a second page (generatedSite.busyMonth)').toBeDefined();
    const { year, month, articles } = busy!;
    const monthPath = archiveMonthPath(year, month);
    const pages = Math.ceil(articles.length / pageSize);
    const second = pagedPath(monthPath, 2);

    await page.goto(monthPath);
    const nav = page.getByRole('navigation', { name: 'Seitennavigation' });
    await expect(nav).toContainText(`Seite 1 von ${pages}`);
    await expect(nav.getByRole('link', { name: 'Nächste Seite' })).toHaveAttribute('href', second);
    expect(await headLinks(page)).toEqual({ canonical: monthPath, prev: undefined, next: second });

    await nav.getByRole('link', { name: 'Nächste Seite' }).click();
    await expect(page).toHaveURL(second);
    await expect(page).toHaveTitle(`Archiv: ${formatGermanMonth(year, month)} – Seite 2 | Xiaomi im Blick`);
    await expect(page.locator('h1')).toHaveText(formatGermanMonth(year, month));
    await expect(page.getByRole('main')).toContainText(`Archiv · Seite 2 von ${pages}`);
    await expect(page.getByRole('main')).toContainText(`${articles.length} Artikel aus diesem Monat`);
    expect(await teaserTitles(page)).toEqual(articles.slice(pageSize, 2 * pageSize).map((article) => article.title));
    expect((await headLinks(page)).prev).toBe(monthPath);
  });

  test('an article just after midnight on the first of a month in Berlin belongs to that month, not the one before in UTC', async ({
    page,
  }) => {
    const boundary = catalog().articles.find(
      (article) => berlinMonth(article.date).month !== article.date.instant.getUTCMonth() + 1,
    );
    expect(boundary, 'the generated set has an article in the first hour of a Berlin month').toBeDefined();
    const { year, month } = berlinMonth(boundary!.date);
    const { articles } = archiveMonths(catalog().archive()).find(
      (candidate) => candidate.year === year && candidate.month === month,
    )!;
    const pageNumber = Math.floor(articles.findIndex(({ slug }) => slug === boundary!.slug) / pageSize) + 1;
    const monthPath = archiveMonthPath(year, month);
    await page.goto(pageNumber === 1 ? monthPath : pagedPath(monthPath, pageNumber));
    await expect(page.getByRole('link', { name: boundary!.title, exact: true })).toBeVisible();
  });

  test('a month page links to its neighbouring months and back to the archive', async ({ page }) => {
    const months = archiveMonths(catalog().archive());
    const [newer, current, older] = months.slice(0, 3) as [
      (typeof months)[number],
      (typeof months)[number],
      (typeof months)[number],
    ];
    await page.goto(archiveMonthPath(current.year, current.month));
    const nav = page.getByRole('navigation', { name: 'Weitere Monate' });
    await expect(
      nav.getByRole('link', { name: `Älterer Monat: ${formatGermanMonth(older.year, older.month)}` }),
    ).toHaveAttribute('href', archiveMonthPath(older.year, older.month));
    await expect(
      nav.getByRole('link', { name: `Neuerer Monat: ${formatGermanMonth(newer.year, newer.month)}` }),
    ).toHaveAttribute('href', archiveMonthPath(newer.year, newer.month));
    await nav.getByRole('link', { name: 'Alle Monate' }).click();
    await expect(page).toHaveURL('/archiv');
  });
});

test.describe('article navigation', () => {
  const numbered = (number: number) =>
    catalog().articles.find((article) => article.title.startsWith(`Testartikel ${number}:`))!;

  test('breadcrumbs lead Start › Ressort › Artikel, the same trail as the BreadcrumbList JSON-LD', async ({ page }) => {
    const article = numbered(20);
    await page.goto(articlePath(article.slug));
    const crumbs = page.getByRole('navigation', { name: 'Brotkrumen' });
    const items = crumbs.locator('ol > li');
    const trail = articleBreadcrumbs(article);
    await expect(items).toHaveText(trail.map((crumb) => crumb.name));
    for (const [index, crumb] of trail.entries())
      await expect(items.nth(index).getByRole('link')).toHaveAttribute('href', crumb.path);
    await expect(items.last().getByRole('link')).toHaveAttribute('aria-current', 'page');

    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as { '@type': string; itemListElement?: { name: string }[] },
    );
    expect(
      jsonLd.find((entry) => entry['@type'] === 'BreadcrumbList')?.itemListElement?.map((item) => item.name),
    ).toEqual(trail.map((crumb) => crumb.name));
  });

  test('previous and next article follow the order of publication', async ({ page }) => {
    await page.goto(articlePath(numbered(20).slug));
    const nav = page.getByRole('navigation', { name: 'Vorheriger und nächster Artikel' });
    await expect(nav.getByRole('link', { name: `Vorheriger Artikel ${numbered(19).title}` })).toHaveAttribute(
      'href',
      articlePath(numbered(19).slug),
    );
    await expect(nav.getByRole('link', { name: `Nächster Artikel ${numbered(21).title}` })).toHaveAttribute(
      'href',
      articlePath(numbered(21).slug),
    );

    await nav.getByRole('link', { name: /^Nächster Artikel/ }).click();
    await expect(page.locator('h1')).toHaveText(numbered(21).title);

    await page.goto(articlePath(numbered(1).slug));
    await expect(page.getByRole('link', { name: /^Vorheriger Artikel/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Nächster Artikel/ })).toHaveCount(1);
    await page.goto(articlePath(numbered(35).slug));
    await expect(page.getByRole('link', { name: /^Nächster Artikel/ })).toHaveCount(0);
  });

  test('the article ends with one "Mehr zum Thema" list of at most five articles, none twice and neither neighbour', async ({
    page,
  }) => {
    const article = catalog().articles.find((candidate) => catalog().ending(candidate).more.length === 5)!;
    const { older, newer, more } = catalog().ending(article);
    await page.goto(articlePath(article.slug));
    await expect(page.locator('.more-by-tag')).toHaveCount(0);
    const region = page.getByRole('region', { name: 'Mehr zum Thema' });
    await expect(region).toHaveCount(1);
    const listed = await region.getByRole('link').allTextContents();
    expect(listed).toEqual(more.map((entry) => entry.title));
    const neighbours = page.getByRole('navigation', { name: 'Vorheriger und nächster Artikel' });
    const linkedAtTheEnd = [
      ...(await neighbours.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))),
      ...(await region.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))),
    ];
    expect(linkedAtTheEnd).toHaveLength(more.length + (older ? 1 : 0) + (newer ? 1 : 0));
    expect(new Set(linkedAtTheEnd).size).toBe(linkedAtTheEnd.length);
    expect(linkedAtTheEnd).not.toContain(articlePath(article.slug));
  });
});

test('the print stylesheet leaves the article alone, black on white in a serif, with link targets written out', async ({
  page,
}) => {
  const article = catalog().articles.find(
    (candidate) =>
      candidate.html.includes('data-footnote-ref') &&
      candidate.html.includes('<table>') &&
      candidate.sources.some((source) => source.url),
  );
  expect(article, 'the generated set has an article with a footnote, a table and a linked source').toBeDefined();
  const source = article!.sources.find((entry) => entry.url)!;
  await page.goto(articlePath(article!.slug));
  await page.emulateMedia({ media: 'print' });

  for (const hidden of [
    page.getByRole('navigation', { name: 'Hauptnavigation' }),
    page.locator('summary'),
    page.getByRole('contentinfo'),
    page.getByRole('navigation', { name: 'Brotkrumen' }),
    page.getByRole('navigation', { name: 'Vorheriger und nächster Artikel' }),
    page.locator('.related'),
  ]) {
    await expect(hidden.first()).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Quellen' })).toBeVisible();

  const body = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { color: style.color, background: style.backgroundColor, font: style.fontFamily };
  });
  expect(body).toMatchObject({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
  expect(body.font).toMatch(/serif$/);

  const after = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element, '::after').content);
  expect(await after(`.sources a[href="${source.url}"]`)).toBe(`" (${source.url})"`);
  expect(await after(`.byline a[href="${ressortPath(article!.ressort)}"]`)).toBe(
    `" (${ressortPath(article!.ressort)})"`,
  );
  expect(await after('.prose a[data-footnote-ref]')).toBe('none');
  expect(await page.locator('.prose table').evaluate((table) => getComputedStyle(table).breakInside)).toBe('avoid');
});

test('the sitemap files list the later pages and every archive month with its later pages', async ({ request }) => {
  const paths = (await readSitemaps(request)).urls.map((url) => new URL(url).pathname);
  const { tag, count } = catalog().tagCounts()[0]!;
  const expected = [
    '/seite/2',
    '/seite/4',
    pagedPath(topicPath(tag.slug), Math.ceil(count / 10)),
    '/archiv',
    ...archiveMonths(catalog().archive()).flatMap(({ year, month, articles }) => [
      archiveMonthPath(year, month),
      ...(articles.length > pageSize ? [pagedPath(archiveMonthPath(year, month), 2)] : []),
    ]),
  ];
  for (const entry of expected) expect(paths, entry).toContain(entry);
  expect(paths).not.toContain('/seite/1');
  expect(paths).not.toContain('/seite/5');
  expect(new Set(paths).size, 'no address twice').toBe(paths.length);
});
