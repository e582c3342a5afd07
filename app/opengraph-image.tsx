import { ImageResponse } from 'next/og';
import { SiteShareImage } from '@/components/ShareImage';
import { brandMarkDataUri } from '@/lib/share-image/brand-mark';
import { shareImageFonts } from '@/lib/share-image/fonts';
import { shareImageSize } from '@/lib/share-image/layout';
import { site } from '@/lib/site';

// The site's share card, for the home page and every page that does not set its own openGraph.
export const alt = `${site.name} – ${site.tagline}`;
export const size = shareImageSize;
export const contentType = 'image/png';
export const dynamic = 'force-static';

export default async function Image() {
  return new ImageResponse(<SiteShareImage brandMark={await brandMarkDataUri()} />, { ...size, fonts: await shareImageFonts() });
}
