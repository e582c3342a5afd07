import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AuthorPage, { generateStaticParams } from '@/app/autoren/[author]/[[...seite]]/page';
import ImprintPage from '@/app/impressum/page';
import NewsroomPage from '@/app/redaktion/page';
import { ArticleHeader } from '@/components/ArticleHeader';
import { SiteFooter } from '@/components/SiteFooter';
import { staticPagePaths } from '@/lib/paths';
import { makeArticle, makeAuthor } from './helpers';

// Pages read all content once: slow on a busy machine.
const slow = { timeout: 60_000 };

/** An author page as the route renders it for `/autoren/<slug>` (or `/autoren/<slug>/seite/<n>`). */
async function renderAuthorPage(author: string, seite?: string[]): Promise<string> {
  return renderToStaticMarkup(await AuthorPage({ params: Promise.resolve({ author, seite }) }));
}

/** The JSON-LD objects of a rendered page. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function jsonLd(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((match) =>
    JSON.parse(match[1]!),
  );
}

describe('the byline', () => {
  it('links the author name to the author page', () => {
    const html = renderToStaticMarkup(
      <ArticleHeader article={{ ...makeArticle({ slug: 'x', author: 'Anna Beispiel' }), state: 'published' }} />,
    );
    expect(html).toContain('Von <a class="author" rel="author" href="/autoren/anna-beispiel">Anna Beispiel</a>');
  });
});

describe('the newsroom in footer, Impressum and static pages', () => {
  it('is linked from the footer and the Impressum', () => {
    expect(renderToStaticMarkup(<SiteFooter />)).toContain('<a href="/redaktion">Redaktion</a>');
    expect(renderToStaticMarkup(<ImprintPage />)).toContain('<a href="/redaktion">Redaktion</a>');
  });

  it('is one of the static pages (sitemap, link check, benchmarks)', () => {
    expect(staticPagePaths).toContain('/redaktion');
  });
});

describe('pages of the real site', () => {
  it('the newsroom page is the author page of every article, with an Organization as its subject', slow, async () => {
    const html = await renderAuthorPage('redaktion');
    expect(html).toContain('<h1>Redaktion Xiaomi im Blick</h1>');
    expect(html).toContain('<p class="kicker">Redaktion</p>');
    expect(html).toContain('href="/artikel/xiaomi-liefert-im-november-mehr-als-40000-elektroautos-aus"');
    const [profile] = jsonLd(html);
    expect(profile).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Organization', name: 'Redaktion Xiaomi im Blick' },
    });
    expect(profile!.mainEntity.url).toMatch(/\/autoren\/redaktion$/);
    expect(profile!.mainEntity.sameAs).toBeUndefined();
  });

  it('answers 404 for an undeclared author and for /seite/1', slow, async () => {
    await expect(renderAuthorPage('niemand')).rejects.toThrow();
    await expect(renderAuthorPage('redaktion', ['seite', '1'])).rejects.toThrow();
  });

  it('/redaktion names the newsroom, points to the Impressum for contact and explains corrections', slow, () => {
    const html = renderToStaticMarkup(<NewsroomPage />);
    expect(html).toContain('<a href="/autoren/redaktion">Redaktion Xiaomi im Blick</a>');
    expect(html).toContain('<a href="/impressum">Impressum</a>');
    expect(html).toContain('<h2>Wie wir korrigieren</h2>');
    expect(html).toContain('„Korrektur“');
    // No invented contact data: no e-mail address, no street.
    expect(html).not.toMatch(/@|mailto:/);
  });
});

describe('pages of the fixture site (tests/fixtures/site)', () => {
  beforeEach(() => {
    vi.stubEnv('CONTENT_DIR', 'tests/fixtures/site');
    vi.stubEnv('BUILD_NOW', '2025-12-02T12:00:00+01:00');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('builds a page for each author with a published article, not for one without', slow, () => {
    expect(generateStaticParams()).toEqual([
      { author: 'redaktion', seite: [] },
      { author: 'anna-beispiel', seite: [] },
    ]);
  });

  it('an author page shows role, bio, profile links (rel="me") and a Person with sameAs', slow, async () => {
    const html = await renderAuthorPage('anna-beispiel');
    expect(html).toContain('<h1>Anna Beispiel</h1>');
    expect(html).toContain('<p class="kicker">Testautorin</p>');
    expect(html).toContain('Anna Beispiel ist eine erfundene Autorin der Testdaten.');
    expect(html).toContain('<a href="https://mastodon.example/@anna" rel="me noopener noreferrer">Mastodon</a>');
    expect(html).toContain('href="/artikel/hintergrund-stueck"');
    expect(html).not.toContain('href="/artikel/aktuelle-meldung"');
    expect(html).toContain('<a href="/redaktion">');
    const [profile] = jsonLd(html);
    expect(profile!.mainEntity).toMatchObject({
      '@type': 'Person',
      name: 'Anna Beispiel',
      jobTitle: 'Testautorin',
      sameAs: ['https://example.org/anna-beispiel', 'https://mastodon.example/@anna'],
    });
  });

  it('never shows a draft or a scheduled article on an author page', slow, async () => {
    const html = await renderAuthorPage('redaktion');
    expect(html).toContain('href="/artikel/aktuelle-meldung"');
    expect(html).not.toContain('href="/artikel/entwurf-geheim"');
    expect(html).not.toContain('href="/artikel/geplant-zukunft"');
  });

  it('has no page for a declared author without a published article', slow, async () => {
    await expect(renderAuthorPage('jonas-muster')).rejects.toThrow();
  });

  it('/redaktion lists every declared author, links those with a page and lists corrected articles', slow, () => {
    const html = renderToStaticMarkup(<NewsroomPage />);
    expect(html).toContain('<a href="/autoren/anna-beispiel">Anna Beispiel</a>');
    expect(html).toContain('<h3>Jonas Muster</h3>');
    expect(html).toContain('Testautor · noch keine Artikel');
    expect(html).toContain('Testautorin · 1 Artikel');
    expect(html).toContain('<h3>Bisher korrigierte Artikel</h3>');
    expect(html).toContain('href="/artikel/aktuelle-meldung#korrektur"');
  });
});

describe('makeAuthor', () => {
  it('treats "Redaktion …" as the newsroom, like the fixtures', () => {
    expect(makeAuthor('Redaktion Test').kind).toBe('redaktion');
    expect(makeAuthor('Anna Beispiel').kind).toBe('person');
  });
});
