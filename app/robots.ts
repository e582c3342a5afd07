import type { MetadataRoute } from 'next';
import { newsSitemapPath } from '@/lib/syndication/news-sitemap';
import { absoluteUrl } from '@/lib/site';
import { sitemapPath } from '@/lib/syndication/sitemap';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [absoluteUrl(sitemapPath), absoluteUrl(newsSitemapPath)],
  };
}
