import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import { createCatalog } from '@/lib/content/catalog';
import { TagVocabulary } from '@/lib/content/themen';
import { absolutizeHtml, escapeHtml } from '@/lib/syndication/feed-html';
import { jsonFeedVersion, renderAtom, renderJsonFeed, renderRss } from '@/lib/syndication/feed-formats';
import { buildFeed, feedItemLimit, siteChannel, topicChannel } from '@/lib/syndication/feeds';
import { absoluteUrl } from '@/lib/site';
import { parseXml } from '../parse-xml';
import { articleDate, makeArticle, makeTag } from './helpers';

const now = new Date('2025-06-15T10:00:00Z');
const vocabulary = new TagVocabulary(['SU7', 'Europa', 'Smart Home', 'Geheimprojekt'].map(makeTag));
const trickyTitle = `IKEA & FAW: <Smart Home> "mit" Lei Juns 'Plan'`;
const trickyTeaser = `Teaser mit & und <b>keinem</b> HTML, "Zitat" – und ]]> als CDATA-Ende.`;

const articles: Article[] = [
  makeArticle({ slug: 'alt', date: '2025-03-01', tags: ['SU7'] }),
  {
    ...makeArticle({ slug: 'aktualisiert', date: '2025-05-01', tags: ['SU7', 'Europa'], author: 'Anna Beispiel' }),
    updated: articleDate('2025-06-10T08:00:00+02:00'),
  },
  makeArticle({
    slug: 'mit-links',
    date: '2025-06-01T09:30:00+02:00',
    tags: ['Smart Home'],
    title: trickyTitle,
    teaser: trickyTeaser,
    author: 'Müller & Co. <Gast>',
    image: { src: '/bilder/ikea.jpg', alt: 'Ein Regal', credit: 'Foto: Test' },
    html:
      '<p>Siehe <a href="/artikel/alt">den älteren Artikel</a>.<sup><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></sup> ' +
      '<a href="https://example.com/a?b=1&amp;c=2" class="extern">extern</a> <img src="/bilder/ikea.jpg" alt="Regal"></p>',
  }),
  makeArticle({ slug: 'entwurf', date: '2025-06-12', tags: ['Geheimprojekt', 'SU7'], draft: true }),
  makeArticle({ slug: 'geplant', date: '2025-06-15T12:00:01+02:00', tags: ['Geheimprojekt', 'SU7'] }),
];
const catalog = createCatalog({ articles, vocabulary }, { now, includeUnpublished: false });
const publishedSlugs = ['mit-links', 'aktualisiert', 'alt'];
const unpublishedSlugs = ['entwurf', 'geplant'];
const articleUrl = (slug: string) => absoluteUrl(`/artikel/${slug}`);
const slugOf = (url: string) => new URL(url).pathname.replace('/artikel/', '');

const siteFeed = buildFeed(siteChannel, catalog.articles);
const su7 = vocabulary.withSlug('su7')!;
const su7Feed = buildFeed(topicChannel(su7), catalog.byTag('su7'));

interface Rss {
  rss: {
    '@version': string;
    channel: {
      title: string;
      link: string;
      description: string;
      language: string;
      lastBuildDate: string;
      'atom:link': { '@href': string; '@rel': string };
      item?: {
        title: string;
        link: string;
        guid: { '#text': string };
        pubDate: string;
        description: string;
        'content:encoded': string;
        category: string[];
        'dc:creator': string;
        author?: unknown;
        enclosure?: { '@url': string; '@type': string };
      }[];
    };
  };
}

interface Atom {
  feed: {
    '@xmlns': string;
    id: string;
    title: string;
    updated: string;
    link: { '@rel': string; '@href': string }[];
    entry?: {
      id: string;
      title: { '#text': string };
      updated: string;
      published: string;
      link: { '@href': string; '@rel'?: string }[];
      author: { name: string; uri: string }[];
      category: { '@term': string }[];
      summary: { '#text': string };
      content: { '#text': string };
    }[];
  };
}

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  authors: { name: string }[];
  author?: unknown;
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    date_published: string;
    date_modified: string;
    authors: { name: string; url: string }[];
    author?: unknown;
    tags: string[];
    image?: string;
  }[];
}

