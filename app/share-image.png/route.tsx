import { SiteShareImage } from '@/components/ShareImage';
import { brandMarkDataUri } from '@/lib/share-image/brand-mark';
import { shareImageResponse } from '@/lib/share-image/response';

// The site's share card: the home page's and that of every page except articles (lib/seo/metadata.ts).
export const dynamic = 'force-static';

export async function GET() {
  return shareImageResponse(<SiteShareImage brandMark={await brandMarkDataUri()} />);
}
