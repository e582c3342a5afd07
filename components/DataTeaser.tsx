import { SiteLink } from '@/components/SiteLink';
import { formatGermanDate } from '@/lib/dates';
import { formatValue } from '@/lib/charts/format';
import { headlineFigure, type Datasets } from '@/lib/content/datasets';
import { dataPath, timelinePath } from '@/lib/paths';
import styles from './DataTeaser.module.css';

/**
 * The home page's way into "Xiaomi Auto in Zahlen" and the timeline (issue 18): one number per
 * dataset (its largest result, lib/content/datasets.ts), each leading to its chart on /daten.
 */
export function DataTeaser({ datasets }: { datasets: Datasets }) {
  const figures = datasets.charts.flatMap((dataset) => {
    const row = headlineFigure(dataset);
    return row ? [{ dataset, row }] : [];
  });
  if (figures.length === 0 && !datasets.timeline) return null;
  const asOf = datasets.charts
    .map((dataset) => dataset.asOf)
    .filter((date) => date !== undefined)
    .reduce<(typeof datasets.charts)[number]['asOf']>(
      (latest, date) => (!latest || date.instant > latest.instant ? date : latest),
      undefined,
    );
  return (
    <aside className={`data-teaser ${styles.box}`} aria-labelledby="in-zahlen">
      <h2 id="in-zahlen" className={styles.title}>
        <SiteLink href={dataPath}>Xiaomi Auto in Zahlen</SiteLink>
      </h2>
      {figures.length > 0 && (
        <dl className={styles.figures}>
          {figures.map(({ dataset, row }) => (
            <div key={dataset.id} className={styles.figure}>
              <dt>
                <SiteLink href={`${dataPath}#${dataset.id}`}>{row.label}</SiteLink>
                <span className={styles.context}>{dataset.title}</span>
              </dt>
              <dd className={styles.value}>{formatValue(row)}</dd>
            </div>
          ))}
        </dl>
      )}
      {asOf && <p className={styles.asOf}>Stand: {formatGermanDate(asOf)}</p>}
      <ul className={styles.links}>
        <li>
          <SiteLink href={dataPath}>Alle Diagramme mit Quellen</SiteLink>
        </li>
        {datasets.timeline && (
          <li>
            <SiteLink href={timelinePath}>Zeitleiste: {datasets.timeline.title}</SiteLink>
          </li>
        )}
      </ul>
    </aside>
  );
}
