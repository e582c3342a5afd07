import type { APIRequestContext, Page, Request } from '@playwright/test';
import { articlePath } from '@/lib/paths';
import { isRouterRequest, routerRequestHeaders } from '@/scripts/next-request-guard.mjs';
import { budgets } from './budgets';
import { expectArticlesHtmlWithinBudget, expectReadingPageWithinBudgets } from './budget-checks';
import { isNextModule, NextBuild } from './build-output';
import { catalog, expect, test } from './fixtures';
import { longestArticle, readingPages } from './reading-pages';

// The production build `next start` serves; the web servers have built it before tests load.
const build = new NextBuild(process.env.NEXT_DIST_DIR || '.next');
const pages = readingPages(catalog);

test.describe('client code in the production build', () => {
  test('the search page is the only route with a client component of ours', () => {
    const routesWithOwnClientCode = build
      .pageRoutes()
      .map((route) => ({
        route,
        modules: build.clientCode(route).clientModules.filter((modulePath) => !isNextModule(modulePath)),
      }))
      .filter(({ modules }) => modules.length > 0);
    expect(routesWithOwnClientCode).toEqual([
      { route: '/suche/page', modules: ['[project]/components/SiteSearch.tsx'] },
    ]);
  });

  test('the budget tests cover every page route of the build', () => {
    const covered = new Set([
      ...pages.map(({ path }) => build.routeOf(path)),
      '/suche/page',
      '/_not-found/page',
      '/_global-error/page',
    ]);
    expect(build.pageRoutes().filter((route) => !covered.has(route))).toEqual([]);
  });
});

test.describe('budgets of the reading pages', () => {
  for (const { kind, path } of pages) {
    test(`the ${kind} (${path}) loads only the framework's shared chunks and stays within the budgets`, async ({
      page,
      request,
    }) => {
      await expectReadingPageWithinBudgets(page, request, build, path);
    });
  }

  test('every article page stays within the HTML budget', async ({ request }) => {
    await expectArticlesHtmlWithinBudget(
      request,
      catalog.articles.map((article) => articlePath(article.slug)),
    );
  });
});

test.describe('prefetching', () => {
  /**
   * The requests of Next's client router (RSC headers or `?_rsc`) the page sends while it loads and
   * until the network is idle, fetched again with the same router headers for their unpacked size.
   */
  async function routerBytesOnLoad(page: Page, request: APIRequestContext, path: string) {
    const sent: Request[] = [];
    page.on('request', (sentRequest) => {
      const url = new URL(sentRequest.url());
      if (isRouterRequest(sentRequest.headers(), url.pathname + url.search)) sent.push(sentRequest);
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    let bytes = 0;
    for (const sentRequest of sent) {
      const headers = Object.fromEntries(
        Object.entries(sentRequest.headers()).filter(([name]) => routerRequestHeaders.includes(name)),
      );
      bytes += (await (await request.get(sentRequest.url(), { headers })).body()).length;
    }
    return bytes;
  }

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 720 },
  ]) {
    test(`the home page loads at most ${budgets.prefetchOnLoadBytes / 1024} KiB of router data on load, ${viewport.width} px wide`, async ({
      page,
      request,
    }) => {
      await page.setViewportSize(viewport);
      const bytes = await routerBytesOnLoad(page, request, '/');
      expect(bytes).toBeLessThanOrEqual(budgets.prefetchOnLoadBytes);
    });
  }

  test('scrolling through the home page and an article prefetches no page', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    const prefetched: string[] = [];
    page.on('request', (sentRequest) => {
      if (sentRequest.headers()['next-router-prefetch']) prefetched.push(new URL(sentRequest.url()).pathname);
    });
    for (const path of ['/', articlePath(longestArticle(catalog).slug)]) {
      await page.goto(path, { waitUntil: 'networkidle' });
      for (const link of await page.locator('main a[href^="/"]').all()) await link.scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
    }
    expect(prefetched).toEqual([]);
  });

  test('a click on an article link renders the article in the page, from one request for its data', async ({
    page,
  }) => {
    const routerRequests: string[] = [];
    await page.goto('/', { waitUntil: 'networkidle' });
    page.on('request', (sentRequest) => {
      if (sentRequest.headers()['rsc']) routerRequests.push(new URL(sentRequest.url()).pathname);
    });
    // A full page load would lose this mark; Next's client navigation keeps the document.
    await page.evaluate(() => document.documentElement.setAttribute('data-same-document', ''));
    const link = page.locator('#neueste + .article-list a').first();
    const href = await link.getAttribute('href');
    await link.click();
    await expect(page).toHaveURL(href!);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${href}$`));
    await expect(page.locator('html')).toHaveAttribute('data-same-document', '');
    expect(routerRequests).toEqual([href]);
  });
});
