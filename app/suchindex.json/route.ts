import { getPublishedCatalog } from '@/lib/content/catalog';
import { buildSearchIndex } from '@/lib/search/build';

export const dynamic = 'force-static';

/** The search index for /suche, made at build time: a file like any other in the static export. */
export function GET(): Response {
  return Response.json(buildSearchIndex(getPublishedCatalog()));
}
