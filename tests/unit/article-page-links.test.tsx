import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleShare } from '@/components/ArticleShare';
import { TableOfContents } from '@/components/TableOfContents';
import { repositoryLinks, shareTargets } from '@/lib/article-links';
import { repositoryBranch, repositoryUrl } from '@/lib/site';

const title = 'Xiaomi liefert im November mehr als 40.000 E-Autos aus';
const url = 'https://xiaomi-im-blick.de/artikel/xiaomi-november';

describe('share links', () => {
  const targets = shareTargets(title, url);

  it('offers e-mail, WhatsApp, Bluesky, LinkedIn, X and Mastodon, in that order', () => {
    expect(targets.map((target) => target.name)).toEqual([
      'E-Mail',
      'WhatsApp',
      'Bluesky',
      'LinkedIn',
      'X',
      'Mastodon',
    ]);
  });

  it('puts title and address into each network’s own share address, encoded', () => {
    const href = Object.fromEntries(targets.map((target) => [target.name, new URL(target.href)]));
    expect(href['E-Mail']!.protocol).toBe('mailto:');
    expect(href['E-Mail']!.searchParams.get('subject')).toBe(title);
    expect(href['E-Mail']!.searchParams.get('body')).toBe(`${title} ${url}`);
    expect(href.WhatsApp!.origin).toBe('https://wa.me');
    expect(href.WhatsApp!.searchParams.get('text')).toBe(`${title} ${url}`);
    expect(href.Bluesky!.href.startsWith('https://bsky.app/intent/compose?')).toBe(true);
    expect(href.Bluesky!.searchParams.get('text')).toBe(`${title} ${url}`);
    expect(href.LinkedIn!.searchParams.get('url')).toBe(url);
    expect(href.X!.origin).toBe('https://x.com');
    expect(href.X!.searchParams.get('text')).toBe(title);
    expect(href.X!.searchParams.get('url')).toBe(url);
    // A share page that asks the reader for their Mastodon instance.
    expect(href.Mastodon!.searchParams.get('text')).toBe(`${title} ${url}`);
  });

  it('keeps characters that would break a query intact (&, #, quotes)', () => {
    const [mail] = shareTargets('BYD & CATL: „#1“?', url);
    expect(new URL(mail!.href).searchParams.get('subject')).toBe('BYD & CATL: „#1“?');
  });
});

describe('the newsroom links', () => {
  it('prefill a new issue with the article’s title and address, and open the Markdown file in the editor', () => {
    const links = repositoryLinks(
      'https://github.com/redaktion/xiaomi-im-blick',
      'main',
      { title, file: 'content/artikel/xiaomi-november.md' },
      url,
    );
    const issue = new URL(links.reportError);
    expect(issue.pathname).toBe('/redaktion/xiaomi-im-blick/issues/new');
    expect(issue.searchParams.get('title')).toBe(`Fehler im Artikel „${title}“`);
    expect(issue.searchParams.get('body')).toContain(`Artikel: ${url}`);
    expect(links.edit).toBe(
      'https://github.com/redaktion/xiaomi-im-blick/edit/main/content/artikel/xiaomi-november.md',
    );
  });

  it('take the repository from REPOSITORY_URL, else from the GitHub Actions build, else there is none', () => {
    expect(repositoryUrl({ REPOSITORY_URL: 'https://github.com/a/b/' })).toBe('https://github.com/a/b');
    expect(repositoryUrl({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'c/d' })).toBe(
      'https://github.com/c/d',
    );
    expect(
      repositoryUrl({
        REPOSITORY_URL: 'https://github.com/a/b',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'c/d',
      }),
    ).toBe('https://github.com/a/b');
    expect(repositoryUrl({})).toBeUndefined();
    expect(repositoryBranch({})).toBe('main');
    expect(repositoryBranch({ REPOSITORY_BRANCH: 'redaktion' })).toBe('redaktion');
  });
});

describe('ArticleShare under an article', () => {
  afterEach(() => vi.unstubAllEnvs());
  const article = { slug: 'xiaomi-november', title, file: 'content/artikel/xiaomi-november.md' };

  it('shows plain share links and the address as selectable text, without any script', () => {
    vi.stubEnv('REPOSITORY_URL', '');
    vi.stubEnv('GITHUB_REPOSITORY', '');
    const html = renderToStaticMarkup(<ArticleShare article={article} />);
    expect(html).not.toContain('<script');
    expect(html).toContain('Artikel teilen');
    expect(html.match(/<li>/g)).toHaveLength(6);
    expect(html).toMatch(
      /<label[^>]*><span>Link kopieren<\/span><input type="text" readOnly=""[^>]* value="http[^"]+\/artikel\/xiaomi-november"/,
    );
    expect(html).not.toContain('Fehler melden');
    expect(html).not.toContain('Auf GitHub bearbeiten');
  });

  it('adds "Fehler melden" and "Auf GitHub bearbeiten" when a repository is configured', () => {
    vi.stubEnv('REPOSITORY_URL', 'https://github.com/redaktion/xiaomi-im-blick');
    const html = renderToStaticMarkup(<ArticleShare article={article} />);
    expect(html).toContain('>Fehler melden</a>');
    expect(html).toContain(
      'href="https://github.com/redaktion/xiaomi-im-blick/edit/main/content/artikel/xiaomi-november.md"',
    );
  });
});

describe('the table of contents', () => {
  const heading = (text: string, depth: 2 | 3 = 2) => ({ depth, id: text.toLowerCase(), text });

  it('appears from three ## sections on, listing only those, as jump links', () => {
    const html = renderToStaticMarkup(
      <TableOfContents headings={[heading('Eins'), heading('Unterpunkt', 3), heading('Zwei'), heading('Drei')]} />,
    );
    expect(html).toContain('>Inhalt</h2>');
    expect(html.match(/<li>/g)).toHaveLength(3);
    expect(html).toContain('<a href="#eins">Eins</a>');
    expect(html).not.toContain('Unterpunkt');
  });

  it('stays away from shorter pieces', () => {
    expect(
      renderToStaticMarkup(<TableOfContents headings={[heading('Eins'), heading('Zwei'), heading('Unter', 3)]} />),
    ).toBe('');
  });
});
