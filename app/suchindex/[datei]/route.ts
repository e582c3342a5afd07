import { getPublishedCatalog } from '@/lib/content/catalog';
import { searchIndexFile, searchIndexOf } from '@/lib/search/build';
import { searchIndexContentType } from '@/lib/search/payload';
import { searchIndexDirectory, searchIndexFilePath } from '@/lib/paths';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** Every file of the search index (see lib/search/index-files.ts), made and compressed at build time. */
export function generateStaticParams(): { datei: string }[] {
  return [...searchIndexOf(getPublishedCatalog()).files.keys()].map((path) => ({
    datei: path.slice(searchIndexDirectory.length + 1),
  }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ datei: string }> }): Promise<Response> {
  const file = searchIndexFile(getPublishedCatalog(), searchIndexFilePath((await params).datei));
  if (!file) return new Response('Nicht gefunden', { status: 404 });
  return new Response(file, { headers: { 'Content-Type': searchIndexContentType } });
}
