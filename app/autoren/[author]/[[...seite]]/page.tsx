import type { Metadata } from 'next';
import { SiteLink } from '@/components/SiteLink';
import { notFound } from 'next/navigation';
import { AuthorLinks } from '@/components/AuthorLinks';
import { JsonLd } from '@/components/JsonLd';
import { PagedListing } from '@/components/PagedListing';
import { getCatalog } from '@/lib/content/catalog';
import { pagedListingMetadata } from '@/lib/seo/metadata';
import { pageCount, paginate } from '@/lib/pagination';
import { authorPath, newsroomPath, pageFromSegments, pageSegments } from '@/lib/paths';
import { profilePageJsonLd } from '@/lib/seo/structured-data';

// An author and their later pages (/autoren/<slug>/seite/2 …): see app/[[...seite]]/page.tsx.
// Like a topic, an author has a page only once they have a visible article.
type Props = { params: Promise<{ author: string; seite?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const catalog = getCatalog();
  return catalog.authorsWithArticles().flatMap((author) =>
    Array.from({ length: pageCount(catalog.byAuthor(author.slug).length) }, (_, index) => ({
      author: author.slug,
      seite: pageSegments(index + 1),
    })),
  );
}

async function authorPage(params: Props['params']) {
  const { author: slug, seite } = await params;
  const catalog = getCatalog();
  const author = catalog.authorsWithArticles().find((candidate) => candidate.slug === slug);
  const number = pageFromSegments(seite);
  const page = author && number !== undefined ? paginate(catalog.byAuthor(author.slug), number) : undefined;
  return author && page ? { author, page } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await authorPage(params);
  if (!found) return {};
  const { author, page } = found;
  return pagedListingMetadata({
    title: author.name,
    description: author.bio,
    listingPath: authorPath(author.slug),
    page,
  });
}

export default async function AuthorPage({ params }: Props) {
  const found = await authorPage(params);
  if (!found) notFound();
  const { author, page } = found;
  return (
    <>
      {page.number === 1 && <JsonLd data={profilePageJsonLd(author)} />}
      <PagedListing
        kind={author.role}
        title={author.name}
        description={author.bio}
        listingPath={authorPath(author.slug)}
        page={page}
      >
        <AuthorLinks author={author} />
        <p>
          <SiteLink href={newsroomPath}>Wie die Redaktion arbeitet</SiteLink>: Quellen, Kontakt und Korrekturen.
        </p>
      </PagedListing>
    </>
  );
}
