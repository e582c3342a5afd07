import { ImageResponse } from 'next/og';
import { LogoImage } from '@/components/ShareImage';
import { brandMarkDataUri } from '@/lib/share-image/brand-mark';
import { logoImageSize } from '@/lib/share-image/layout';

// The publisher logo for structured data (site.publisher.logoPath): search engines ignore SVG logos,
// so the mark of app/icon.svg is rendered to PNG once at build time.
export const dynamic = 'force-static';

export async function GET() {
  return new ImageResponse(
    <LogoImage brandMark={await brandMarkDataUri()} size={logoImageSize.width} />,
    logoImageSize,
  );
}
