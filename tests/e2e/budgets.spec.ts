import type { Locator, Page, Request } from '@playwright/test';
import { articlePath, topicPath } from '@/lib/paths';
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
  // A phone-sized window, so lists come into view one after the other as the reader scrolls.
  test.use({ viewport: { width: 412, height: 823 } });

  const isPrefetch = (request: Request) => Boolean(request.headers()['next-router-prefetch']);

  /**
   * Prefetches while the topic lists and then an article link further down scroll into view. Next
   * prefetches links in the order they appear, so once the article link's prefetch went out, any
   * prefetch of a topic link would have gone out before it.
   */
  async function prefetchesWhileScrolling(page: Page, path: string, laterArticleLink: Locator): Promise<string[]> {
    const prefetched: string[] = [];
    const record = (request: Request) => {
      if (isPrefetch(request)) prefetched.push(new URL(request.url()).pathname);
    };
    page.on('request', record);
    await page.goto(path, { waitUntil: 'networkidle' });
    for (const list of await page.locator('.tag-list').all()) await list.scrollIntoViewIfNeeded();
    const href = await laterArticleLink.getAttribute('href');
    const articlePrefetch = prefetched.includes(href!)
      ? Promise.resolve()
      : page.waitForRequest((request) => isPrefetch(request) && new URL(request.url()).pathname === href);
    await laterArticleLink.scrollIntoViewIfNeeded();
    await articlePrefetch;
    page.off('request', record);
    return prefetched;
  }

  test('the topic chips on the home page and under an article do not prefetch the topic pages', async ({ page }) => {
    const onHome = await prefetchesWhileScrolling(page, '/', page.locator('#neueste + .article-list a').first());
    const onArticle = await prefetchesWhileScrolling(
      page,
      articlePath(longestArticle(catalog).slug),
      page.locator('.related a').first(),
    );
    expect([...onHome, ...onArticle].filter((path) => path.startsWith(topicPath('')))).toEqual([]);
  });
});
