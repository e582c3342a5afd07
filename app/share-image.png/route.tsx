import { ImageResponse } from 'next/og';
import { SiteShareImage } from '@/components/ShareImage';
import { brandMarkDataUri } from '@/lib/share-image/brand-mark';
import { shareImageFonts } from '@/lib/share-image/fonts';
import { shareImageSize } from '@/lib/share-image/layout';

// The site's share card: the home page's and that of every page except articles (lib/seo/metadata.ts).
export const dynamic = 'force-static';

export async function GET() {
  return new ImageResponse(<SiteShareImage brandMark={await brandMarkDataUri()} />, {
    ...shareImageSize,
    fonts: await shareImageFonts(),
  });
}
