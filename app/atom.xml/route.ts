import { getPublishedCatalog } from '@/lib/content/catalog';
import { feedContentTypes, renderAtom } from '@/lib/syndication/feed-formats';
import { buildFeed, siteChannel } from '@/lib/syndication/feeds';

export const dynamic = 'force-static';

export function GET(): Response {
  const feed = buildFeed(siteChannel, getPublishedCatalog().articles);
  return new Response(renderAtom(feed), { headers: { 'Content-Type': feedContentTypes.atom } });
}
