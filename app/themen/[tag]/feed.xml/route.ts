import { getPublishedCatalog } from '@/lib/content/catalog';
import { feedContentTypes, renderRss } from '@/lib/syndication/feed-formats';
import { buildFeed, topicChannel } from '@/lib/syndication/feeds';

type Context = { params: Promise<{ tag: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One RSS feed per topic with published articles, like the topic pages themselves. */
export function generateStaticParams() {
  return getPublishedCatalog()
    .tagCounts()
    .map(({ tag }) => ({ tag: tag.slug }));
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const catalog = getPublishedCatalog();
  const tag = catalog.vocabulary.withSlug((await params).tag);
  const articles = tag ? catalog.byTag(tag.slug) : [];
  // dynamicParams = false already answers unknown topics with 404; this guards direct calls.
  if (!tag || articles.length === 0) return new Response('Dieses Thema gibt es nicht.', { status: 404 });
  return new Response(renderRss(buildFeed(topicChannel(tag), articles)), {
    headers: { 'Content-Type': feedContentTypes.rss },
  });
}