const rssOf = (feed = siteFeed) => parseXml<Rss>(renderRss(feed)).rss.channel;
const atomOf = (feed = siteFeed) => parseXml<Atom>(renderAtom(feed)).feed;
const jsonOf = (feed = siteFeed) => JSON.parse(renderJsonFeed(feed)) as JsonFeed;

describe('RSS 2.0 (renderRss)', () => {
  const channel = rssOf();

  it('describes the channel: title, link, description, language de, self link', () => {
    expect(parseXml<Rss>(renderRss(siteFeed)).rss['@version']).toBe('2.0');
    expect(channel).toMatchObject({ title: 'Xiaomi im Blick', link: absoluteUrl('/'), language: 'de' });
    expect(channel.description).toMatch(/Xiaomi/);
    expect(channel['atom:link']).toMatchObject({ '@href': absoluteUrl('/feed.xml'), '@rel': 'self' });
    expect(channel.lastBuildDate).toBe(new Date('2025-06-10T06:00:00Z').toUTCString());
  });

  it('lists the published articles, newest first, with title, link, guid, pubDate, description and categories', () => {
    const items = channel.item ?? [];
    expect(items.map((item) => slugOf(item.link))).toEqual(publishedSlugs);
    const alt = items[2]!;
    expect(alt).toMatchObject({
      title: 'Titel alt',
      link: articleUrl('alt'),
      guid: { '#text': articleUrl('alt') },
      description: 'Teaser zu alt',
      category: ['SU7'],
    });
    expect(alt.pubDate).toBe(new Date('2025-02-28T23:00:00Z').toUTCString());
    expect(items[1]!.category).toEqual(['SU7', 'Europa']);
    expect(items[1]!['dc:creator']).toBe('Anna Beispiel');
    expect(items[1]!.author).toBeUndefined();
  });

  it('dates an updated article by its publication', () => {
    expect(channel.item?.[1]?.pubDate).toBe(new Date('2025-04-30T22:00:00Z').toUTCString());
  });

  it('keeps a title with &, < and quotes intact, and gives the teaser as escaped HTML', () => {
    const [item] = channel.item ?? [];
    expect(item?.title).toBe(trickyTitle);
    expect(item?.description).toBe(escapeHtml(trickyTeaser));
    expect(item?.['dc:creator']).toBe('Müller & Co. <Gast>');
  });

  it('carries the image as an enclosure with its absolute URL and media type', () => {
    expect(channel.item?.[0]?.enclosure).toMatchObject({
      '@url': absoluteUrl('/bilder/ikea.jpg'),
      '@type': 'image/jpeg',
    });
    expect(channel.item?.[2]?.enclosure).toBeUndefined();
  });

  it('makes links and image sources in the article HTML absolute', () => {
    const content = channel.item?.[0]?.['content:encoded'] ?? '';
    expect(content).toContain(`href="${articleUrl('alt')}"`);
    expect(content).toContain(`href="${articleUrl('mit-links')}#user-content-fn-1"`);
    expect(content).toContain(`src="${absoluteUrl('/bilder/ikea.jpg')}"`);
    expect(content).toContain('href="https://example.com/a?b=1&#x26;c=2"');
    expect(content).not.toMatch(/(href|src)="(\/|#)/);
  });
});

describe('Atom 1.0 (renderAtom)', () => {
  const feed = atomOf();

  it('has id, title, updated (the newest change) and a self link', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed).toMatchObject({ id: absoluteUrl('/'), title: 'Xiaomi im Blick', updated: '2025-06-10T06:00:00.000Z' });
    expect(feed.link).toContainEqual({ '@rel': 'self', '@href': absoluteUrl('/atom.xml') });
    expect(feed.link).toContainEqual({ '@rel': 'alternate', '@href': absoluteUrl('/') });
  });

  it('has one entry per published article with id, title, updated, published, author (with the author page) and categories', () => {
    const entries = feed.entry ?? [];
    expect(entries.map((entry) => slugOf(entry.id))).toEqual(publishedSlugs);
    const updated = entries[1]!;
    expect(updated).toMatchObject({
      id: articleUrl('aktualisiert'),
      title: { '#text': 'Titel aktualisiert' },
      updated: '2025-06-10T06:00:00.000Z',
      published: '2025-04-30T22:00:00.000Z',
      author: [{ name: 'Anna Beispiel', uri: absoluteUrl('/autoren/anna-beispiel') }],
      category: [{ '@term': 'SU7' }, { '@term': 'Europa' }],
    });
    expect(updated.link[0]).toEqual({ '@href': articleUrl('aktualisiert') });
    expect(entries[2]!.updated).toBe(entries[2]!.published);
  });

  it('HTML-escapes title and summary, which Atom marks as type="html"', () => {
    const [entry] = feed.entry ?? [];
    expect(entry?.title['#text']).toBe(escapeHtml(trickyTitle));
    expect(entry?.summary['#text']).toBe(escapeHtml(trickyTeaser));
    expect(entry?.content['#text']).toContain(`href="${articleUrl('alt')}"`);
  });
});

