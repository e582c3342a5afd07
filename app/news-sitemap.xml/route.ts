import { getPublishedCatalog } from '@/lib/content/catalog';
import { buildNow } from '@/lib/content/publish';
import { newsSitemapEntries, renderNewsSitemap } from '@/lib/syndication/news-sitemap';

export const dynamic = 'force-static';

export function GET(): Response {
  const xml = renderNewsSitemap(newsSitemapEntries(getPublishedCatalog().articles, buildNow()));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
