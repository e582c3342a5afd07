import path from 'node:path';
import type { Page } from '@playwright/test';
import { createCatalog, type Catalog } from '@/lib/content/catalog';
import { readContent } from '@/lib/content/load';
import { hostileArticles, hostileTopics } from '../fixtures/xss/hostile-site';
import { findExecutableMarkup } from '../markup-checks';
import { parseXml } from '../parse-xml';
import { allPages, expect, test as base } from './fixtures';
import { hostileSite } from './hostile-site';
import { fetchServedIndex } from './search-helpers';

// The hostile site (tests/e2e/hostile-site.ts): every XSS payload in bodies, front matter, topics
// and datasets, built as a static export and served without any protective headers.

/**
 * Every page load is watched: a dialog (alert, confirm, prompt) is a payload that ran, and a
 * request to any host but the test server is a payload that loads or sends something. Both are
 * recorded, the request aborted, and the test fails.
 */
const test = base.extend<{ guard: { dialogs: string[]; foreignRequests: string[] } }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const guard = { dialogs: [] as string[], foreignRequests: [] as string[] };
      const origin = new URL(baseURL!).origin;
      page.on('dialog', (dialog) => {
        guard.dialogs.push(`${dialog.type()} on ${page.url()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.context().route('**/*', async (route) => {
        const url = route.request().url();
        if (new URL(url).origin === origin) return route.continue();
        guard.foreignRequests.push(`${url} (from ${page.url()})`);
        return route.abort('blockedbyclient');
      });
      await use(guard);
      expect(guard.dialogs, 'dialogs').toEqual([]);
      expect(guard.foreignRequests, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
  // Aborted foreign requests show up as console errors too; the guard reports them more precisely.
  allowedConsoleErrors: [/ERR_BLOCKED_BY_CLIENT/],
});

const articles = hostileArticles({ withImages: false });

let cached: Catalog | undefined;
/** The hostile set as the site sees it; read inside tests, after the web server has written it. */
function catalog(): Catalog {
  cached ??= createCatalog(readContent(path.resolve(hostileSite.contentDir)), {
    now: new Date(hostileSite.buildNow),
    includeUnpublished: false,
  });
  return cached;
}

/**
 * Loads a page in Chromium and checks the live DOM after scripts ran: no event-handler attribute,
 * no script, frame or plugin element that is not the site's own, no javascript:/vbscript:/data: URL.
 */
async function visitAndInspect(page: Page, pagePath: string): Promise<void> {
  const response = await page.goto(pagePath, { waitUntil: 'load' });
  expect(response?.status(), pagePath).toBe(200);
  const findings = await page.evaluate(() => {
    const problems: string[] = [];
    const urlAttributes = [
      'href',
      'src',
      'action',
      'formaction',
      'xlink:href',
      'poster',
      'background',
      'data',
      'srcdoc',
      'srcset',
    ];
    for (const element of document.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (['iframe', 'frame', 'object', 'embed', 'base', 'applet'].includes(tag)) problems.push(`<${tag}> element`);
      if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh')
        problems.push('<meta http-equiv="refresh">');
      if (tag === 'script') {
        const type = element.getAttribute('type');
        const src = element.getAttribute('src');
        const code = element.textContent ?? '';
        const own =
          type === 'application/ld+json' ||
          src?.startsWith('/_next/') ||
          /^\s*(\(self\.__next_f|self\.__next_f|\(globalThis\["TURBOPACK"\])/.test(code);
        if (!own) problems.push(`<script> ${src ?? code.slice(0, 60)}`);
      }
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`<${tag} ${name}="${attribute.value}">`);
        if (
          urlAttributes.includes(name) &&
          /^(javascript|vbscript|data):/i.test(attribute.value.replace(/[\u0000-\u0020]/g, ''))
        ) {
          problems.push(`<${tag} ${name}="${attribute.value}">`);
        }
      }
    }
    return problems;
  });
  expect(findings, pagePath).toEqual([]);
}

test.describe('the guard itself (these tests must fail)', () => {
  test('catches a dialog', async ({ page }) => {
    test.fail();
    await page.goto('/');
    await page.evaluate(() => window.alert('Test des Wächters'));
  });

  test('catches a request to another host', async ({ page }) => {
    test.fail();
    await page.goto('/');
    await page.evaluate(() => fetch('https://evil.example/x').catch(() => undefined));
  });
});

test.describe('article pages of the hostile site', () => {
  for (const article of articles) {
    test(`payload "${article.payload.name}": no dialog, no foreign request, no executable markup, headline shown as text`, async ({
      page,
      request,
      baseURL,
    }) => {
      const pagePath = `/artikel/${article.slug}`;
      const html = await (await request.get(pagePath)).text();
      expect(findExecutableMarkup(html, { fragment: false, origin: new URL(baseURL!).origin })).toEqual([]);
      await visitAndInspect(page, pagePath);
      const { title, teaser } = catalog().bySlug(article.slug)!;
      // Escaped, not interpreted and not dropped: headline, page title and meta tags read exactly as written.
      expect(await page.locator('h1').textContent()).toBe(title);
      expect(await page.title()).toBe(`${title} | Xiaomi im Blick`.replace(/[\t\n\f\r ]+/g, ' ').trim());
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(title);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(teaser);
    });
  }
});

test.describe('every other page of the hostile site', () => {
  test('listings, topics, ressorts, archive, data and timeline: no dialog, no foreign request, no executable markup', async ({
    page,
    request,
    baseURL,
  }) => {
    const pages = allPages(catalog()).filter((entry) => !entry.path.startsWith('/artikel/'));
    expect(pages.length).toBeGreaterThan(20);
    test.setTimeout(pages.length * 5_000); // a budget per page, not a speed test
    expect(pages.map((entry) => entry.path)).toEqual(
      expect.arrayContaining(['/', '/seite/2', '/daten', '/zeitleiste', '/themen']),
    );
    for (const { path: pagePath, title } of pages) {
      await test.step(pagePath, async () => {
        const html = await (await request.get(pagePath)).text();
        expect(findExecutableMarkup(html, { fragment: false, origin: new URL(baseURL!).origin }), pagePath).toEqual([]);
        await visitAndInspect(page, pagePath);
        expect(await page.title()).toBe(title.replace(/[\t\n\f\r ]+/g, ' ').trim());
      });
    }
  });

  test('topic pages named by payloads show the name as text', async ({ page }) => {
    for (const name of hostileTopics) {
      const tag = catalog().vocabulary.named(name)!;
      await visitAndInspect(page, `/themen/${tag.slug}`);
      expect(await page.locator('h1').textContent()).toContain(name);
    }
  });

  test('the search shows payload titles and a payload query as text', async ({ page }) => {
    for (const query of ['script', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'alert']) {
      await visitAndInspect(page, `/suche?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('status')).toContainText(`Treffer für „${query}“`);
    }
    // "alert" is in nearly every payload: the results list is full of payload titles.
    const hits = page.getByRole('list', { name: 'Suchergebnisse' }).locator('.teaser__title');
    await expect(hits.first()).toBeVisible();
    const shown = await hits.allTextContents();
    const titles = new Set(catalog().articles.map((article) => article.title));
    expect(shown.filter((text) => titles.has(text)).length).toBeGreaterThan(10);
  });
});