describe('JSON Feed 1.1 (renderJsonFeed)', () => {
  const feed = jsonOf();

  it('declares version 1.1, title, home page, feed URL, language de and authors', () => {
    expect(feed).toMatchObject({
      version: jsonFeedVersion,
      title: 'Xiaomi im Blick',
      home_page_url: absoluteUrl('/'),
      feed_url: absoluteUrl('/feed.json'),
      language: 'de',
      authors: [{ name: 'Xiaomi im Blick' }],
    });
    expect(jsonFeedVersion).toBe('https://jsonfeed.org/version/1.1');
    expect(feed).not.toHaveProperty('author');
  });

  it('has one item per published article with id, url, title, summary, content_html, dates, authors (with their page) and tags', () => {
    expect(feed.items.map((item) => slugOf(item.url))).toEqual(publishedSlugs);
    const [withLinks, updated] = feed.items;
    expect(withLinks).toMatchObject({
      id: articleUrl('mit-links'),
      url: articleUrl('mit-links'),
      title: trickyTitle,
      summary: trickyTeaser,
      date_published: '2025-06-01T07:30:00.000Z',
      authors: [{ name: 'Müller & Co. <Gast>', url: absoluteUrl('/autoren/mueller-and-co-gast') }],
      tags: ['Smart Home'],
      image: absoluteUrl('/bilder/ikea.jpg'),
    });
    expect(withLinks?.content_html).toContain(`href="${articleUrl('alt')}"`);
    expect(withLinks).not.toHaveProperty('author');
    expect(updated).toMatchObject({
      date_published: '2025-04-30T22:00:00.000Z',
      date_modified: '2025-06-10T06:00:00.000Z',
      tags: ['SU7', 'Europa'],
    });
  });
});

describe('the publish rule in every feed', () => {
  it('leaves drafts and scheduled articles out of RSS, Atom, JSON and topic feeds', () => {
    const documents = [renderRss(siteFeed), renderAtom(siteFeed), renderJsonFeed(siteFeed), renderRss(su7Feed)];
    for (const document of documents) {
      for (const slug of unpublishedSlugs) expect(document).not.toContain(`/artikel/${slug}`);
      expect(document).not.toContain('Geheimprojekt');
    }
  });
});

