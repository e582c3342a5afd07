import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PagedListing } from '@/components/PagedListing';
import { getCatalog } from '@/lib/content/catalog';
import { pagedListingMetadata } from '@/lib/seo/metadata';
import { pageCount, paginate } from '@/lib/pagination';
import { pageFromSegments, pageSegments, topicPath } from '@/lib/paths';

// A topic and its later pages (/themen/<tag>/seite/2 …): see app/[[...seite]]/page.tsx.
type Props = { params: Promise<{ tag: string; seite?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const catalog = getCatalog();
  return catalog
    .tagCounts()
    .flatMap(({ tag, count }) =>
      Array.from({ length: pageCount(count) }, (_, index) => ({ tag: tag.slug, seite: pageSegments(index + 1) })),
    );
}

async function topicPage(params: Props['params']) {
  const { tag: slug, seite } = await params;
  const catalog = getCatalog();
  const tag = catalog.vocabulary.withSlug(slug);
  const number = pageFromSegments(seite);
  const page = tag && number !== undefined ? paginate(catalog.byTag(tag.slug), number) : undefined;
  return tag && page ? { tag, page } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await topicPage(params);
  if (!found) return {};
  const { tag, page } = found;
  return pagedListingMetadata({
    title: `Thema: ${tag.name}`,
    description: tag.description,
    listingPath: topicPath(tag.slug),
    page,
    topicFeed: tag,
  });
}

export default async function TopicPage({ params }: Props) {
  const found = await topicPage(params);
  if (!found) notFound();
  const { tag, page } = found;
  return (
    <PagedListing
      kind="Thema"
      title={tag.name}
      description={tag.description}
      listingPath={topicPath(tag.slug)}
      page={page}
    />
  );
}
