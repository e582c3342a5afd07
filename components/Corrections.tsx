import type { Article } from '@/lib/content/article';
import { DateLine } from './DateLine';
import { pageIds } from '@/lib/page-ids';
import styles from './Corrections.module.css';

/** Corrections are published openly under the article, newest first. */
export function Corrections({ corrections }: { corrections: Article['corrections'] }) {
  if (corrections.length === 0) return null;
  const newestFirst = corrections.toSorted((a, b) => b.date.instant.getTime() - a.date.instant.getTime());
  return (
    <section className={styles.corrections} aria-labelledby={pageIds.corrections}>
      <h2 id={pageIds.corrections}>{corrections.length === 1 ? 'Korrektur' : 'Korrekturen'}</h2>
      <ul>
        {newestFirst.map((correction) => (
          <li key={`${correction.date.instant.toISOString()}|${correction.text}`}>
            <DateLine date={correction.date} withTime />: {correction.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