test.describe('feeds and share images of the hostile site', () => {
  for (const feedPath of ['/feed.xml', '/atom.xml', '/feed.json']) {
    test(`${feedPath} is well-formed and opens in Chromium without running anything`, async ({ page, request }) => {
      const body = await (await request.get(feedPath)).text();
      if (feedPath.endsWith('.xml')) parseXml(body);
      else JSON.parse(body);
      await page.goto(feedPath, { waitUntil: 'load' });
    });
  }

  test('topic feeds named by payloads are well-formed', async ({ request }) => {
    for (const name of hostileTopics) {
      const tag = catalog().vocabulary.named(name)!;
      const response = await request.get(`/themen/${tag.slug}/feed.xml`);
      expect(response.status()).toBe(200);
      parseXml(await response.text());
    }
  });

  test('the search index is JSON with the payload titles as plain strings', async ({ request }) => {
    const { articles: summaries } = await fetchServedIndex(request);
    const stored = new Set(summaries.map((summary) => summary.title));
    for (const article of catalog().articles) expect(stored.has(article.title), article.slug).toBe(true);
  });

  test('share images of payload headlines are PNG files', async ({ request }) => {
    for (const article of articles.slice(0, 5)) {
      const response = await request.get(`/artikel/${article.slug}/share-image.png`);
      expect(response.headers()['content-type']).toBe('image/png');
      expect((await response.body()).subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });
});
