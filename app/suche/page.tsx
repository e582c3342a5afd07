import Link from 'next/link';
import { PageIntro } from '@/components/PageIntro';
import { SiteSearch } from '@/components/SiteSearch';
import { pageMetadata } from '@/lib/seo/metadata';
import { archivePath, ressortPath, searchPath, topicsPath } from '@/lib/paths';
import { ressorts } from '@/lib/ressorts';
import { site } from '@/lib/site';
import styles from './page.module.css';

export const metadata = pageMetadata({
  title: 'Suche',
  description: `Volltextsuche in allen Artikeln von ${site.name}: Überschriften, Vorspann und Text – von IKEA und Samsung bis zu den Auslieferungen des SU7 und YU7.`,
  path: searchPath,
});

export default function SearchPage() {
  return (
    <>
      <PageIntro title="Suche">
        <p>Durchsucht Überschriften, Vorspann und Text aller Artikel.</p>
      </PageIntro>
      <div className={styles.search}>
        <SiteSearch />
      </div>
      {/* Without JavaScript the form still submits, but only the browser could search: say so and offer the ways to browse. */}
      <noscript>
        <div className={`search-noscript ${styles.noscript}`}>
          <p>
            <strong>Die Suche braucht JavaScript,</strong> das in Ihrem Browser ausgeschaltet ist. Alle Artikel finden
            Sie auch ohne Suche:
          </p>
          <ul>
            <li>
              nach <Link href={topicsPath}>Themen</Link> geordnet,
            </li>
            <li>
              in den Ressorts{' '}
              {ressorts.map((ressort, position) => (
                <span key={ressort.slug}>
                  {position > 0 && (position === ressorts.length - 1 ? ' und ' : ', ')}
                  <Link href={ressortPath(ressort.slug)}>{ressort.name}</Link>
                </span>
              ))}
              ,
            </li>
            <li>
              oder im <Link href={archivePath}>Archiv</Link> aller Artikel.
            </li>
          </ul>
        </div>
      </noscript>
    </>
  );
}
