import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { ArticleTeaser } from '@/components/ArticleTeaser';
import { JsonLd } from '@/components/JsonLd';
import { PageIntro } from '@/components/PageIntro';
import { Pagination } from '@/components/Pagination';
import { getCatalog } from '@/lib/content/catalog';
import { pagedListingMetadata } from '@/lib/seo/metadata';
import { pageCount, paginate } from '@/lib/pagination';
import { homePath, pageFromSegments, pageSegments, topicPath } from '@/lib/paths';
import { site } from '@/lib/site';
import { organizationJsonLd, websiteJsonLd } from '@/lib/seo/structured-data';

// The home page and its later pages (/seite/2 …) in one optional catch-all route: it always has at
// least one page to generate, which a static export requires of every dynamic route.
type Props = { params: Promise<{ seite?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const count = pageCount(getCatalog().frontPage().length);
  return Array.from({ length: count }, (_, index) => ({ seite: pageSegments(index + 1) }));
}

async function pageOf(params: Props['params']) {
  const number = pageFromSegments((await params).seite);
  return number === undefined ? undefined : paginate(getCatalog().frontPage(), number);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await pageOf(params);
  if (!page) return {};
  return pagedListingMetadata({
    title: page.number > 1 ? 'Neueste Artikel' : undefined,
    description: page.number > 1 ? `Alle Artikel von ${site.name}, die neuesten zuerst.` : site.description,
    listingPath: homePath,
    page,
  });
}

export default async function HomePage({ params }: Props) {
  const page = await pageOf(params);
  if (!page) notFound();
  if (page.number > 1) {
    return (
      <>
        <PageIntro eyebrow={`Seite ${page.number} von ${page.count}`} title="Neueste Artikel" />
        <ArticleList articles={page.items} />
        <Pagination listingPath={homePath} page={page} />
      </>
    );
  }
  // Page 1: the lead story (the first item) on its own, then the rest of the page's teasers.
  const [lead, ...rest] = page.items;
  const catalog = getCatalog();
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <JsonLd data={organizationJsonLd()} />
      <h1 className="sr-only">
        {site.name} – {site.tagline}
      </h1>
      {lead && (
        <section aria-label="Aufmacher" className="lead">
          <ArticleTeaser article={lead} lead />
        </section>
      )}
      <nav aria-label="Nach Thema filtern" className="tag-filter">
        <h2 className="tag-filter__title">Themen</h2>
        <ul className="tag-list">
          {catalog.tagCounts().map(({ tag, count }) => (
            <li key={tag.slug}>
              {/* Like TagList: no prefetch of every topic in the list. */}
              <Link href={topicPath(tag.slug)} className="tag" prefetch={false}>
                {tag.name} <span className="tag__count">({count})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="neueste">
        <h2 id="neueste" className="section-title">
          Neueste Artikel
        </h2>
        <ArticleList articles={rest} as="h3" />
      </section>
      <Pagination listingPath={homePath} page={page} />
    </>
  );
}
