import { test as base, expect } from '@playwright/test';
import { getCatalog } from '@/lib/content/catalog';
import { ressorts } from '@/lib/ressorts';

/**
 * Every test fails when the page logs a console error or throws. A test that expects an error
 * (the 404 page's own status line) lists it in `allowedConsoleErrors`.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; consoleErrors: string[] }>({
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        const text = `${message.text()} (${message.location().url})`;
        if (message.type() === 'error' && !allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** What the production build publishes, read with the site's own loader. */
export const catalog = getCatalog();

/** Every static URL of the site with the title its page must carry. */
export function allPages(): { path: string; title: string }[] {
  return [
    { path: '/', title: 'Xiaomi im Blick – Nachrichten und Analysen zu Xiaomi' },
    { path: '/themen', title: 'Themen | Xiaomi im Blick' },
    { path: '/daten', title: 'Xiaomi Auto in Zahlen | Xiaomi im Blick' },
    { path: '/zeitleiste', title: 'Zeitleiste | Xiaomi im Blick' },
    { path: '/suche', title: 'Suche | Xiaomi im Blick' },
    { path: '/impressum', title: 'Impressum | Xiaomi im Blick' },
    { path: '/datenschutz', title: 'Datenschutz | Xiaomi im Blick' },
    ...catalog.articles.map((article) => ({ path: `/artikel/${article.slug}`, title: `${article.title} | Xiaomi im Blick` })),
    ...catalog.tagCounts().map(({ tag }) => ({ path: `/themen/${tag.slug}`, title: `Thema: ${tag.name} | Xiaomi im Blick` })),
    ...ressorts.map((ressort) => ({ path: `/ressorts/${ressort.slug}`, title: `Ressort ${ressort.name} | Xiaomi im Blick` })),
  ];
}
