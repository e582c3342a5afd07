import { articlePath } from '@/lib/paths';
import { expectArticlesHtmlWithinBudget, expectReadingPageWithinBudgets } from './budget-checks';
import { NextBuild } from './build-output';
import { catalog, test } from './fixtures';
import { readingPages } from './reading-pages';

// The static export keeps no manifests: which chunks are the framework's is established on the
// server build of the same source (budgets.spec.ts). Here the export's pages are held to the same
// byte budgets, the JavaScript against that build's framework floor.
const serverBuild = new NextBuild('.next');

test.describe('budgets of the reading pages in the static export', () => {
  for (const { kind, path } of readingPages(catalog)) {
    test(`the ${kind} (${path}) stays within the budgets`, async ({ page, request }) => {
      await expectReadingPageWithinBudgets(page, request, serverBuild, path, { servedFromThisBuild: false });
    });
  }

  test('every article page stays within the HTML budget', async ({ request }) => {
    await expectArticlesHtmlWithinBudget(
      request,
      catalog.articles.map((article) => articlePath(article.slug)),
    );
  });
});
