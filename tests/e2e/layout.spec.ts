import { archiveMonthPath } from '@/lib/paths';
import { catalog, expect, test } from './fixtures';

const article = catalog.lead()!;
const screens = [
  { name: 'home', path: '/' },
  { name: 'artikel', path: `/artikel/${article.slug}` },
  { name: 'daten', path: '/daten' },
  { name: 'zeitleiste', path: '/zeitleiste' },
  { name: 'archiv', path: '/archiv' },
];

// Artefacts for a person to look at, not assertions: taken in the matrix tier (CI keeps them), not in every `npm test`.
for (const width of [375, 1280]) {
  for (const screen of screens) {
    test(
      `screenshot of ${screen.name} at ${width} px (saved as a test artefact)`,
      { tag: '@sweep' },
      async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(screen.path);
        await page.evaluate(() => document.fonts.ready);
        const path = testInfo.outputPath(`${screen.name}-${width}.png`);
        await page.screenshot({ path, fullPage: true });
        await testInfo.attach(`${screen.name}-${width}`, { path, contentType: 'image/png' });
      },
    );
  }
}

test('nothing overflows sideways on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const month = catalog.archive()[0]!.months[0]!;
  for (const path of [
    '/',
    `/artikel/${article.slug}`,
    '/themen',
    '/archiv',
    archiveMonthPath(month.year, month.month),
    '/daten',
    '/zeitleiste',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the first Tab reaches the skip link, which jumps to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhalt$/);
});

test('focus is visible on links', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});

test('dark mode switches the colour scheme', async ({ browser }) => {
  const background = async (colorScheme: 'light' | 'dark') => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/');
    const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await context.close();
    return color;
  };
  expect(await background('light')).toBe('rgb(255, 255, 255)');
  expect(await background('dark')).toBe('rgb(21, 23, 26)');
});

test('the self-hosted font is preloaded and no request leaves the site', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) foreign.push(request.url());
  });
  await page.goto(`/artikel/${article.slug}`);
  await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(1);
  await page.evaluate(() => document.fonts.ready);
  expect(foreign).toEqual([]);
});
