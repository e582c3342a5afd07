import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import { createCatalog, type Catalog } from '@/lib/content/catalog';
import { archiveMonths } from '@/lib/archive';
import { isoWithOffset } from '@/lib/dates';
import { TagVocabulary } from '@/lib/content/themen';
import { newsSitemapEntries, renderNewsSitemap } from '@/lib/syndication/news-sitemap';
import { ressorts } from '@/lib/ressorts';
import { absoluteUrl } from '@/lib/site';
import {
  maxUrlsPerSitemap,
  renderSitemap,
  renderSitemapIndex,
  sitemapFile,
  sitemapFiles,
} from '@/lib/syndication/sitemap';
import { escapeXml, xmlDocument } from '@/lib/syndication/xml';
import { parseXml } from '../parse-xml';
import { articleDate, makeArticle, makeTag } from './helpers';

const now = new Date('2025-06-15T10:00:00Z');
const vocabulary = new TagVocabulary(['SU7', 'Europa', 'Smart Home', 'Geheimprojekt', 'Aktie'].map(makeTag));

/**
 * A published, a draft and a scheduled article; "Geheimprojekt" is used only by the unpublished two,
 * as is the author "Lea Geheim": neither gets a page in the sitemap.
 */
const articles: Article[] = [
  makeArticle({ slug: 'alt', date: '2025-03-01', tags: ['SU7'], ressort: 'zahlen' }),
  {
    ...makeArticle({ slug: 'aktualisiert', date: '2025-05-01', tags: ['SU7', 'Europa'], ressort: 'expansion' }),
    updated: articleDate('2025-06-01T08:00:00+02:00'),
  },
  makeArticle({
    slug: 'gestern',
    date: '2025-06-14T12:00:00+02:00',
    tags: ['Smart Home'],
    ressort: 'technik',
    author: 'Anna Beispiel',
  }),
  makeArticle({
    slug: 'entwurf',
    date: '2025-06-15T09:00:00+02:00',
    tags: ['Geheimprojekt', 'SU7'],
    draft: true,
    author: 'Lea Geheim',
  }),
  makeArticle({
    slug: 'geplant',
    date: '2025-06-15T12:00:01+02:00',
    tags: ['Geheimprojekt'],
    ressort: 'partnerschaften',
  }),
];
const published = createCatalog({ articles, vocabulary }, { now, includeUnpublished: false });
const unpublishedSlugs = ['entwurf', 'geplant'];

interface UrlSet {
  urlset: {
    '@xmlns': string;
    '@xmlns:news': string;
    url?: {
      loc: string;
      'news:news': {
        'news:publication': { 'news:name': string; 'news:language': string };
        'news:publication_date': string;
        'news:title': string;
      };
    }[];
  };
}

/** Every entry of every sitemap file, in file order. */
const entriesOf = (catalog: Catalog) => sitemapFiles(catalog).flatMap((file) => file.entries);
const pathsOf = (catalog: Catalog) => entriesOf(catalog).map((entry) => new URL(entry.url).pathname);
/** The <lastmod> an address gets, as written into the file (Berlin offset); undefined when undated. */
const lastModifiedOf = (catalog: Catalog, path: string) => {
  const date = entriesOf(catalog).find((entry) => entry.url === absoluteUrl(path))?.lastModified;
  return date && isoWithOffset(date);
};

interface SitemapIndex {
  sitemapindex: { '@xmlns': string; sitemap: { loc: string; lastmod?: string }[] };
}
interface PlainUrlSet {
  urlset: { '@xmlns': string; url?: { loc: string; lastmod?: string }[] };
}

