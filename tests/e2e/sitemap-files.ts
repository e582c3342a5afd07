import type { APIRequestContext } from '@playwright/test';
import { sitemapPath } from '@/lib/paths';
import { parseXml } from '../parse-xml';
import { expect } from './fixtures';

type SitemapIndex = { sitemapindex: { sitemap?: { loc: string }[] } };
type UrlSet = { urlset: { url?: { loc: string }[] } };

/**
 * The sitemap as a crawler reads it: the index at /sitemap.xml, then every file it names. Each file
 * must answer 200 and be a well-formed <urlset>; `urls` are all their addresses in order.
 */
export async function readSitemaps(
  request: APIRequestContext,
): Promise<{ index: string; files: { path: string; xml: string }[]; urls: string[] }> {
  const response = await request.get(sitemapPath);
  expect(response.status(), sitemapPath).toBe(200);
  const index = await response.text();
  const files: { path: string; xml: string }[] = [];
  const urls: string[] = [];
  for (const { loc } of parseXml<SitemapIndex>(index).sitemapindex.sitemap ?? []) {
    const path = new URL(loc).pathname;
    const file = await request.get(path);
    expect(file.status(), path).toBe(200);
    const xml = await file.text();
    files.push({ path, xml });
    urls.push(...(parseXml<UrlSet>(xml).urlset.url ?? []).map((url) => url.loc));
  }
  return { index, files, urls };
}
