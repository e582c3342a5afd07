import type { Article } from '@/lib/content/article';
import { pageIds } from '@/lib/page-ids';
import styles from './KeyFigures.module.css';

/** "Kennzahlen": the article's key numbers at a glance, as the editor wrote them ("mehr als 400.000"). */
export function KeyFigures({ figures }: { figures: Article['figures'] }) {
  if (figures.length === 0) return null;
  return (
    <section className={styles.keyFigures} aria-labelledby={pageIds.keyFigures}>
      <h2 id={pageIds.keyFigures} className={styles.title}>
        Kennzahlen
      </h2>
      <dl className={styles.list}>
        {figures.map((figure) => (
          <div className={styles.item} key={`${figure.value}|${figure.label}`}>
            <dt className={styles.label}>{figure.label}</dt>
            <dd className={`key-figures__value ${styles.value}`}>{figure.value}</dd>
            {figure.note && <dd className={styles.note}>{figure.note}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
