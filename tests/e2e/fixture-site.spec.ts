import { XMLParser } from 'fast-xml-parser';
import { expect, test } from './fixtures';
import { fetchServedIndex } from './search-helpers';
import { readSitemaps } from './sitemap-files';

// The fixture site (tests/fixtures/site) is built with "now" = 2 December 2025, 12:00 in Berlin.
const published = ['/artikel/aktuelle-meldung', '/artikel/hintergrund-stueck'];
const hidden = ['/artikel/entwurf-geheim', '/artikel/geplant-zukunft'];
const hiddenTitles = ['Testentwurf, der nirgends erscheinen darf', 'Geplanter Testartikel für nach dem Build'];

test.describe('the publish rule on a production build', () => {
  test('lists only published articles on home, topic and ressort pages', async ({ page }) => {
    for (const path of [
      '/',
      '/themen',
      '/themen/elektroautos',
      '/themen/su7',
      '/ressorts/zahlen',
      '/ressorts/technik',
    ]) {
      await page.goto(path);
      for (const title of hiddenTitles) await expect(page.getByText(title), `${title} on ${path}`).toHaveCount(0);
    }
    await page.goto('/');
    for (const path of published) await expect(page.locator(`a[href="${path}"]`).first()).toBeVisible();
    await page.goto('/themen');
    await expect(page.getByRole('link', { name: 'Geheimthema' })).toHaveCount(0);
  });

  test.describe('pages of drafts, scheduled articles and draft-only topics', () => {
    test.use({ allowedConsoleErrors: [/status of 404/] });
    for (const path of [...hidden, '/themen/geheimthema', '/themen/geheimthema/feed.xml']) {
      test(`${path} does not exist`, async ({ request }) => {
        expect((await request.get(path)).status()).toBe(404);
      });
    }
  });

  test('keeps drafts and scheduled articles out of every feed, sitemap and the search index', async ({ request }) => {
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/news-sitemap.xml', '/themen/elektroautos/feed.xml']) {
      const body = await (await request.get(path)).text();
      for (const slug of ['entwurf-geheim', 'geplant-zukunft']) expect(body, `${slug} in ${path}`).not.toContain(slug);
    }
    const sitemaps = await readSitemaps(request);
    for (const { path, xml } of [{ path: '/sitemap.xml', xml: sitemaps.index }, ...sitemaps.files])
      for (const slug of ['entwurf-geheim', 'geplant-zukunft']) expect(xml, `${slug} in ${path}`).not.toContain(slug);
    expect(sitemaps.urls.filter((url) => url.endsWith('/artikel/aktuelle-meldung'))).toHaveLength(1);
    const { text, articles } = await fetchServedIndex(request);
    expect(articles.map((article) => article.slug).sort()).toEqual(['aktuelle-meldung', 'hintergrund-stueck']);
    for (const slug of ['entwurf-geheim', 'geplant-zukunft'])
      expect(text, `${slug} in the search index`).not.toContain(slug);
  });

  test('the search finds published articles, never a draft or a scheduled one', async ({ page }) => {
    await page.goto('/suche?q=Testentwurf');
    await expect(page.getByRole('status')).toHaveText('Keine Treffer für „Testentwurf“.');
    await page.goto('/suche?q=Geplanter');
    await expect(page.getByRole('status')).toHaveText('Keine Treffer für „Geplanter“.');
    await page.goto('/suche?q=Testhintergrund');
    await expect(page.getByRole('status')).toHaveText('1 Treffer für „Testhintergrund“');
  });

  test('puts only the article of the last two days into the news sitemap', async ({ request }) => {
    const xml = new XMLParser({ isArray: (name) => name === 'url' }).parse(
      await (await request.get('/news-sitemap.xml')).text(),
    );
    const locations = (xml.urlset.url as { loc: string }[]).map((entry) => new URL(entry.loc).pathname);
    expect(locations).toEqual(['/artikel/aktuelle-meldung']);
  });
});

test.describe('the publish rule in the archive and the article navigation', () => {
  test('counts and lists only published articles per month', async ({ page }) => {
    await page.goto('/archiv');
    await expect(page.locator('.archive-year h2')).toHaveText(['2025 2 Artikel']);
    await expect(page.locator('.archive-months li')).toHaveText(['Dezember 2025 1 Artikel', 'November 2025 1 Artikel']);
    await page.goto('/archiv/2025/11');
    await expect(page.getByRole('main').locator('.teaser__title')).toHaveText(['Testhintergrund mit Aktualisierung']);
  });

  test('previous and next article skip the draft and the scheduled article', async ({ page }) => {
    await page.goto('/artikel/hintergrund-stueck');
    const nav = page.getByRole('navigation', { name: 'Vorheriger und nächster Artikel' });
    await expect(nav.getByRole('link')).toHaveCount(1);
    await expect(nav.getByRole('link', { name: /^Nächster Artikel/ })).toHaveAttribute(
      'href',
      '/artikel/aktuelle-meldung',
    );
    await page.goto('/artikel/aktuelle-meldung');
    await expect(nav.getByRole('link')).toHaveCount(1);
    await expect(nav.getByRole('link', { name: /^Vorheriger Artikel/ })).toHaveAttribute(
      'href',
      '/artikel/hintergrund-stueck',
    );
  });
});

