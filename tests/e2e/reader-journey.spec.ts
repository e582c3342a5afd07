import { catalog, expect, test } from './fixtures';

test('a reader goes from the home page to an article, one of its topics and a ressort', async ({ page }) => {
  const lead = catalog.lead()!;
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Aufmacher' }).getByRole('link', { name: lead.title })).toBeVisible();

  await page.getByRole('region', { name: 'Aufmacher' }).getByRole('link', { name: lead.title }).click();
  await expect(page).toHaveURL(`/artikel/${lead.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lead.title);
  await expect(page.getByRole('heading', { name: 'Quellen' })).toBeVisible();

  const firstTag = lead.tags[0]!;
  await page.getByRole('list', { name: 'Themen' }).getByRole('link', { name: firstTag.name, exact: true }).click();
  await expect(page).toHaveURL(`/themen/${firstTag.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTag.name);
  await expect(page.getByRole('link', { name: lead.title })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Zahlen' }).click();
  await expect(page).toHaveURL('/ressorts/zahlen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zahlen');
  for (const article of catalog.byRessort('zahlen')) {
    await expect(page.getByRole('link', { name: article.title })).toBeVisible();
  }
});

test('the home page filters by topic with plain links that work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const { tag, count } = catalog.tagCounts()[0]!;
  await page
    .getByRole('navigation', { name: 'Nach Thema filtern' })
    .getByRole('link', { name: new RegExp(`^${tag.name} \\(${count}\\)$`) })
    .click();
  await expect(page).toHaveURL(`/themen/${tag.slug}`);
  await expect(page.getByRole('article')).toHaveCount(count);
  await context.close();
});

test('an article shows byline, dates, reading time, ressort, topics, sources and related articles', async ({
  page,
}) => {
  const article = catalog.articles.find((candidate) => catalog.ending(candidate).more.length > 0)!;
  await page.goto(`/artikel/${article.slug}`);
  const header = page.locator('.article-header');
  await expect(header.getByText(`Von ${article.author.name}`)).toBeVisible();
  await expect(header.getByRole('link', { name: article.author.name })).toHaveAttribute(
    'href',
    `/autoren/${article.author.slug}`,
  );
  await expect(header.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}/);
  await expect(header.getByText(/\d+ Min\. Lesezeit/)).toBeVisible();
  await expect(header.getByRole('link', { name: /.+/ }).last()).toHaveAttribute('href', `/ressorts/${article.ressort}`);
  for (const source of article.sources) await expect(page.locator('.sources').getByText(source.name)).toBeVisible();
  const { more } = catalog.ending(article);
  await expect(page.getByRole('region', { name: 'Mehr zum Thema' }).getByRole('link')).toHaveText(
    more.map((entry) => entry.title),
  );
});