describe('sitemapFiles', () => {
  const files = sitemapFiles(published);
  const urls = entriesOf(published).map((entry) => entry.url);

  it('puts the fixed pages, the topics, ressorts, authors, archive months and the articles of each year into files of their own', () => {
    expect(files.map((file) => [file.name, file.entries.map((entry) => new URL(entry.url).pathname)])).toEqual([
      [
        'seiten',
        ['/', '/themen', '/archiv', '/daten', '/zeitleiste', '/suche', '/redaktion', '/impressum', '/datenschutz'],
      ],
      ['themen', ['/themen/su7', '/themen/europa', '/themen/smart-home']],
      ['ressorts', ressorts.map((ressort) => `/ressorts/${ressort.slug}`)],
      ['autoren', ['/autoren/redaktion-test', '/autoren/anna-beispiel']],
      ['archiv', ['/archiv/2025/06', '/archiv/2025/05', '/archiv/2025/03']],
      ['artikel-2025', ['/artikel/gestern', '/artikel/aktualisiert', '/artikel/alt']],
    ]);
  });

  it('lists every address exactly once across the files: the pages a reader can reach, no more', () => {
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.toSorted()).toEqual(
      [
        '/',
        '/themen',
        '/archiv',
        '/daten',
        '/zeitleiste',
        '/suche',
        '/redaktion',
        '/impressum',
        '/datenschutz',
        ...published.tagCounts().map(({ tag }) => `/themen/${tag.slug}`),
        ...ressorts.map((ressort) => `/ressorts/${ressort.slug}`),
        ...published.authorsWithArticles().map((author) => `/autoren/${author.slug}`),
        ...archiveMonths(published.archive()).map(
          ({ year, month }) => `/archiv/${year}/${String(month).padStart(2, '0')}`,
        ),
        ...published.articles.map((article) => `/artikel/${article.slug}`),
      ]
        .map(absoluteUrl)
        .toSorted(),
    );
  });

  it('gives articles of different years (in Berlin) different files, the newest year first', () => {
    const catalog = createCatalog(
      {
        articles: [
          makeArticle({ slug: 'silvester', date: '2024-12-31T23:30:00+01:00' }),
          makeArticle({ slug: 'neujahr-utc', date: '2024-12-31T23:30:00Z' }), // 00:30 on 1 January in Berlin
          makeArticle({ slug: 'sommer', date: '2023-07-01' }),
        ],
        vocabulary,
      },
      { now, includeUnpublished: false },
    );
    const articleFiles = sitemapFiles(catalog).filter((file) => file.name.startsWith('artikel-'));
    expect(articleFiles.map((file) => [file.name, file.entries.map((entry) => entry.url.split('/').pop())])).toEqual([
      ['artikel-2025', ['neujahr-utc']],
      ['artikel-2024', ['silvester']],
      ['artikel-2023', ['sommer']],
    ]);
  });

  it('cuts a file with more addresses than the limit into numbered parts, keeping the order', () => {
    const parts = sitemapFiles(published, 2);
    expect(parts.map((file) => [file.name, file.entries.length])).toEqual([
      ['seiten-teil-1', 2],
      ['seiten-teil-2', 2],
      ['seiten-teil-3', 2],
      ['seiten-teil-4', 2],
      ['seiten-teil-5', 1],
      ['themen-teil-1', 2],
      ['themen-teil-2', 1],
      ['ressorts-teil-1', 2],
      ['ressorts-teil-2', 2],
      ['autoren', 2],
      ['archiv-teil-1', 2],
      ['archiv-teil-2', 1],
      ['artikel-2025-teil-1', 2],
      ['artikel-2025-teil-2', 1],
    ]);
    expect(parts.flatMap((file) => file.entries)).toEqual(entriesOf(published));
    expect(maxUrlsPerSitemap).toBe(50_000);
    expect(() => sitemapFiles(published, 0)).toThrow(RangeError);
  });

  it('computes the files once per catalog: the index and every file route share them', () => {
    expect(sitemapFiles(published)).toBe(files);
    expect(sitemapFile(published, 'themen')).toBe(files[1]);
    expect(sitemapFile(published, 'gibt-es-nicht')).toBeUndefined();
  });

  it('leaves out the search index file: it is data for the search page, not a page', () => {
    expect(urls.filter((url) => url.includes('.json'))).toEqual([]);
  });

  it('uses absolute URLs only', () => {
    for (const url of urls) expect(url).toMatch(/^https?:\/\/[^/]+\//);
  });

  it('never lists a draft, a scheduled article or a topic only they use', () => {
    for (const slug of unpublishedSlugs) expect(urls).not.toContain(absoluteUrl(`/artikel/${slug}`));
    expect(urls).not.toContain(absoluteUrl('/themen/geheimprojekt'));
    expect(urls).not.toContain(absoluteUrl('/autoren/lea-geheim'));
    // A topic without any article (Aktie) has no page either.
    expect(urls).not.toContain(absoluteUrl('/themen/aktie'));
  });

  it('dates an article by its update, else its publication, with the Berlin offset', () => {
    expect(lastModifiedOf(published, '/artikel/aktualisiert')).toBe('2025-06-01T08:00:00+02:00');
    expect(lastModifiedOf(published, '/artikel/alt')).toBe('2025-03-01T00:00:00+01:00');
    expect(lastModifiedOf(published, '/artikel/gestern')).toBe('2025-06-14T12:00:00+02:00');
  });

  it('dates list pages by their newest change and leaves undated what has none', () => {
    expect(lastModifiedOf(published, '/')).toBe('2025-06-14T12:00:00+02:00');
    expect(lastModifiedOf(published, '/themen/su7')).toBe('2025-06-01T08:00:00+02:00');
    expect(lastModifiedOf(published, '/ressorts/zahlen')).toBe('2025-03-01T00:00:00+01:00');
    // The only partnerschaften article is scheduled: the ressort page exists but has nothing to date.
    expect(lastModifiedOf(published, '/ressorts/partnerschaften')).toBeUndefined();
    expect(lastModifiedOf(published, '/impressum')).toBeUndefined();
  });

  it('dates each file by the newest change among its addresses', () => {
    const dated = Object.fromEntries(
      files.map((file) => [file.name, file.lastModified && isoWithOffset(file.lastModified)]),
    );
    expect(dated).toEqual({
      seiten: '2025-06-14T12:00:00+02:00',
      themen: '2025-06-14T12:00:00+02:00',
      ressorts: '2025-06-14T12:00:00+02:00',
      autoren: '2025-06-14T12:00:00+02:00',
      archiv: '2025-06-14T12:00:00+02:00',
      'artikel-2025': '2025-06-14T12:00:00+02:00',
    });
  });

  it('lists the later pages of long listings and every archive month, dated by what they show', () => {
    // 23 published SU7 articles in the zahlen ressort, one a day from 1 March 2025.
    const many = Array.from({ length: 23 }, (_, index) =>
      makeArticle({
        slug: `meldung-${index + 1}`,
        date: `2025-03-${String(index + 1).padStart(2, '0')}`,
        tags: ['SU7'],
        ressort: 'zahlen',
      }),
    );
    const long = createCatalog({ articles: many, vocabulary }, { now, includeUnpublished: false });
    const paths = pathsOf(long);
    for (const path of [
      '/',
      '/seite/2',
      '/seite/3',
      '/themen/su7/seite/2',
      '/themen/su7/seite/3',
      '/ressorts/zahlen/seite/3',
      '/archiv',
      '/archiv/2025/03',
      '/archiv/2025/03/seite/3',
    ]) {
      expect(paths, path).toContain(path);
    }
    for (const path of ['/seite/1', '/seite/4', '/themen/su7/seite/1', '/ressorts/technik/seite/2'])
      expect(paths, path).not.toContain(path);
    expect(new Set(paths).size).toBe(paths.length);
    // Page 3 shows the three oldest articles: 1 to 3 March.
    expect(lastModifiedOf(long, '/seite/3')).toBe('2025-03-03T00:00:00+01:00');
    expect(lastModifiedOf(long, '/seite/2')).toBe('2025-03-13T00:00:00+01:00');
    expect(sitemapFile(long, 'archiv')?.entries.map((entry) => new URL(entry.url).pathname)).toEqual([
      '/archiv/2025/03',
      '/archiv/2025/03/seite/2',
      '/archiv/2025/03/seite/3',
    ]);
  });
});

