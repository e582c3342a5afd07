import { expect, test } from './fixtures';
import { fetchServedIndex } from './search-helpers';

// The fixture site as a static export: no server, so a former address is a forwarding page.
test('a former address forwards to the renamed article and names it as canonical', async ({ page, request }) => {
  const html = await (await request.get('/artikel/alte-meldung')).text();
  expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/artikel\/aktuelle-meldung"\/>/);
  expect(html).toMatch(/<link rel="canonical" href="[^"]*\/artikel\/aktuelle-meldung"\/>/);
  expect(html).toMatch(/<meta name="robots" content="noindex, follow"\/>/);

  await page.goto('/artikel/alte-meldung');
  await expect(page).toHaveURL('/artikel/aktuelle-meldung');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testmeldung mit Korrektur und früherer Adresse');
});

test('the exported search index holds only published articles', async ({ request }) => {
  const { articles } = await fetchServedIndex(request);
  expect(articles.map((article) => article.slug).sort()).toEqual(['aktuelle-meldung', 'hintergrund-stueck']);
});

test.describe('drafts and scheduled articles in the export', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  for (const path of ['/artikel/entwurf-geheim', '/artikel/geplant-zukunft', '/themen/geheimthema']) {
    test(`${path} is not exported`, async ({ request }) => {
      expect((await request.get(path)).status()).toBe(404);
    });
  }
});
