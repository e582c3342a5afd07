import { getPublishedCatalog } from '@/lib/content/catalog';
import { renderSitemap, sitemapContentType, sitemapFile, sitemapFiles } from '@/lib/syndication/sitemap';

// One sitemap file, /sitemaps/<name>.xml (names: lib/syndication/sitemap.ts), each its own static file.
type Context = { params: Promise<{ datei: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

const extension = '.xml';

export function generateStaticParams() {
  return sitemapFiles(getPublishedCatalog()).map((file) => ({ datei: `${file.name}${extension}` }));
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { datei } = await params;
  const file = datei.endsWith(extension)
    ? sitemapFile(getPublishedCatalog(), datei.slice(0, -extension.length))
    : undefined;
  // dynamicParams = false already answers unknown files with 404; this guards direct calls.
  if (!file) return new Response('Diese Sitemap gibt es nicht.', { status: 404 });
  return new Response(renderSitemap(file), { headers: { 'Content-Type': sitemapContentType } });
}
