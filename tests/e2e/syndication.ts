import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { feedItemLimit } from '@/lib/syndication/feeds';
import { newsSitemapEntries } from '@/lib/syndication/news-sitemap';
import { absoluteUrl } from '@/lib/site';
import { parseXml } from '../parse-xml';
import { readSitemaps } from './sitemap-files';
import { allPages, catalog, expect, test, type Host } from './fixtures';

/** What each address must answer with under `next start`; a static host picks types by file extension. */
const contentTypes = {
  '/feed.xml': 'application/rss+xml; charset=utf-8',
  '/atom.xml': 'application/atom+xml; charset=utf-8',
  '/feed.json': 'application/feed+json; charset=utf-8',
  '/sitemap.xml': 'application/xml; charset=utf-8',
  '/news-sitemap.xml': 'application/xml; charset=utf-8',
  '/robots.txt': 'text/plain',
} as const;

type Rss = { rss: { channel: { title: string; language: string; item?: { link: string; title: string }[] } } };
type Atom = { feed: { id: string; entry?: { id: string; title: { '#text': string } }[] } };
type JsonFeed = { version: string; language: string; items: { url: string; title: string }[] };
type UrlSet = { urlset: { url?: { loc: string }[] } };

const articleUrls = (articles: readonly { slug: string }[]) =>
  articles.slice(0, feedItemLimit).map((article) => absoluteUrl(`/artikel/${article.slug}`));
const topicTag = catalog.tagCounts()[0]!.tag;

/**
 * The feeds and crawl files of one server, checked against the published articles the site's own
 * loader finds. Content types are checked where the server sets them itself (`next start`), not on a
 * static host, which picks them by file extension.
 */
export function describeSyndication(): void {
  async function fetchText(request: APIRequestContext, host: Host, path: string): Promise<string> {
    const response: APIResponse = await request.get(path);
    expect(response.status(), path).toBe(200);
    const expectedType = contentTypes[path as keyof typeof contentTypes] ?? contentTypes['/feed.xml'];
    if (host === 'next-start') expect(response.headers()['content-type'], path).toBe(expectedType);
    return response.text();
  }

  /** The browser's XML parser is strict where fast-xml-parser is lenient (e.g. `<` in attributes). */
  async function expectWellFormed(page: Page, xml: string): Promise<void> {
    const errors = await page.evaluate(
      (text) => new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length,
      xml,
    );
    expect(errors, 'XML parser errors').toBe(0);
  }

  test('/feed.xml lists the newest published articles as RSS 2.0', async ({ host, request, page }) => {
    const xml = await fetchText(request, host, '/feed.xml');
    await expectWellFormed(page, xml);
    const channel = parseXml<Rss>(xml).rss.channel;
    expect(channel.language).toBe('de');
    expect(channel.item?.map((item) => item.link)).toEqual(articleUrls(catalog.articles));
    expect(channel.item?.map((item) => item.title)).toEqual(
      catalog.articles.slice(0, feedItemLimit).map((article) => article.title),
    );
  });

  test('/atom.xml lists the same articles as Atom', async ({ host, request, page }) => {
    const xml = await fetchText(request, host, '/atom.xml');
    await expectWellFormed(page, xml);
    const feed = parseXml<Atom>(xml).feed;
    expect(feed.id).toBe(absoluteUrl('/'));
    expect(feed.entry?.map((entry) => entry.id)).toEqual(articleUrls(catalog.articles));
  });

  test('/feed.json lists the same articles as JSON Feed 1.1 in German', async ({ host, request }) => {
    const feed = JSON.parse(await fetchText(request, host, '/feed.json')) as JsonFeed;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('de');
    expect(feed.items.map((item) => item.url)).toEqual(articleUrls(catalog.articles));
  });

  test(`a topic feed (/themen/${topicTag.slug}/feed.xml) lists the topic's published articles`, async ({
    host,
    request,
    page,
  }) => {
    const xml = await fetchText(request, host, `/themen/${topicTag.slug}/feed.xml`);
    await expectWellFormed(page, xml);
    const channel = parseXml<Rss>(xml).rss.channel;
    expect(channel.title).toBe(`Xiaomi im Blick – Thema: ${topicTag.name}`);
    expect(channel.item?.map((item) => item.link)).toEqual(articleUrls(catalog.byTag(topicTag.slug)));
  });

  test('/sitemap.xml is an index of sitemap files that list every page of the site exactly once', async ({
    host,
    request,
    page,
  }) => {
    const index = await fetchText(request, host, '/sitemap.xml');
    await expectWellFormed(page, index);
    const { files, urls } = await readSitemaps(request);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      await expectWellFormed(page, file.xml);
      if (host === 'next-start')
        expect((await request.get(file.path)).headers()['content-type'], file.path).toBe(contentTypes['/sitemap.xml']);
    }
    expect(new Set(urls).size, 'no address twice').toBe(urls.length);
    expect(urls.toSorted()).toEqual(
      allPages()
        .map((entry) => absoluteUrl(entry.path))
        .toSorted(),
    );
  });

  test('/news-sitemap.xml lists the articles of the last two days (possibly none) as a valid urlset', async ({
    host,
    request,
    page,
  }) => {
    const xml = await fetchText(request, host, '/news-sitemap.xml');
    await expectWellFormed(page, xml);
    const urls = parseXml<UrlSet>(xml).urlset.url?.map((url) => url.loc) ?? [];
    expect(urls).toEqual(newsSitemapEntries(catalog.articles, new Date()).map((entry) => entry.url));
  });

  test('/robots.txt allows crawling and names the sitemap index and the news sitemap', async ({ host, request }) => {
    const text = await fetchText(request, host, '/robots.txt');
    expect(text).toMatch(/^User-Agent: \*$/m);
    expect(text).toMatch(/^Allow: \/$/m);
    expect(text).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
    expect(text).toContain(`Sitemap: ${absoluteUrl('/news-sitemap.xml')}`);
  });

  test('a feed for an unknown topic answers 404', async ({ request }) => {
    expect((await request.get('/themen/gibt-es-nicht/feed.xml')).status()).toBe(404);
  });
}
