import { site } from '@/lib/site';
import { catalog, expect, sweep, test } from './fixtures';
import { expectShareImage, fetchPng } from './share-image-checks';

test.describe('share images (next start)', () => {
  test('the home page shows the site card', async ({ page, request }) => {
    expect(await expectShareImage(page, request, '/')).toBe('/share-image.png');
  });

  for (const article of catalog.articles) {
    test(
      `/artikel/${article.slug} shows its own card`,
      sweep(`/artikel/${article.slug}`),
      async ({ page, request }) => {
        expect(await expectShareImage(page, request, `/artikel/${article.slug}`)).toBe(
          `/artikel/${article.slug}/share-image.png`,
        );
      },
    );
  }

  for (const path of [
    '/themen',
    `/themen/${catalog.tagCounts()[0]!.tag.slug}`,
    '/ressorts/zahlen',
    '/impressum',
    '/datenschutz',
  ]) {
    test(`${path} shows the site card`, sweep(path), async ({ page, request }) => {
      expect(await expectShareImage(page, request, path)).toBe('/share-image.png');
    });
  }

  test('the publisher logo is a square PNG', async ({ request }) => {
    const { width, height } = await fetchPng(request, site.publisher.logoPath);
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(112);
  });
});
