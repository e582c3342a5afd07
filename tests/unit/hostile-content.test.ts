import { ImageResponse } from 'next/og';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { ArticleHeader } from '@/components/ArticleHeader';
import { ArticleImage } from '@/components/ArticleImage';
import { ArticleTeaser } from '@/components/ArticleTeaser';
import { DatasetFigure } from '@/components/charts/DatasetFigure';
import { Corrections } from '@/components/Corrections';
import { Highlight } from '@/components/Highlight';
import { ArticleShareImage } from '@/components/ShareImage';
import { JsonLd } from '@/components/JsonLd';
import { KeyFigures } from '@/components/KeyFigures';
import { SourceList } from '@/components/SourceList';
import { TagList } from '@/components/TagList';
import { Timeline } from '@/components/Timeline';
import { createCatalog, type Catalog, type ListedArticle } from '@/lib/content/catalog';
import type { ContentIssue } from '@/lib/content/issues';
import { readContent, type LoadedContent } from '@/lib/content/load';
import { frontMatterSchema } from '@/lib/content/schema';
import { renderAtom, renderJsonFeed, renderRss } from '@/lib/syndication/feed-formats';
import { buildFeed, siteChannel, topicChannel } from '@/lib/syndication/feeds';
import { searchIndexOf } from '@/lib/search/build';
import type { ArticleFile } from '@/lib/search/index-format';
import { brandMarkDataUri } from '@/lib/share-image/brand-mark';
import { shareImageFonts } from '@/lib/share-image/fonts';
import { shareImageSize } from '@/lib/share-image/layout';
import { articleBreadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from '@/lib/seo/structured-data';
import { xssPayloads } from '../fixtures/xss/payloads';
import {
  bodyOnlyFiles,
  hostileArticles,
  hostileBuildNow,
  hostileChartId,
  hostileSiteFiles,
  hostileSlug,
  hostileTopics,
  placements,
  refusalMatrix,
} from '../fixtures/xss/hostile-site';
import { findExecutableMarkup } from '../markup-checks';
import { parseXml } from '../parse-xml';
import { contentErrorFrom, fixture, removeTempDirs, writeTempContent } from './helpers';

beforeAll(() => vi.stubEnv('BUILD_NOW', hostileBuildNow));
afterAll(() => {
  vi.unstubAllEnvs();
  removeTempDirs();
});

const articles = hostileArticles({ withImages: true });

describe('the XSS corpus (tests/fixtures/xss/payloads.ts)', () => {
  it('holds at least 50 payloads with unique names and unique texts', () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(50);
    expect(new Set(xssPayloads.map((entry) => entry.name)).size).toBe(xssPayloads.length);
    expect(new Set(xssPayloads.map((entry) => entry.payload)).size).toBe(xssPayloads.length);
  });

  it('covers scripts, handlers, URL schemes, encodings, CSS, frames, SVG/MathML, document-level tags, Markdown and breakouts', () => {
    for (const category of [
      'script',
      'event handler',
      'url scheme',
      'encoding',
      'css',
      'frame and embed',
      'svg and mathml',
      'document',
      'markdown',
      'breakout',
    ] as const) {
      expect(xssPayloads.filter((entry) => entry.category === category).length, category).toBeGreaterThanOrEqual(3);
    }
  });

  it('is placed in every string field of the front-matter schema (and a new field must join the list)', () => {
    const textFields = schemaLeaves(frontMatterSchema, '').filter(
      (leaf) => leaf.type === 'string' || leaf.type === 'enum',
    );
    expect(placements.map((placement) => placement.field).sort()).toEqual(textFields.map((leaf) => leaf.path).sort());
  });
});

/** The leaf fields of a zod schema as the loader names them (`sources.1.name`), with their zod type. */
function schemaLeaves(schema: z.core.$ZodType, path: string): { path: string; type: string }[] {
  const def = schema._zod.def as unknown as {
    type: string;
    innerType?: z.core.$ZodType;
    element?: z.core.$ZodType;
    shape?: Record<string, z.core.$ZodType>;
    in?: z.core.$ZodType;
  };
  switch (def.type) {
    case 'optional':
    case 'default':
      return schemaLeaves(def.innerType!, path);
    case 'pipe':
      return schemaLeaves(def.in!, path);
    case 'array':
      return schemaLeaves(def.element!, `${path}.1`);
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, value]) => schemaLeaves(value, path ? `${path}.${key}` : key));
    default:
      return [{ path, type: def.type }];
  }
}

