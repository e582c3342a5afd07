import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PagedListing } from '@/components/PagedListing';
import { getCatalog } from '@/lib/content/catalog';
import { pagedListingMetadata } from '@/lib/seo/metadata';
import { pageCount, paginate } from '@/lib/pagination';
import { pageFromSegments, pageSegments, ressortPath } from '@/lib/paths';
import { ressortBySlug, ressorts } from '@/lib/ressorts';

// A ressort and its later pages (/ressorts/<ressort>/seite/2 …): see app/[[...seite]]/page.tsx.
type Props = { params: Promise<{ ressort: string; seite?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const catalog = getCatalog();
  return ressorts.flatMap((ressort) =>
    Array.from({ length: pageCount(catalog.byRessort(ressort.slug).length) }, (_, index) => ({
      ressort: ressort.slug,
      seite: pageSegments(index + 1),
    })),
  );
}

async function ressortPage(params: Props['params']) {
  const { ressort: slug, seite } = await params;
  const ressort = ressortBySlug(slug);
  const number = pageFromSegments(seite);
  const page = ressort && number !== undefined ? paginate(getCatalog().byRessort(ressort.slug), number) : undefined;
  return ressort && page ? { ressort, page } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await ressortPage(params);
  if (!found) return {};
  const { ressort, page } = found;
  return pagedListingMetadata({
    title: `Ressort ${ressort.name}`,
    description: ressort.description,
    listingPath: ressortPath(ressort.slug),
    page,
  });
}

export default async function RessortPage({ params }: Props) {
  const found = await ressortPage(params);
  if (!found) notFound();
  const { ressort, page } = found;
  return (
    <PagedListing
      kind="Ressort"
      title={ressort.name}
      description={ressort.description}
      listingPath={ressortPath(ressort.slug)}
      page={page}
    />
  );
}
