import { notFound } from 'next/navigation';
import { ImageResponse } from 'next/og';
import { ArticleShareImage } from '@/components/ShareImage';
import { getCatalog } from '@/lib/content/catalog';
import { brandMarkDataUri } from '@/lib/share-image/brand-mark';
import { shareImageFonts } from '@/lib/share-image/fonts';
import { shareImageSize } from '@/lib/share-image/layout';
import { site } from '@/lib/site';

type Props = { params: Promise<{ slug: string }> };

// One share card per article, rendered at build time like the article pages. (A per-article alt
// would need generateImageMetadata, whose generated static params drop the slugs in Next 16.)
export const alt = `Vorschaubild von ${site.name} mit Dachzeile und Schlagzeile des Artikels`;
export const size = shareImageSize;
export const contentType = 'image/png';
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().articles.map((article) => ({ slug: article.slug }));
}

export default async function Image({ params }: Props) {
  const article = getCatalog().bySlug((await params).slug);
  if (!article) notFound();
  return new ImageResponse(<ArticleShareImage article={article} brandMark={await brandMarkDataUri()} />, { ...size, fonts: await shareImageFonts() });
}