describe('the hostile site through the real loader', () => {
  let content: LoadedContent;
  let catalog: Catalog;
  const listed = (index: number): ListedArticle => catalog.bySlug(hostileSlug(index))!;

  beforeAll(() => {
    content = readContent(writeTempContent(hostileSiteFiles({ withImages: true })), {
      publicDirectory: fixture('public'),
    });
    catalog = createCatalog(content, { now: new Date(hostileBuildNow), includeUnpublished: false });
  });

  it('loads one published article per payload: accepted payloads never stop the build', () => {
    expect(catalog.articles.map((article) => article.slug)).toEqual(
      xssPayloads.map((_, index) => hostileSlug(index)).reverse(),
    );
  });

  it('carries every payload in the body or in front-matter fields, unless every place refuses it (null bytes)', () => {
    const nowhere = articles
      .filter((article) => !article.inBody && article.fields.length === 0)
      .map((article) => article.payload.name);
    expect(nowhere).toEqual(['script split by a null byte', 'null byte inside the scheme']);
    expect(articles.filter((article) => article.inBody)).toHaveLength(
      xssPayloads.filter((payload) => !payload.refusedInBody).length,
    );
    expect(
      articles.filter((article) => article.fields.some(({ field }) => field === 'title')).length,
    ).toBeGreaterThanOrEqual(80);
  });

  it('keeps each accepted front-matter payload as the exact text written (trimmed), never rewritten', () => {
    // `author` names a declared author (autoren.yaml): the text written is that author's name.
    const valueAt = (article: ListedArticle, field: string): unknown =>
      (field === 'author' ? 'author.name' : field)
        .split('.')
        .reduce<unknown>(
          (value, key) => (value as Record<string, unknown> | undefined)?.[/^\d+$/.test(key) ? Number(key) - 1 : key],
          article,
        );
    for (const [index, article] of articles.entries()) {
      for (const { field, value } of article.fields) {
        expect(valueAt(listed(index), field), `${article.payload.name} in ${field}`).toBe(value.trim());
      }
    }
  });

  it.each(articles.map((article, index) => [article.payload.name, index] as const))(
    'renders the body of "%s" without executable markup',
    (_, index) => {
      expect(findExecutableMarkup(listed(index).html, { fragment: true })).toEqual([]);
    },
  );

  it('renders the chart made of payloads without executable markup, its texts shown as text', () => {
    const dataset = content.datasets.chart(hostileChartId)!;
    const html = renderToStaticMarkup(createElement(DatasetFigure, { dataset, labelledBy: 'x' }));
    expect(findExecutableMarkup(html, { fragment: true })).toEqual([]);
    expect(listed(0).html).toContain('<figure class="chart');
    expect(findExecutableMarkup(listed(0).html, { fragment: true })).toEqual([]);
  });

  it('renders the timeline made of payloads without executable markup', () => {
    const html = renderToStaticMarkup(
      createElement(Timeline, { timeline: content.datasets.timeline!, articleFor: () => undefined }),
    );
    expect(findExecutableMarkup(html, { fragment: true })).toEqual([]);
    expect(content.datasets.timeline!.events.length).toBeGreaterThanOrEqual(40);
  });

  it.each(articles.map((article, index) => [article.payload.name, index] as const))(
    'renders the header, key figures, image, sources, corrections, topics and teaser of "%s" as text',
    (_, index) => {
      const article = listed(index);
      const parts: ReactElement[] = [
        createElement(ArticleHeader, { article }),
        createElement(KeyFigures, { figures: article.figures }),
        createElement(SourceList, { sources: article.sources }),
        createElement(Corrections, { corrections: article.corrections }),
        createElement(TagList, { tags: article.tags }),
        createElement(ArticleTeaser, { article }),
        ...(article.image ? [createElement(ArticleImage, { image: article.image })] : []),
      ];
      const html = renderToStaticMarkup(createElement('div', null, ...parts));
      // Checked as a page part: React adds a <link rel="preload"> for the lead image.
      expect(findExecutableMarkup(html, { fragment: false })).toEqual([]);
      // The headline as text: escaped, not interpreted and not dropped.
      const headline = /<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1];
      expect(decodeEntities(headline ?? '')).toBe(article.title);
    },
  );

  it.each(articles.map((article, index) => [article.payload.name, index] as const))(
    'writes JSON-LD for "%s" that cannot end its <script> element',
    (_, index) => {
      const article = listed(index);
      for (const data of [newsArticleJsonLd(article), articleBreadcrumbJsonLd(article)]) {
        const json = serializeJsonLd(data);
        expect(json).not.toMatch(/[<\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
        expect(
          findExecutableMarkup(renderToStaticMarkup(createElement(JsonLd, { data })), { fragment: false }),
        ).toEqual([]);
      }
      expect((JSON.parse(serializeJsonLd(newsArticleJsonLd(article))) as { headline: string }).headline).toBe(
        article.title,
      );
    },
  );

  it('shows search hits as text: a payload title is escaped inside <mark> and around it', () => {
    for (const article of catalog.articles) {
      const html = renderToStaticMarkup(
        createElement(Highlight, { text: article.title, terms: ['alert', 'script', 'img'] }),
      );
      expect(findExecutableMarkup(html, { fragment: true })).toEqual([]);
      expect(decodeEntities(html.replace(/<\/?mark>/g, ''))).toBe(article.title);
    }
  });

  it('puts the payloads into the search index as plain text that reads back unchanged', () => {
    const summaries = [...searchIndexOf(catalog).files]
      .filter(([path]) => path.includes('/artikel-'))
      .flatMap(([, content]) => (JSON.parse(JSON.stringify(content)) as ArticleFile).articles);
    const stored = (slug: string) => summaries.find((summary) => summary.slug === slug);
    for (const article of catalog.articles) {
      expect(stored(article.slug)).toMatchObject({
        title: article.title,
        teaser: article.teaser,
        kicker: article.kicker ?? '',
      });
    }
  });

  it(
    'draws the share images of hostile articles without fetching anything from the internet',
    { timeout: 120_000 },
    async () => {
      // Satori fetches a font from Google for any character the fonts lack: at build time, with the headline.
      const requests: string[] = [];
      vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
        requests.push(String(input));
        return new Response('', { status: 404 });
      });
      try {
        const options = { ...shareImageSize, fonts: await shareImageFonts() };
        const brandMark = await brandMarkDataUri();
        // Printable ASCII is in every font: the articles with anything else in title or kicker are the test.
        const beyondAscii = catalog.articles.filter((article) =>
          /[^\x20-\x7e]/.test(`${article.title}${article.kicker ?? ''}`),
        );
        expect(beyondAscii.length).toBeGreaterThanOrEqual(3);
        for (const article of beyondAscii) {
          const png = await new ImageResponse(
            createElement(ArticleShareImage, { article, brandMark }),
            options,
          ).arrayBuffer();
          expect(Buffer.from(png).subarray(1, 4).toString('latin1'), article.slug).toBe('PNG');
        }
      } finally {
        vi.unstubAllGlobals();
      }
      expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([]);
    },
  );

  describe('feeds', () => {
    type RssItem = {
      title: string;
      description: string;
      'content:encoded': string;
      'dc:creator': string;
      category: { '#text': string }[] | string[];
    };
    type Rss = { rss: { channel: { title: string; item: RssItem[] } } };
    type AtomEntry = { title: { '#text': string }; summary: { '#text': string }; content: { '#text': string } };

    it('writes RSS that stays well-formed XML, its HTML without executable markup and its plain texts unchanged', () => {
      const feed = buildFeed(siteChannel, catalog.articles);
      const items = parseXml<Rss>(renderRss(feed)).rss.channel.item;
      expect(items).toHaveLength(20);
      items.forEach((item, position) => {
        const article = catalog.articles[position]!;
        expect(findExecutableMarkup(item['content:encoded'], { fragment: true }), article.slug).toEqual([]);
        // <description> is HTML for readers: the teaser must come out as exactly its text.
        expect(findExecutableMarkup(item.description, { fragment: true })).toEqual([]);
        expect(decodeEntities(item.description)).toBe(article.teaser);
        expect(item.title.replaceAll('\u2060', '')).toBe(article.title);
        expect(item['dc:creator']).toBe(article.author.name);
      });
    });

    it('writes Atom whose HTML title, summary and content carry no executable markup', () => {
      type Atom = { feed: { entry: AtomEntry[] } };
      const entries = parseXml<Atom>(renderAtom(buildFeed(siteChannel, catalog.articles))).feed.entry;
      entries.forEach((entry, position) => {
        const article = catalog.articles[position]!;
        expect(findExecutableMarkup(entry.content['#text'], { fragment: true })).toEqual([]);
        expect(decodeEntities(entry.title['#text'])).toBe(article.title);
        expect(decodeEntities(entry.summary['#text'])).toBe(article.teaser);
      });
    });

    it('writes a JSON Feed whose content_html carries no executable markup', () => {
      const json = JSON.parse(renderJsonFeed(buildFeed(siteChannel, catalog.articles))) as {
        items: { title: string; content_html: string }[];
      };
      json.items.forEach((item, position) => {
        expect(item.title).toBe(catalog.articles[position]!.title);
        expect(findExecutableMarkup(item.content_html, { fragment: true })).toEqual([]);
      });
    });

    it('writes well-formed topic feeds for topics named by payloads', () => {
      expect(hostileTopics.length).toBeGreaterThanOrEqual(5);
      for (const name of hostileTopics) {
        const tag = content.vocabulary.named(name)!;
        const rss = parseXml<Rss>(renderRss(buildFeed(topicChannel(tag), catalog.byTag(tag.slug))));
        expect(rss.rss.channel.title).toBe(`Xiaomi im Blick – Thema: ${name}`);
      }
    });
  });

  it('warns about the markup it drops from bodies, with the line, and lets the article build', () => {
    const warningsFor = (name: string) => {
      const index = xssPayloads.findIndex((payload) => payload.name === name);
      return content.warnings
        .filter((warning) => warning.file.endsWith(`/${hostileSlug(index)}.md`))
        .map((warning) => warning.message);
    };
    expect(warningsFor('script tag')).toEqual([
      'HTML im Text wird nicht übernommen („<script>alert(1)</script>“): bitte nur Markdown schreiben, z. B. [Linktext](https://…) oder ![Bildbeschreibung](/bilder/…)',
    ]);
    expect(warningsFor('markdown link javascript')).toEqual([
      'Link auf „javascript:alert(1)“ wird entfernt: erlaubt sind Adressen mit https:// oder http://, mailto: und Seiten der Website (/…, #…)',
    ]);
    expect(warningsFor('code span with a script')).toEqual([]);
    for (const warning of content.warnings) expect(warning.line, warning.message).toBeGreaterThan(0);
  });
});

