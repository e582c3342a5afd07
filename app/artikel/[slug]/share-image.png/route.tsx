import { ArticleShareImage } from '@/components/ShareImage';
import { getCatalog } from '@/lib/content/catalog';
import { brandMarkDataUri } from '@/lib/share-image/brand-mark';
import { shareImageResponse } from '@/lib/share-image/response';

// One 1200×630 share card per article, rendered at build time. A route named *.png (rather than
// Next's opengraph-image convention, whose exported files lack an extension) is a real .png file in
// the static export too, so every host sends it as image/png. A card that shows the same as in an
// earlier build comes from the cache in .next/cache (lib/share-image/cache.ts).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().articles.map((article) => ({ slug: article.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getCatalog().bySlug((await params).slug);
  if (!article) return new Response('Nicht gefunden', { status: 404 });
  return shareImageResponse(<ArticleShareImage article={article} brandMark={await brandMarkDataUri()} />);
}
