import type { MetadataRoute } from 'next';
import { newsSitemapPath, sitemapPath } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    // A robots.txt rule (every path below the root), not a link to the front page.
    rules: { userAgent: '*', allow: '/' },
    sitemap: [absoluteUrl(sitemapPath), absoluteUrl(newsSitemapPath)],
  };
}
