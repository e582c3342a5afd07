import { SiteLink } from '@/components/SiteLink';
import { PageIntro } from '@/components/PageIntro';
import { Timeline } from '@/components/Timeline';
import { getCatalog, getDatasets } from '@/lib/content/catalog';
import { pageMetadata } from '@/lib/seo/metadata';
import { dataPath, timelinePath } from '@/lib/paths';

export const metadata = pageMetadata({
  title: 'Zeitleiste',
  description:
    'Xiaomis Weg vom Smart-Home-Partner zum Autobauer: die wichtigsten Ereignisse von 2018 bis 2025, jeweils mit Quelle und dem Artikel dazu.',
  path: timelinePath,
});

export default function TimelinePage() {
  const { timeline } = getDatasets();
  const catalog = getCatalog();
  return (
    <div className="reading-column">
      <PageIntro eyebrow="Zeitleiste" title={timeline?.title ?? 'Zeitleiste'}>
        {timeline && <p>{timeline.description}</p>}
      </PageIntro>
      {timeline ? (
        <Timeline timeline={timeline} articleFor={(slug) => catalog.bySlug(slug)} />
      ) : (
        <p className="empty">Hier gibt es noch keine Ereignisse.</p>
      )}
      <p className="data-page__more">
        Die Zahlen dazu in Diagrammen und Tabellen: <SiteLink href={dataPath}>Xiaomi Auto in Zahlen</SiteLink>.
      </p>
    </div>
  );
}
