import type { APIRequestContext, Page } from '@playwright/test';
import { getPublishedCatalog } from '@/lib/content/catalog';
import {
  searchArticlesPath,
  searchIndexDirectory,
  searchManifestPath,
  searchTermsPath,
  searchTextsPath,
  searchWordsPath,
} from '@/lib/paths';
import type { ArticleFile, SearchManifest } from '@/lib/search/index-format';
import { searchIndexOf } from '@/lib/search/build';
import { SearchIndex, type SearchAnswer } from '@/lib/search/engine';
import { readSearchIndexFile } from '@/lib/search/payload';
import { expect } from './fixtures';

/** The index files the build makes for the published content: path → JSON content. */
export const builtIndexFiles = () => searchIndexOf(getPublishedCatalog()).files;

/** The site's own search over the published content: what /suche must show for a query. */
let index: Promise<SearchIndex> | undefined;

export async function expectedAnswer(query: string): Promise<SearchAnswer> {
  index ??= SearchIndex.open(async (path) => {
    const content = builtIndexFiles().get(path);
    if (content === undefined) throw new Error(`${path} gibt es nicht`);
    return content;
  });
  return (await index).search(query);
}

/** The titles of the hits /suche shows for a query, best first. */
export async function expectedTitles(query: string): Promise<string[]> {
  return (await expectedAnswer(query)).hits.map((hit) => hit.title);
}

/** One served index file, unpacked the way the browser does it. */
export async function fetchIndexFile(request: APIRequestContext, path: string): Promise<unknown> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const body = await response.body();
  return readSearchIndexFile(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
}

/**
 * The whole served index: the table of contents, every term and word file it names, and the article
 * and text files from the first group on until the server has no more. `text` is all of it as JSON.
 */
export async function fetchServedIndex(
  request: APIRequestContext,
): Promise<{ text: string; articles: ArticleFile['articles'] }> {
  const manifest = (await fetchIndexFile(request, searchManifestPath)) as SearchManifest;
  const files: unknown[] = [manifest];
  for (const key of manifest.terms) files.push(await fetchIndexFile(request, searchTermsPath(key)));
  for (const key of manifest.words) files.push(await fetchIndexFile(request, searchWordsPath(key)));
  const articles: ArticleFile['articles'] = [];
  for (let group = 0; (await request.get(searchArticlesPath(group))).ok(); group++) {
    const file = (await fetchIndexFile(request, searchArticlesPath(group))) as ArticleFile;
    articles.push(...file.articles);
    files.push(file, await fetchIndexFile(request, searchTextsPath(group)));
  }
  return { text: JSON.stringify(files), articles };
}

/** Records the paths of the index files a page requests, in order. */
export function recordIndexRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith(`${searchIndexDirectory}/`)) requested.push(pathname);
  });
  return requested;
}

export const searchField = (page: Page) => page.getByRole('searchbox', { name: 'Suchbegriff' });
export const searchResults = (page: Page) => page.getByRole('list', { name: 'Suchergebnisse' });

/** Types a query and waits until the page announces the hits, checking they are the engine's, in order. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await searchField(page).fill(query);
  await expectResultsFor(page, query);
}

export async function expectResultsFor(page: Page, query: string): Promise<void> {
  const { count, hits } = await expectedAnswer(query);
  expect(count, `„${query}“ should find something in content/artikel`).toBeGreaterThan(0);
  await expect(page.getByRole('status')).toHaveText(`${count} Treffer für „${query}“`);
  await expect(searchResults(page).getByRole('heading', { level: 2 })).toHaveText(hits.map((hit) => hit.title));
}
