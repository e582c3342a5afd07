import { getPublishedCatalog } from '@/lib/content/catalog';
import { searchIndexFile } from '@/lib/search/build';
import { searchIndexContentType } from '@/lib/search/payload';

export const dynamic = 'force-static';

/** The search index for /suche, made and compressed at build time: a file like any other in the static export. */
export function GET(): Response {
  return new Response(searchIndexFile(getPublishedCatalog()), { headers: { 'Content-Type': searchIndexContentType } });
}