describe('topic feeds (topicChannel)', () => {
  const channel = rssOf(su7Feed);

  it('names the topic and links its page and its own feed address', () => {
    expect(channel).toMatchObject({
      title: 'Xiaomi im Blick – Thema: SU7',
      link: absoluteUrl('/themen/su7'),
      description: su7.description,
      language: 'de',
    });
    expect(channel['atom:link']['@href']).toBe(absoluteUrl('/themen/su7/feed.xml'));
  });

  it('lists only the published articles of the topic, newest first', () => {
    expect(channel.item?.map((item) => slugOf(item.link))).toEqual(['aktualisiert', 'alt']);
    expect(catalog.byTag('su7').map((article) => article.slug)).toEqual(['aktualisiert', 'alt']);
  });
});

describe('feed size', () => {
  it(`carries the newest ${feedItemLimit} articles`, () => {
    const many = Array.from({ length: feedItemLimit + 5 }, (_, index) =>
      makeArticle({
        slug: `artikel-${String(index).padStart(2, '0')}`,
        date: `2025-01-${String(index + 1).padStart(2, '0')}`,
      }),
    );
    const manyCatalog = createCatalog({ articles: many, vocabulary }, { now, includeUnpublished: false });
    const items = jsonOf(buildFeed(siteChannel, manyCatalog.articles)).items;
    expect(items).toHaveLength(feedItemLimit);
    expect(items[0]?.url).toBe(articleUrl('artikel-24'));
    expect(items.at(-1)?.url).toBe(articleUrl('artikel-05'));
  });

  it('stays valid without any article', () => {
    const empty = buildFeed(siteChannel, []);
    expect(rssOf(empty).item).toBeUndefined();
    expect(atomOf(empty).entry).toBeUndefined();
    expect(jsonOf(empty).items).toEqual([]);
  });
});

describe('absolutizeHtml', () => {
  const base = 'https://xiaomi.example/artikel/beispiel';

  it('resolves site paths, fragments and relative sources against the article URL', () => {
    expect(
      absolutizeHtml('<p><a href="/themen/su7">SU7</a> <a href="#fn-1">1</a> <img src="bild.png" alt=""></p>', base),
    ).toBe(
      '<p><a href="https://xiaomi.example/themen/su7">SU7</a> <a href="https://xiaomi.example/artikel/beispiel#fn-1">1</a> <img src="https://xiaomi.example/artikel/bild.png" alt=""></p>',
    );
  });

  it('leaves absolute and mailto links alone and keeps the text unchanged', () => {
    const html =
      '<p>A &#x26; B <a href="https://example.com/">x</a> <a href="mailto:redaktion@example.com">Mail</a></p>';
    expect(absolutizeHtml(html, base)).toBe(html);
  });
});

describe('feeds with texts that would end a CDATA section', () => {
  // `feed` writes titles and HTML as CDATA; its XML writer splits only the first "]]>".
  const breaking = makeArticle({
    slug: 'cdata',
    date: '2025-06-01',
    title: 'Erst ]]> dann noch einmal ]]> im Titel',
    html: '<p>Text ]]&gt; und ]]&gt; zweimal, <code>]]></code> und ein Steuerzeichen\u000c im Text.</p>',
  });
  const feed = buildFeed(siteChannel, [breaking]);

  it('keeps RSS well-formed: the HTML says "]]&gt;", the title keeps its characters apart with an invisible word joiner', () => {
    type Item = { title: string; 'content:encoded': string };
    const [item] = parseXml<{ rss: { channel: { item: Item[] } } }>(renderRss(feed)).rss.channel.item;
    expect(item?.title).toBe('Erst ]]\u2060> dann noch einmal ]]\u2060> im Titel');
    expect(item?.['content:encoded']).toBe(
      '<p>Text ]]&gt; und ]]&gt; zweimal, <code>]]&gt;</code> und ein Steuerzeichen im Text.</p>',
    );
  });

  it('keeps Atom well-formed', () => {
    const [entry] = parseXml<{ feed: { entry: { title: { '#text': string }; content: { '#text': string } }[] } }>(
      renderAtom(feed),
    ).feed.entry;
    expect(entry?.title['#text']).toBe(escapeHtml(breaking.title));
    expect(entry?.content['#text']).toContain('<code>]]&gt;</code>');
  });
});