describe('renderSitemap and renderSitemapIndex', () => {
  const files = sitemapFiles(published);

  it('write each file as a <urlset> with <loc> and, where dated, <lastmod>', () => {
    const articles = files.find((file) => file.name === 'artikel-2025')!;
    const document = parseXml<PlainUrlSet>(renderSitemap(articles));
    expect(document.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(document.urlset.url).toEqual([
      { loc: absoluteUrl('/artikel/gestern'), lastmod: '2025-06-14T12:00:00+02:00' },
      { loc: absoluteUrl('/artikel/aktualisiert'), lastmod: '2025-06-01T08:00:00+02:00' },
      { loc: absoluteUrl('/artikel/alt'), lastmod: '2025-03-01T00:00:00+01:00' },
    ]);
    const pages = parseXml<PlainUrlSet>(renderSitemap(files[0]!)).urlset.url ?? [];
    expect(pages.find((url) => url.loc === absoluteUrl('/impressum'))).toEqual({ loc: absoluteUrl('/impressum') });
  });

  it('write the index with the absolute address of every file, each once, dated by its newest change', () => {
    const xml = renderSitemapIndex(files);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const index = parseXml<SitemapIndex>(xml).sitemapindex;
    expect(index['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(index.sitemap).toEqual(
      files.map((file) => ({
        loc: absoluteUrl(`/sitemaps/${file.name}.xml`),
        lastmod: '2025-06-14T12:00:00+02:00',
      })),
    );
  });
});

describe('newsSitemapEntries', () => {
  const twoDays = 2 * 24 * 60 * 60 * 1000;
  const at = (offsetMs: number) => new Date(now.getTime() + offsetMs).toISOString().replace('.000Z', 'Z');
  const slugsIn = (list: Article[]) => newsSitemapEntries(list, now).map((entry) => entry.url.split('/').pop());

  it('includes an article published exactly two days before now', () => {
    expect(slugsIn([makeArticle({ slug: 'grenze', date: at(-twoDays) })])).toEqual(['grenze']);
  });

  it('leaves out an article published two days and one second before now', () => {
    expect(slugsIn([makeArticle({ slug: 'zu-alt', date: at(-twoDays - 1000) })])).toEqual([]);
  });

  it('includes an article published exactly now, but not one a second later', () => {
    expect(
      slugsIn([makeArticle({ slug: 'jetzt', date: at(0) }), makeArticle({ slug: 'gleich', date: at(1000) })]),
    ).toEqual(['jetzt']);
  });

  it('applies the publish rule itself: a recent draft stays out', () => {
    expect(slugsIn([makeArticle({ slug: 'entwurf', date: at(-1000), draft: true })])).toEqual([]);
  });

  it('takes the published catalog as it is, newest first, without drafts or scheduled articles', () => {
    const entries = newsSitemapEntries(published.articles, now);
    expect(entries).toEqual([
      { url: absoluteUrl('/artikel/gestern'), title: 'Titel gestern', publicationDate: '2025-06-14T12:00:00+02:00' },
    ]);
  });

  it('gives the publication date with the Berlin offset', () => {
    const [entry] = newsSitemapEntries(
      [makeArticle({ slug: 'winter', date: '2025-01-10T23:30:00Z' })],
      new Date('2025-01-11T00:00:00Z'),
    );
    expect(entry?.publicationDate).toBe('2025-01-11T00:30:00+01:00');
  });
});

describe('renderNewsSitemap', () => {
  it('writes a Google News sitemap with loc, publication, date and title per article', () => {
    const document = parseXml<UrlSet>(renderNewsSitemap(newsSitemapEntries(published.articles, now)));
    expect(document.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(document.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(document.urlset.url).toEqual([
      {
        loc: absoluteUrl('/artikel/gestern'),
        'news:news': {
          'news:publication': { 'news:name': 'Xiaomi im Blick', 'news:language': 'de' },
          'news:publication_date': '2025-06-14T12:00:00+02:00',
          'news:title': 'Titel gestern',
        },
      },
    ]);
  });

  it('writes an empty but valid urlset when nothing is recent', () => {
    const xml = renderNewsSitemap([]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const document = parseXml<UrlSet>(xml);
    expect(document.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(document.urlset.url).toBeUndefined();
  });

  it('escapes &, <, > and quotes in titles, and they come back unchanged', () => {
    const title = `IKEA & FAW: <Smart Home> "mit" Xiao AI – Lei Juns 'Plan'`;
    const xml = renderNewsSitemap([
      { url: absoluteUrl('/artikel/x?a=1&b=2'), title, publicationDate: '2025-06-14T12:00:00+02:00' },
    ]);
    expect(xml).toContain(
      '<news:title>IKEA &amp; FAW: &lt;Smart Home&gt; &quot;mit&quot; Xiao AI – Lei Juns &apos;Plan&apos;</news:title>',
    );
    const [url] = parseXml<UrlSet>(xml).urlset.url ?? [];
    expect(url?.['news:news']['news:title']).toBe(title);
    expect(url?.loc).toBe(absoluteUrl('/artikel/x?a=1&b=2'));
  });
});

describe('xml builder', () => {
  it('escapes attribute values and drops characters XML cannot carry', () => {
    expect(escapeXml('a\u0000b\u0007c\td')).toBe('abc\td');
    const xml = xmlDocument({ name: 'a', attributes: { title: `x"y'<&>` }, children: ['1 < 2'] });
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a title="x&quot;y&apos;&lt;&amp;&gt;">1 &lt; 2</a>\n');
    expect(parseXml<{ a: { '@title': string; '#text': string } }>(xml).a).toEqual({
      '@title': `x"y'<&>`,
      '#text': '1 < 2',
    });
  });
});
