import { catalog, expect, sweep, test } from './fixtures';
import type { Page } from '@playwright/test';

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

for (const article of catalog.articles) {
  const path = `/artikel/${article.slug}`;
  test(
    `${path} is an OpenGraph article with times, section and tags, and carries NewsArticle and BreadcrumbList data`,
    sweep(path),
    async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
      await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute(
        'content',
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/,
      );
      await expect(page.locator('meta[property="article:modified_time"]')).toHaveCount(1);
      await expect(page.locator('meta[property="article:section"]')).toHaveCount(1);
      await expect(page.locator('meta[property="article:tag"]')).toHaveCount(article.tags.length);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', article.teaser);

      const data = await jsonLd(page);
      expect(data.map((entry) => entry['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
      expect(data[0]).toMatchObject({ headline: article.title, description: article.teaser, inLanguage: 'de' });
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(data[0]!.headline);
    },
  );
}

test('the home page describes the WebSite and its Organization', async ({ page }) => {
  await page.goto('/');
  const types = (await jsonLd(page)).map((entry) => entry['@type']);
  expect(types).toEqual(['WebSite', 'Organization']);
});

test('a topic page offers its own RSS feed besides the site feeds', async ({ page }) => {
  const { tag } = catalog.tagCounts()[0]!;
  await page.goto(`/themen/${tag.slug}`);
  const rssFeeds = await page
    .locator('link[rel="alternate"][type="application/rss+xml"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  expect(rssFeeds).toEqual(['/feed.xml', `/themen/${tag.slug}/feed.xml`]);
});
