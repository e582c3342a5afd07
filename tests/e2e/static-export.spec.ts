import { archiveMonthPath } from '@/lib/paths';
import { site } from '@/lib/site';
import { catalog, expect, test } from './fixtures';
import { expectShareImage, fetchPng } from './share-image-checks';

// The same site as plain files (out/), served like a static host serves them.
test('the static export serves home, articles, topics, ressorts and the data pages', async ({ page }) => {
  const article = catalog.lead()!;
  await page.goto('/');
  await page.getByRole('region', { name: 'Aufmacher' }).getByRole('link', { name: article.title }).click();
  await expect(page).toHaveURL(`/artikel/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);

  const month = catalog.archive()[0]!.months[0]!;
  for (const path of [
    '/themen',
    `/themen/${article.tags[0]!.slug}`,
    '/ressorts/technik',
    '/impressum',
    '/redaktion',
    '/autoren/redaktion',
    '/archiv',
    archiveMonthPath(month.year, month.month),
    '/daten',
    '/zeitleiste',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
  }
});

test.describe('a missing page in the static export', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('answers 404 with the German error page', async ({ page }) => {
    const response = await page.goto('/artikel/gibt-es-nicht');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diese Seite gibt es nicht');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });

  test('has no second address for page 1 of a listing and no empty archive month', async ({ request }) => {
    for (const path of ['/seite/1', '/themen/su7/seite/1', '/archiv/1999/01'])
      expect((await request.get(path)).status(), path).toBe(404);
  });
});

// Static hosts pick the content type by file extension: the export names its share images *.png.
test.describe('share images in the static export', () => {
  test('the home page and an article point at PNG files with the right size', async ({ page, request }) => {
    const article = catalog.lead()!;
    expect(await expectShareImage(page, request, '/')).toBe('/share-image.png');
    expect(await expectShareImage(page, request, `/artikel/${article.slug}`)).toBe(
      `/artikel/${article.slug}/share-image.png`,
    );
  });

  test('the publisher logo is a square PNG file', async ({ request }) => {
    const { width, height } = await fetchPng(request, site.publisher.logoPath);
    expect(width).toBe(height);
  });
});
