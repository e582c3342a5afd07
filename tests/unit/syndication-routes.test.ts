import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as atomRoute } from '@/app/atom.xml/route';
import { GET as rssRoute } from '@/app/feed.xml/route';
import { GET as jsonFeedRoute } from '@/app/feed.json/route';
import { GET as newsSitemapRoute } from '@/app/news-sitemap.xml/route';
import robots from '@/app/robots';
import { GET as sitemapIndexRoute } from '@/app/sitemap.xml/route';
import { GET as sitemapFileRoute, generateStaticParams as sitemapFileParams } from '@/app/sitemaps/[datei]/route';
import { GET as topicFeedRoute, generateStaticParams as topicFeedParams } from '@/app/themen/[tag]/feed.xml/route';
import { getCatalog } from '@/lib/content/catalog';
import { parseXml } from '../parse-xml';
import { removeTempDirs, writeTempContent } from './helpers';

/**
 * The route handlers themselves, over a content folder with one published, one draft and one
 * scheduled article, in development mode, where pages preview drafts: the syndication routes
 * must still show only the published article.
 */
const teaser =
  'Ein Teaser, der lang genug ist, um die redaktionelle Mindestlänge von achtzig Zeichen sicher zu erreichen.';
const article = (title: string, date: string, tags: string[], extra = '') =>
  [
    '---',
    `title: "${title}"`,
    `teaser: "${teaser}"`,
    `date: ${date}`,
    'author: "Redaktion Test"',
    'ressort: "expansion"',
    'tags:',
    ...tags.map((tag) => `  - "${tag}"`),
    'sources:',
    '  - name: "Xiaomi-Pressemitteilung"',
    extra,
    '---',
    '',
    'Mehr dazu im [älteren Artikel](/artikel/gestern-veroeffentlicht).',
    '',
  ].join('\n');

beforeAll(() => {
  const directory = writeTempContent({
    'themen.yaml': [
      '- name: "SU7"',
      '  description: "Die Limousine."',
      '- name: "Geheimprojekt"',
      '  description: "Noch nicht öffentlich."',
    ].join('\n'),
    'artikel/gestern-veroeffentlicht.md': article('Gestern veröffentlicht', '2025-06-14T12:00:00+02:00', ['SU7']),
    'artikel/heimlicher-entwurf.md': article(
      'Heimlicher Entwurf',
      '2025-06-14T13:00:00+02:00',
      ['SU7', 'Geheimprojekt'],
      'draft: true',
    ),
    'artikel/morgen-geplant.md': article('Morgen geplant', '2025-06-16T08:00:00+02:00', ['SU7', 'Geheimprojekt']),
  });
  vi.stubEnv('CONTENT_DIR', directory);
  vi.stubEnv('BUILD_NOW', '2025-06-15T10:00:00Z');
  vi.stubEnv('NODE_ENV', 'development');
  vi.stubEnv('SITE_URL', 'https://xiaomi.example');
});

afterAll(() => {
  vi.unstubAllEnvs();
  removeTempDirs();
});

const unpublished = ['heimlicher-entwurf', 'morgen-geplant', 'geheimprojekt', 'Heimlicher Entwurf', 'Morgen geplant'];
const topic = (tag: string) =>
  topicFeedRoute(new Request(`http://localhost/themen/${tag}/feed.xml`), { params: Promise.resolve({ tag }) });

describe('syndication route handlers', () => {
  it('run against a catalog whose pages do preview the draft and the scheduled article', () => {
    expect(getCatalog().articles.map((entry) => entry.slug)).toEqual([
      'morgen-geplant',
      'heimlicher-entwurf',
      'gestern-veroeffentlicht',
    ]);
  });

  it.each([
    ['/feed.xml', rssRoute, 'application/rss+xml; charset=utf-8'],
    ['/atom.xml', atomRoute, 'application/atom+xml; charset=utf-8'],
    ['/feed.json', jsonFeedRoute, 'application/feed+json; charset=utf-8'],
    ['/news-sitemap.xml', newsSitemapRoute, 'application/xml; charset=utf-8'],
  ])('%s answers with its content type and only the published article', async (_path, route, contentType) => {
    const response = route();
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(contentType);
    const body = await response.text();
    expect(body).toContain('/artikel/gestern-veroeffentlicht');
    for (const text of unpublished) expect(body).not.toContain(text);
    if (contentType.includes('json'))
      expect(JSON.parse(body)).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', language: 'de' });
    else parseXml(body);
  });

  it('writes absolute links into the article HTML of the feeds', async () => {
    const feed = JSON.parse(await jsonFeedRoute().text()) as { items: { content_html: string }[] };
    expect(feed.items[0]?.content_html).toContain('href="https://xiaomi.example/artikel/gestern-veroeffentlicht"');
  });

  it('offers topic feeds only for topics with published articles', async () => {
    expect(topicFeedParams()).toEqual([{ tag: 'su7' }]);
    const response = await topic('su7');
    expect(response.headers.get('Content-Type')).toBe('application/rss+xml; charset=utf-8');
    const body = await response.text();
    expect(body).toContain('/artikel/gestern-veroeffentlicht');
    for (const text of unpublished) expect(body).not.toContain(text);
  });

  it('answers 404 for a topic without published articles and for an unknown topic', async () => {
    expect((await topic('geheimprojekt')).status).toBe(404);
    expect((await topic('gibt-es-nicht')).status).toBe(404);
  });

  it('lists only public URLs in the sitemap files, and the index lists every file', async () => {
    const index = await sitemapIndexRoute().text();
    expect(sitemapIndexRoute().headers.get('Content-Type')).toBe('application/xml; charset=utf-8');
    const names = sitemapFileParams().map(({ datei }) => datei);
    expect(names).toEqual([
      'seiten.xml',
      'themen.xml',
      'ressorts.xml',
      'autoren.xml',
      'archiv.xml',
      'artikel-2025.xml',
    ]);
    const bodies: string[] = [];
    for (const datei of names) {
      expect(index).toContain(`<loc>https://xiaomi.example/sitemaps/${datei}</loc>`);
      const response = await sitemapFileRoute(new Request(`http://localhost/sitemaps/${datei}`), {
        params: Promise.resolve({ datei }),
      });
      expect(response.headers.get('Content-Type')).toBe('application/xml; charset=utf-8');
      bodies.push(await response.text());
    }
    const all = bodies.join('\n');
    expect(all).toContain('<loc>https://xiaomi.example/artikel/gestern-veroeffentlicht</loc>');
    expect(all).toContain('<loc>https://xiaomi.example/themen/su7</loc>');
    for (const text of unpublished) expect(`${index}${all}`).not.toContain(text);
  });

  it('answers 404 for a sitemap file that does not exist', async () => {
    for (const datei of ['artikel-1999.xml', 'seiten', 'seiten.json']) {
      const response = await sitemapFileRoute(new Request(`http://localhost/sitemaps/${datei}`), {
        params: Promise.resolve({ datei }),
      });
      expect(response.status, datei).toBe(404);
    }
  });

  it('points robots.txt at the sitemap index and the news sitemap and allows everything', () => {
    expect(robots()).toEqual({
      rules: { userAgent: '*', allow: '/' },
      sitemap: ['https://xiaomi.example/sitemap.xml', 'https://xiaomi.example/news-sitemap.xml'],
    });
  });
});
