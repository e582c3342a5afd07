import type { Metadata } from 'next';
import { SiteLink } from '@/components/SiteLink';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { PageIntro } from '@/components/PageIntro';
import { Pagination } from '@/components/Pagination';
import { adjacentMonths, archiveMonthPages, archiveMonths } from '@/lib/archive';
import { getCatalog } from '@/lib/content/catalog';
import { formatGermanMonth } from '@/lib/dates';
import { articleCount } from '@/lib/labels';
import { paginate } from '@/lib/pagination';
import { pagedListingMetadata } from '@/lib/seo/metadata';
import { archiveMonthPath, archivePath, pageFromSegments, pageSegments } from '@/lib/paths';
import { site } from '@/lib/site';
import styles from './page.module.css';

// A month of the archive and its later pages (/archiv/<jahr>/<monat>/seite/2 …): paged like every
// other listing, see app/[[...seite]]/page.tsx.
type Props = { params: Promise<{ year: string; month: string; seite?: string[] }> };

export const dynamicParams = false;

/** Only months with articles get a page, and only as many pages as they fill: anything else answers 404. */
export function generateStaticParams() {
  return archiveMonthPages(getCatalog().archive()).map(({ year, month, page }) => ({
    year: String(year),
    month: String(month).padStart(2, '0'),
    seite: pageSegments(page),
  }));
}

async function monthPage(params: Props['params']) {
  const { year, month, seite } = await params;
  // Compared as paths, so only the one spelling the site links to matches (12, not 012).
  const path = `${archivePath}/${year}/${month}`;
  const found = archiveMonths(getCatalog().archive()).find(
    (candidate) => archiveMonthPath(candidate.year, candidate.month) === path,
  );
  const number = pageFromSegments(seite);
  const page = found && number !== undefined ? paginate(found.articles, number) : undefined;
  return found && page ? { ...found, page } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await monthPage(params);
  if (!found) return {};
  const name = formatGermanMonth(found.year, found.month);
  return pagedListingMetadata({
    title: `Archiv: ${name}`,
    description: `Alle Artikel von ${site.name} aus dem ${name}, die neuesten zuerst.`,
    listingPath: archiveMonthPath(found.year, found.month),
    page: found.page,
  });
}

export default async function ArchiveMonthPage({ params }: Props) {
  const found = await monthPage(params);
  if (!found) notFound();
  const { year, month, articles, page } = found;
  const { older, newer } = adjacentMonths(getCatalog().archive(), year, month);
  const listingPath = archiveMonthPath(year, month);
  return (
    <>
      <PageIntro
        eyebrow={page.number > 1 ? `Archiv · Seite ${page.number} von ${page.count}` : 'Archiv'}
        title={formatGermanMonth(year, month)}
      >
        <p>{articleCount(articles.length)} aus diesem Monat, die neuesten zuerst.</p>
      </PageIntro>
      <ArticleList articles={page.items} />
      <Pagination listingPath={listingPath} page={page} />
      <nav aria-label="Weitere Monate" className={styles.nav}>
        <ul>
          {older && (
            <li className={styles.older}>
              <SiteLink href={archiveMonthPath(older.year, older.month)}>
                <span aria-hidden="true">‹ </span>
                <span className="sr-only">Älterer Monat: </span>
                {formatGermanMonth(older.year, older.month)}
              </SiteLink>
            </li>
          )}
          <li className={styles.all}>
            <SiteLink href={archivePath}>Alle Monate</SiteLink>
          </li>
          {newer && (
            <li className={styles.newer}>
              <SiteLink href={archiveMonthPath(newer.year, newer.month)}>
                <span className="sr-only">Neuerer Monat: </span>
                {formatGermanMonth(newer.year, newer.month)}
                <span aria-hidden="true"> ›</span>
              </SiteLink>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}