describe('payloads in fields that must refuse them', () => {
  const matrix = refusalMatrix();
  let issuesByFile: Map<string, ContentIssue[]>;
  beforeAll(() => {
    const error = contentErrorFrom(writeTempContent(matrix.files));
    issuesByFile = new Map();
    for (const issue of error.issues.filter((candidate) => candidate.severity === 'error')) {
      const file = issue.file.replace(/^.*\/(artikel\/[^/]+)$/, '$1');
      issuesByFile.set(file, [...(issuesByFile.get(file) ?? []), issue]);
    }
  }, 60_000);

  it('tries every payload in every date, enum, slug, image path and URL field, and in text fields beyond their limits', () => {
    expect(matrix.cases.length).toBeGreaterThanOrEqual(xssPayloads.length * 8);
    for (const field of [
      'date',
      'updated',
      'ressort',
      'type',
      'tags.1',
      'image.src',
      'corrections.1.date',
      'aliases.1',
    ]) {
      expect(
        matrix.cases.filter((refusal) => refusal.placement.field === field),
        field,
      ).toHaveLength(xssPayloads.length);
    }
  });

  it('stops each such article with German messages that name exactly that field and its line', () => {
    const mismatches: string[] = [];
    for (const { file, payload, placement, value } of matrix.cases) {
      const issues = issuesByFile.get(file) ?? [];
      const lines = matrix.files[file]!.split('\n');
      const precise =
        issues.length > 0 &&
        issues.every(
          (issue) => issue.field === placement.field && issue.line !== undefined && lines[issue.line - 1] !== undefined,
        );
      const expected = placement.refusal(value);
      if (!precise || !issues.some((issue) => expected.test(issue.message))) {
        mismatches.push(
          `${payload.name} in ${placement.field}: ${JSON.stringify(issues.map(({ field, line, message }) => ({ field, line, message })))}`,
        );
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('reports nothing else: no article outside the matrix fails', () => {
    expect([...issuesByFile.keys()].sort()).toEqual(matrix.cases.map((refusal) => refusal.file).sort());
  });
});

describe('payloads the content check refuses in an article body', () => {
  it('stops exactly the articles whose body payload is a null byte or an image from elsewhere, with the line', () => {
    const error = contentErrorFrom(writeTempContent(bodyOnlyFiles()));
    const errors = error.issues.filter((issue) => issue.severity === 'error');
    const refused = xssPayloads.flatMap((payload, index) =>
      payload.refusedInBody ? [{ payload, file: `${hostileSlug(index)}.md` }] : [],
    );
    expect(errors.map((issue) => issue.file.split('/').pop()).sort()).toEqual(refused.map(({ file }) => file).sort());
    for (const { payload, file } of refused) {
      const issue = errors.find((candidate) => candidate.file.endsWith(`/${file}`))!;
      expect(issue.message, payload.name).toMatch(payload.refusedInBody!);
      expect(issue.line, payload.name).toBe(16); // the payload's line in the file, below front matter and intro
    }
  });
});

/** Text of escaped HTML as a browser shows it (the entities React and the feeds write). */
function decodeEntities(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
