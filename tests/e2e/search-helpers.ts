import type { APIRequestContext, Page } from '@playwright/test';
import type { AsPlainObject } from 'minisearch';
import { getPublishedCatalog } from '@/lib/content/catalog';
import { searchIndexPath } from '@/lib/paths';
import { buildSearchIndex } from '@/lib/search/build';
import { loadSearchIndex, searchArticles } from '@/lib/search/engine';
import { readSearchIndexFile } from '@/lib/search/payload';
import { expect } from './fixtures';

/** The site's own search over the published content: what /suche must show for a query. */
const index = loadSearchIndex(buildSearchIndex(getPublishedCatalog()));

export function expectedHits(query: string) {
  return searchArticles(index, query);
}

/** The served search index, unpacked the way the browser does it. */
export async function fetchSearchIndex(request: APIRequestContext): Promise<{ text: string; index: AsPlainObject }> {
  const response = await request.get(searchIndexPath);
  expect(response.status(), searchIndexPath).toBe(200);
  const body = await response.body();
  const index = await readSearchIndexFile(
    body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
  );
  return { text: JSON.stringify(index), index };
}

export const searchField = (page: Page) => page.getByRole('searchbox', { name: 'Suchbegriff' });
export const searchResults = (page: Page) => page.getByRole('list', { name: 'Suchergebnisse' });

/** Types a query and waits until the page announces the hits, checking they are the engine's, in order. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await searchField(page).fill(query);
  await expectResultsFor(page, query);
}

export async function expectResultsFor(page: Page, query: string): Promise<void> {
  const hits = expectedHits(query);
  expect(hits.length, `„${query}“ should find something in content/artikel`).toBeGreaterThan(0);
  await expect(page.getByRole('status')).toHaveText(`${hits.length} Treffer für „${query}“`);
  await expect(searchResults(page).getByRole('heading', { level: 2 })).toHaveText(hits.map((hit) => hit.title));
}
