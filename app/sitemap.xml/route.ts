import { getPublishedCatalog } from '@/lib/content/catalog';
import { renderSitemapIndex, sitemapContentType, sitemapFiles } from '@/lib/syndication/sitemap';

export const dynamic = 'force-static';

/** The sitemap index: robots.txt names it, it names the sitemap files (app/sitemaps/[datei]). */
export function GET(): Response {
  return new Response(renderSitemapIndex(sitemapFiles(getPublishedCatalog())), {
    headers: { 'Content-Type': sitemapContentType },
  });
}
