import { expectArticlesHtmlWithinBudget, expectReadingPageWithinBudgets } from './budget-checks';
import { NextBuild } from './build-output';
import { expect, test } from './fixtures';
import { generatedSite } from './generated-site';

// The generated site (35 synthetic articles, see generated-site.ts): later listing pages and many articles.
const build = new NextBuild(generatedSite.distDir);

test.describe('budgets on the generated site', () => {
  test("the second pages of the listings load only the framework's shared chunks and stay within the budgets", async ({
    page,
    request,
  }) => {
    for (const route of [
      '/[[...seite]]/page',
      '/themen/[tag]/[[...seite]]/page',
      '/ressorts/[ressort]/[[...seite]]/page',
    ]) {
      const secondPage = build.pagesOf(route).find((path) => path.endsWith('/seite/2'));
      expect(secondPage, `a second page of ${route}`).toBeDefined();
      await expectReadingPageWithinBudgets(page, request, build, secondPage!);
    }
  });

  test('every article page stays within the HTML budget', async ({ request }) => {
    const articles = build.pagesOf('/artikel/[slug]/page');
    expect(articles).toHaveLength(generatedSite.count);
    await expectArticlesHtmlWithinBudget(request, articles);
  });
});
