import { SiteLink } from '@/components/SiteLink';
import { PageIntro } from '@/components/PageIntro';
import { getCatalog } from '@/lib/content/catalog';
import { germanMonthName } from '@/lib/dates';
import { articleCount } from '@/lib/labels';
import { pageMetadata } from '@/lib/seo/metadata';
import { archiveMonthPath, archivePath } from '@/lib/paths';
import { site } from '@/lib/site';
import styles from './page.module.css';

export const metadata = pageMetadata({
  title: 'Archiv',
  description: `Alle Artikel von ${site.name} nach Jahr und Monat, die neuesten zuerst.`,
  path: archivePath,
});

export default function ArchivePage() {
  const catalog = getCatalog();
  const years = catalog.archive();
  return (
    <>
      <PageIntro title="Archiv">
        <p>Alle {articleCount(catalog.articles.length)} nach Erscheinungsmonat, die neuesten zuerst.</p>
      </PageIntro>
      {years.length > 1 && (
        <nav aria-label="Jahre im Archiv" className={styles.years}>
          <ul>
            {years.map(({ year }) => (
              <li key={year}>
                <a href={`#jahr-${year}`}>{year}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {years.map(({ year, count, months }) => (
        <section key={year} className={`archive-year ${styles.year}`} aria-labelledby={`jahr-${year}`}>
          <h2 id={`jahr-${year}`}>
            {year} <span className={styles.count}>{articleCount(count)}</span>
          </h2>
          <ul className={`archive-months ${styles.months}`}>
            {months.map(({ month, articles }) => (
              <li key={month}>
                <SiteLink href={archiveMonthPath(year, month)}>
                  {germanMonthName(month)}
                  <span className="sr-only"> {year}</span>
                </SiteLink>{' '}
                <span className={styles.count}>{articleCount(articles.length)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {years.length === 0 && <p className="empty">Hier gibt es noch keine Artikel.</p>}
    </>
  );
}