test.describe('corrections', () => {
  test('appear in a "Korrektur" box and move the modification date forward', async ({ page }) => {
    await page.goto('/artikel/aktuelle-meldung');
    const box = page.getByRole('region', { name: 'Korrektur' });
    await expect(box).toContainText('In einer früheren Fassung stand eine falsche Zahl; sie ist berichtigt.');
    await expect(box.locator('time')).toHaveAttribute('datetime', '2025-12-02T10:00:00+01:00');
    await expect(page.locator('.byline')).toContainText(
      '1. Dezember 2025, 9:30 Uhr · Aktualisiert am 2. Dezember 2025, 10:00 Uhr',
    );
    await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute(
      'content',
      '2025-12-02T10:00:00+01:00',
    );
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as {
      dateModified: string;
    };
    expect(jsonLd.dateModified).toBe('2025-12-02T10:00:00+01:00');
  });

  test('are absent where an article has none; "updated" alone shows as Aktualisiert', async ({ page }) => {
    await page.goto('/artikel/hintergrund-stueck');
    await expect(page.getByRole('region', { name: 'Korrektur' })).toHaveCount(0);
    await expect(page.locator('.byline')).toContainText('20. November 2025 · Aktualisiert am 25. November 2025');
  });
});

test.describe('authors', () => {
  test('the byline leads to the author page, which lists only published articles and names a Person', async ({
    page,
  }) => {
    await page.goto('/artikel/hintergrund-stueck');
    await page.locator('.byline').getByRole('link', { name: 'Anna Beispiel' }).click();
    await expect(page).toHaveURL('/autoren/anna-beispiel');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anna Beispiel');
    await expect(page.getByRole('link', { name: 'Mastodon' })).toHaveAttribute(
      'href',
      'https://mastodon.example/@anna',
    );
    await expect(page.locator('a[href="/artikel/hintergrund-stueck"]').first()).toBeVisible();
    const profile = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as {
      mainEntity: { '@type': string; sameAs: string[] };
    };
    expect(profile.mainEntity['@type']).toBe('Person');
    expect(profile.mainEntity.sameAs).toContain('https://mastodon.example/@anna');
    await page.goto('/autoren/redaktion');
    for (const title of hiddenTitles) await expect(page.getByText(title)).toHaveCount(0);
  });

  test.describe('without a published article', () => {
    test.use({ allowedConsoleErrors: [/status of 404/] });
    test('an author has no page, but is listed on /redaktion', async ({ page }) => {
      expect((await page.goto('/autoren/jonas-muster'))?.status()).toBe(404);
      await page.goto('/redaktion');
      await expect(page.getByRole('heading', { name: 'Jonas Muster' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Jonas Muster' })).toHaveCount(0);
    });
  });
});

test.describe('renamed articles', () => {
  test('answer their old address with a permanent redirect to the new one', async ({ request }) => {
    const response = await request.get('/artikel/alte-meldung', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()['location']).toBe('/artikel/aktuelle-meldung');
  });

  test('are reached by a reader following an old link', async ({ page }) => {
    await page.goto('/artikel/alte-meldung');
    await expect(page).toHaveURL('/artikel/aktuelle-meldung');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testmeldung mit Korrektur und früherer Adresse');
  });
});

test.describe('Impressum and Datenschutzerklärung from complete operator details (tests/fixtures/site/betreiber.yaml)', () => {
  test('show the operator, the person responsible and the host, without the incomplete-details note', async ({
    page,
  }) => {
    await page.goto('/impressum');
    await expect(page.getByText('Angaben noch nicht vollständig')).toHaveCount(0);
    await expect(page.getByText('Beispiel Medien GmbH')).toBeVisible();
    await expect(page.getByRole('link', { name: 'redaktion@example.org' })).toHaveAttribute(
      'href',
      'mailto:redaktion@example.org',
    );
    await page.goto('/datenschutz');
    await expect(page.getByText('Angaben noch nicht vollständig')).toHaveCount(0);
    await expect(page.getByText('Die Website liegt bei Beispiel Hosting AG')).toBeVisible();
  });
});
