import { tableOfContentsMinimum } from '@/lib/article-links';
import { articlePath } from '@/lib/paths';
import { catalog, expect, test } from './fixtures';
import { testRepositoryUrl as repository } from './site-env';

// What a reader finds on an article page besides the text: a table of contents for long pieces,
// anchor links on section headings, share links that load nothing before a click, the canonical
// address to copy, and the newsroom's links. Runs against next start and the static export.

const longArticle = catalog.articles.find(
  (article) => article.headings.filter((heading) => heading.depth === 2).length >= tableOfContentsMinimum,
)!;
const shareHosts = ['wa.me', 'bsky.app', 'www.linkedin.com', 'x.com', 's2f.kytta.dev'];

test('a long article opens with a table of contents whose links reach every section', async ({ page }) => {
  const sections = longArticle.headings.filter((heading) => heading.depth === 2);
  await page.goto(articlePath(longArticle.slug));
  const toc = page.getByRole('navigation', { name: 'Inhalt', exact: true });
  await expect(toc.getByRole('link')).toHaveText(sections.map((section) => section.text));

  for (const section of sections) {
    // The site's own transliteration, never percent-encoded umlauts.
    expect(section.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    await expect(page.locator(`.prose h2#${section.id}`)).toHaveCount(1);
  }
  const last = sections.at(-1)!;
  await toc.getByRole('link', { name: last.text, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
  await expect(page.locator(`h2#${last.id}`)).toBeInViewport();
});

test('ids on an article page are unique, so jump links and section names point to one element', async ({ page }) => {
  await page.goto(articlePath(longArticle.slug));
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  await expect(page.getByRole('navigation', { name: 'Inhalt', exact: true })).toHaveCount(1);
});

test('every section heading carries a visible anchor link to itself', async ({ page }) => {
  await page.goto(articlePath(longArticle.slug));
  const headings = page.locator('.prose h2[id]');
  const count = await headings.count();
  expect(count).toBeGreaterThanOrEqual(tableOfContentsMinimum);
  for (let index = 0; index < count; index++) {
    const heading = headings.nth(index);
    const id = await heading.getAttribute('id');
    const anchor = heading.locator('a.heading-anchor');
    await expect(anchor).toHaveAttribute('href', `#${id}`);
    await expect(anchor).toHaveAttribute('aria-label', /^Link zum Abschnitt „.+“$/);
    await expect(anchor).toBeVisible();
  }
});

test('share links are plain links to the networks, and nothing but the site is requested before a click', async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) foreign.push(request.url());
  });
  await page.goto(articlePath(longArticle.slug));
  await page.mouse.wheel(0, 10_000);
  await page.waitForLoadState('networkidle');

  const share = page.getByRole('region', { name: 'Artikel teilen' });
  const links = share.getByRole('list').getByRole('link');
  await expect(links).toHaveText(['E-Mail', 'WhatsApp', 'Bluesky', 'LinkedIn', 'X', 'Mastodon']);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toBeTruthy();
  for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!))) {
    expect(href.includes(encodeURIComponent(canonical!)), href).toBe(true);
    if (href.startsWith('mailto:')) continue;
    expect(shareHosts).toContain(new URL(href).host);
  }
  await expect(share.locator('a[href^="http"]').first()).toHaveAttribute('rel', /noopener/);
  expect(foreign).toEqual([]);
});

test('"Link kopieren" shows the canonical address as selectable text', async ({ page }) => {
  await page.goto(articlePath(longArticle.slug));
  const field = page.getByRole('textbox', { name: 'Link kopieren' });
  await expect(field).toHaveAttribute('readonly', '');
  await expect(field).toHaveValue((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
});

test('"Fehler melden" and "Auf GitHub bearbeiten" lead to the configured repository', async ({ page }) => {
  await page.goto(articlePath(longArticle.slug));
  const report = page.getByRole('link', { name: 'Fehler melden' });
  await expect(report).toHaveAttribute('href', new RegExp(`^${repository}/issues/new\\?title=`));
  expect(decodeURIComponent((await report.getAttribute('href'))!)).toContain(longArticle.title);
  await expect(page.getByRole('link', { name: 'Auf GitHub bearbeiten' })).toHaveAttribute(
    'href',
    `${repository}/edit/main/content/artikel/${longArticle.slug}.md`,
  );
});

test('published articles allow large image previews', async ({ page }) => {
  test.setTimeout(30_000 + catalog.articles.length * 5_000); // a budget per article, not a speed test
  for (const article of catalog.articles) {
    await page.goto(articlePath(article.slug));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /max-image-preview:large/);
  }
});
