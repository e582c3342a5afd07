import type { Locator, Page } from '@playwright/test';
import { articleBreadcrumbs } from '@/lib/breadcrumbs';
import { ressorts } from '@/lib/ressorts';
import { catalog, expect, sweep, test } from './fixtures';

const mainLinks = [
  ['Partnerschaften', '/ressorts/partnerschaften'],
  ['Expansion', '/ressorts/expansion'],
  ['Zahlen', '/ressorts/zahlen'],
  ['Technik', '/ressorts/technik'],
  ['Themen', '/themen'],
  ['Archiv', '/archiv'],
  ['Daten', '/daten'],
  ['Suche', '/suche'],
] as const;

/** The menu button: a <summary>, which browsers expose as an expandable button (Playwright has no role for it). */
const menuButton = (page: Page) => page.locator('summary.menu__button');
const menu = (page: Page) => page.locator('details.menu');

/** Presses Tab until the element matching `selector` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 10) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached with ${limit} × Tab`);
}

test.describe('header menu on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('is closed at first: a "Menü" button, no links', async ({ page }) => {
    await page.goto('/');
    await expect(menuButton(page)).toBeVisible();
    await expect(menuButton(page)).toHaveText('Menü');
    await expect(menu(page)).not.toHaveAttribute('open');
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
    // The menu is the first thing after the site name: nothing else in the header to tab through.
    await expect(page.getByRole('banner').getByRole('link')).toHaveCount(1);
  });

  for (const key of ['Enter', 'Space'] as const) {
    test(`opens with ${key} on the button, Tab reaches the links, Enter follows one – keyboard only`, async ({
      page,
    }) => {
      await page.goto('/');
      await tabTo(page, 'summary');
      await expect(menuButton(page)).toBeFocused();
      expect(await menuButton(page).evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');

      await page.keyboard.press(key);
      await expect(menu(page)).toHaveAttribute('open');
      const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
      for (const [name, href] of mainLinks)
        await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);

      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link', { name: 'Partnerschaften' })).toBeFocused();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link', { name: 'Zahlen' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL('/ressorts/zahlen');
      await expect(page.locator('h1')).toHaveText('Zahlen');
    });
  }

  test('closes again with the same button', async ({ page }) => {
    await page.goto('/');
    await menuButton(page).click();
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
    await menuButton(page).click();
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
  });

  test('needs no JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto('/');
    await menuButton(page).click();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Archiv' }).click();
    await expect(page).toHaveURL('/archiv');
    await context.close();
  });

  test('the open menu fits a 320 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    await menuButton(page).click();
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    for (const [name] of mainLinks) await expect(nav.getByRole('link', { name, exact: true })).toBeInViewport();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  });
});

test.describe('header on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows every link in a row, without a menu button, reachable by Tab', async ({ page }) => {
    await page.goto('/');
    await expect(menuButton(page)).toBeHidden();
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    for (const [name, href] of mainLinks) {
      const link = nav.getByRole('link', { name, exact: true });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', href);
    }
    const tops = await nav
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await tabTo(page, 'a[href="/ressorts/partnerschaften"]');
    await expect(nav.getByRole('link', { name: 'Partnerschaften' })).toBeFocused();
  });
});

test.describe('where am I (issue 18)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  const article = catalog.lead()!;
  const ressortName = ressorts.find((ressort) => ressort.slug === article.ressort)!.name;
  const topic = catalog.tagCounts()[0]!.tag;

  for (const [path, name, value] of [
    ['/ressorts/zahlen', 'Zahlen', 'page'],
    ['/themen', 'Themen', 'page'],
    [`/themen/${topic.slug}`, 'Themen', 'page'],
    ['/archiv', 'Archiv', 'page'],
    ['/daten', 'Daten', 'page'],
    ['/zeitleiste', 'Zeitleiste', 'page'],
    ['/suche', 'Suche', 'page'],
    [`/artikel/${article.slug}`, ressortName, 'page'],
  ] as const) {
    test(`${path} marks „${name}“ in the navigation, visibly, and no other link`, sweep(path), async ({ page }) => {
      await page.goto(path);
      const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
      const marked = nav.locator('[aria-current]');
      await expect(marked).toHaveCount(1);
      await expect(marked).toHaveText(name);
      await expect(marked).toHaveAttribute('aria-current', value);
      const decoration = (link: Locator) => link.evaluate((element) => getComputedStyle(element).textDecorationLine);
      expect(await decoration(marked)).toBe('underline');
      expect(await decoration(nav.locator('a:not([aria-current])').first())).toBe('none');
    });
  }

  test('the home page and the pages outside the navigation mark nothing and have one header', async ({ page }) => {
    for (const path of ['/', '/impressum', '/redaktion', '/autoren/redaktion']) {
      await page.goto(path);
      await expect(page.getByRole('banner').locator('[aria-current]'), path).toHaveCount(0);
      await expect(page.getByRole('banner'), path).toHaveCount(1);
      await expect(page.getByRole('main'), path).toHaveCount(1);
    }
  });

  test.describe('the 404 page', () => {
    test.use({ allowedConsoleErrors: [/status of 404/] });

    test('marks nothing and has one header, also for a section address that does not exist', async ({ page }) => {
      for (const path of ['/gibt-es-nicht', '/archiv/1999/01', '/artikel/gibt-es-nicht']) {
        expect((await page.goto(path))?.status(), path).toBe(404);
        await expect(page.getByRole('banner').locator('[aria-current]'), path).toHaveCount(0);
        await expect(page.getByRole('banner'), path).toHaveCount(1);
        await expect(page.getByRole('main'), path).toHaveCount(1);
      }
    });
  });
});

test('the footer links to the archive, the newsroom, the legal pages and the three feeds', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  for (const [name, href] of [
    ['Archiv', '/archiv'],
    ['Redaktion', '/redaktion'],
    ['Impressum', '/impressum'],
    ['Datenschutz', '/datenschutz'],
    ['RSS', '/feed.xml'],
    ['Atom', '/atom.xml'],
    ['JSON Feed', '/feed.json'],
  ] as const) {
    await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  await expect(footer.getByRole('link', { name: 'RSS' })).toHaveAttribute('type', 'application/rss+xml');
});

test('an article shows its breadcrumbs above the headline, the ressort crumb leads to the ressort', async ({
  page,
}) => {
  const article = catalog.lead()!;
  await page.goto(`/artikel/${article.slug}`);
  const crumbs = page.getByRole('navigation', { name: 'Brotkrumen' });
  await expect(crumbs.locator('ol > li')).toHaveText(articleBreadcrumbs(article).map((crumb) => crumb.name));
  const [crumbsBox, headlineBox] = [await crumbs.boundingBox(), await page.locator('h1').boundingBox()];
  expect(crumbsBox!.y).toBeLessThan(headlineBox!.y);
  await crumbs.getByRole('link').nth(1).click();
  await expect(page).toHaveURL(`/ressorts/${article.ressort}`);
});

test('the archive lists every published article of the site once', async ({ page }) => {
  const years = catalog.archive();
  await page.goto('/archiv');
  await expect(page.locator('.archive-year h2')).toHaveText(years.map(({ year, count }) => `${year} ${count} Artikel`));
  const months = years.flatMap((year) => year.months);
  expect(months.reduce((sum, month) => sum + month.articles.length, 0)).toBe(catalog.articles.length);
  await page.locator('.archive-months a').first().click();
  await expect(page.getByRole('main').locator('.teaser__title')).toHaveText(
    months[0]!.articles.map((article) => article.title),
  );
});
