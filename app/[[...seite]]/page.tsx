import type { Metadata } from 'next';
import { SiteLink } from '@/components/SiteLink';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { ArticleTeaser } from '@/components/ArticleTeaser';
import { DataTeaser } from '@/components/DataTeaser';
import { JsonLd } from '@/components/JsonLd';
import { LeadVisual } from '@/components/LeadVisual';
import { PageIntro } from '@/components/PageIntro';
import { Pagination } from '@/components/Pagination';
import { getCatalog, getDatasets } from '@/lib/content/catalog';
import { pagedListingMetadata } from '@/lib/seo/metadata';
import { pageCount, paginate } from '@/lib/pagination';
import { homePath, pageFromSegments, pageSegments, topicPath, topicsPath } from '@/lib/paths';
import { site } from '@/lib/site';
import { organizationJsonLd, websiteJsonLd } from '@/lib/seo/structured-data';
import styles from './page.module.css';

/** Topics on the home page, below the news: the most used; all of them are on /themen. */
const homeTopics = 8;

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
  // Page 1 (issue 18): news first. The lead story with its chart, then the newest teasers; beside them
  // (below them on phones) the way into the data pages; the most used topics last.
  const [lead, ...rest] = page.items;
  const catalog = getCatalog();
  const datasets = getDatasets();
  const topics = catalog.tagCounts();
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <JsonLd data={organizationJsonLd()} />
      <h1 className="sr-only">
        {site.name} – {site.tagline}
      </h1>
      <div className={styles.home}>
        {lead && (
          <section aria-label="Aufmacher" className={`lead ${styles.lead}`}>
            <ArticleTeaser article={lead} lead />
            <LeadVisual article={lead} datasets={datasets} />
          </section>
        )}
        <section aria-labelledby="neueste" className={styles.latest}>
          <h2 id="neueste" className="section-title">
            Neueste Artikel
          </h2>
          <ArticleList articles={rest} as="h3" />
          <Pagination listingPath={homePath} page={page} />
        </section>
        <div className={styles.aside}>
          <DataTeaser datasets={datasets} />
        </div>
        <nav aria-label="Nach Thema filtern" className={`tag-filter ${styles.topics}`}>
          <h2 className="tag-filter__title">Themen</h2>
          <ul className="tag-list">
            {topics.slice(0, homeTopics).map(({ tag, count }) => (
              <li key={tag.slug}>
                <SiteLink href={topicPath(tag.slug)} className="tag">
                  {tag.name} <span className="tag__count">({count})</span>
                </SiteLink>
              </li>
            ))}
          </ul>
          {topics.length > homeTopics && (
            <p className={styles.allTopics}>
              <SiteLink href={topicsPath}>Alle {topics.length} Themen</SiteLink>
            </p>
          )}
        </nav>
      </div>
    </>
  );
}
