import { SiteLink } from '@/components/SiteLink';
import { DatasetFigure } from '@/components/charts/DatasetFigure';
import { PageIntro } from '@/components/PageIntro';
import { getDatasets } from '@/lib/content/catalog';
import { pageMetadata } from '@/lib/seo/metadata';
import { dataPath, timelinePath } from '@/lib/paths';
import styles from './page.module.css';

export const metadata = pageMetadata({
  title: 'Xiaomi Auto in Zahlen',
  description:
    'Auslieferungen, Absatzziele und das Verkaufs- und Servicenetz von Xiaomi Auto in Diagrammen und Tabellen – jede Zahl mit Quelle.',
  path: dataPath,
});

export default function DataPage() {
  const { charts } = getDatasets();
  return (
    <div className="reading-column">
      <PageIntro eyebrow="Daten" title="Xiaomi Auto in Zahlen">
        <p>
          Auslieferungen, Ziele und das Verkaufsnetz von Xiaomis Autosparte auf einen Blick. Jede Zahl stammt aus einer
          genannten Quelle. Wo eine Quelle nur eine Untergrenze nennt – etwa „mehr als 40.000“ –, zeigen wir sie auch
          als Untergrenze.
        </p>
      </PageIntro>
      {charts.length === 0 ? (
        <p className="empty">Hier gibt es noch keine Datensätze.</p>
      ) : (
        <>
          <nav className={styles.toc} aria-label="Auf dieser Seite">
            <ol>
              {charts.map((dataset) => (
                <li key={dataset.id}>
                  <a href={`#${dataset.id}`}>{dataset.title}</a>
                </li>
              ))}
            </ol>
          </nav>
          {charts.map((dataset) => (
            <section
              key={dataset.id}
              id={dataset.id}
              className={styles.section}
              aria-labelledby={`${dataset.id}-ueberschrift`}
            >
              <h2 id={`${dataset.id}-ueberschrift`}>{dataset.title}</h2>
              <p className={styles.description}>{dataset.description}</p>
              <DatasetFigure dataset={dataset} labelledBy={`${dataset.id}-ueberschrift`} />
            </section>
          ))}
        </>
      )}
      <p className="data-page__more">
        Wie es dazu kam, zeigt die <SiteLink href={timelinePath}>Zeitleiste von 2018 bis 2025</SiteLink>.
      </p>
    </div>
  );
}
