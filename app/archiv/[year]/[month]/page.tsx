import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { PageIntro } from '@/components/PageIntro';
import { adjacentMonths, archiveMonths } from '@/lib/archive';
import { getCatalog } from '@/lib/content/catalog';
import { formatGermanMonth } from '@/lib/dates';
import { articleCount } from '@/lib/labels';
import { pageMetadata } from '@/lib/seo/metadata';
import { archiveMonthPath, archivePath } from '@/lib/paths';
import { site } from '@/lib/site';
import styles from './page.module.css';

type Props = { params: Promise<{ year: string; month: string }> };

export const dynamicParams = false;

/** Only months with articles get a page: an empty or unknown month answers 404. */
export function generateStaticParams() {
  return archiveMonths(getCatalog().archive()).map(({ year, month }) => ({
    year: String(year),
    month: String(month).padStart(2, '0'),
  }));
}

async function monthOf(params: Props['params']) {
  const { year, month } = await params;
  // Compared as paths, so only the one spelling the site links to matches (12, not 012).
  const path = `${archivePath}/${year}/${month}`;
  return archiveMonths(getCatalog().archive()).find(
    (candidate) => archiveMonthPath(candidate.year, candidate.month) === path,
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await monthOf(params);
  if (!found) return {};
  const name = formatGermanMonth(found.year, found.month);
  return pageMetadata({
    title: `Archiv: ${name}`,
    description: `Alle Artikel von ${site.name} aus dem ${name}, die neuesten zuerst.`,
    path: archiveMonthPath(found.year, found.month),
  });
}

export default async function ArchiveMonthPage({ params }: Props) {
  const found = await monthOf(params);
  if (!found) notFound();
  const { older, newer } = adjacentMonths(getCatalog().archive(), found.year, found.month);
  return (
    <>
      <PageIntro eyebrow="Archiv" title={formatGermanMonth(found.year, found.month)}>
        <p>{articleCount(found.articles.length)} aus diesem Monat, die neuesten zuerst.</p>
      </PageIntro>
      <ArticleList articles={found.articles} />
      <nav aria-label="Weitere Monate" className={styles.nav}>
        <ul>
          {older && (
            <li className={styles.older}>
              <Link href={archiveMonthPath(older.year, older.month)}>
                <span aria-hidden="true">‹ </span>
                <span className="sr-only">Älterer Monat: </span>
                {formatGermanMonth(older.year, older.month)}
              </Link>
            </li>
          )}
          <li className={styles.all}>
            <Link href={archivePath}>Alle Monate</Link>
          </li>
          {newer && (
            <li className={styles.newer}>
              <Link href={archiveMonthPath(newer.year, newer.month)}>
                <span className="sr-only">Neuerer Monat: </span>
                {formatGermanMonth(newer.year, newer.month)}
                <span aria-hidden="true"> ›</span>
              </Link>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}
