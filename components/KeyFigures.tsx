import type { Article } from '@/lib/content/article';
import { pageIds } from '@/lib/page-ids';

/** "Kennzahlen": the article's key numbers at a glance, as the editor wrote them ("mehr als 400.000"). */
export function KeyFigures({ figures }: { figures: Article['figures'] }) {
  if (figures.length === 0) return null;
  return (
    <section className="key-figures" aria-labelledby={pageIds.keyFigures}>
      <h2 id={pageIds.keyFigures} className="key-figures__title">
        Kennzahlen
      </h2>
      <dl className="key-figures__list">
        {figures.map((figure) => (
          <div className="key-figures__item" key={`${figure.value}|${figure.label}`}>
            <dt className="key-figures__label">{figure.label}</dt>
            <dd className="key-figures__value">{figure.value}</dd>
            {figure.note && <dd className="key-figures__note">{figure.note}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
