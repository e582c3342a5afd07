import { ImageResponse } from 'next/og';
import { ArticleShareImage } from '@/components/ShareImage';
import { getCatalog } from '@/lib/content/catalog';
import { brandMarkDataUri } from '@/lib/share-image/brand-mark';
import { shareImageFonts } from '@/lib/share-image/fonts';
import { shareImageSize } from '@/lib/share-image/layout';

// One 1200×630 share card per article, rendered at build time. A route named *.png (rather than
// Next's opengraph-image convention, whose exported files lack an extension) is a real .png file in
// the static export too, so every host sends it as image/png.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().articles.map((article) => ({ slug: article.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getCatalog().bySlug((await params).slug);
  if (!article) return new Response('Nicht gefunden', { status: 404 });
  return new ImageResponse(<ArticleShareImage article={article} brandMark={await brandMarkDataUri()} />, {
    ...shareImageSize,
    fonts: await shareImageFonts(),
  });
}
