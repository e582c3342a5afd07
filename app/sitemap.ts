import type { MetadataRoute } from 'next';
import { getPublishedCatalog } from '@/lib/content/catalog';
import { sitemapEntries } from '@/lib/syndication/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getPublishedCatalog());
}
