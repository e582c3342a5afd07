import type { Article } from '@/lib/content/article';
import { citedOutletSuffix } from '@/lib/content/source-label';
import { pageIds } from '@/lib/page-ids';
import styles from './SourceList.module.css';

/** "Quellen": where the article's facts come from. */
export function SourceList({ sources }: { sources: Article['sources'] }) {
  return (
    <section className={`sources ${styles.sources}`} aria-labelledby={pageIds.sources}>
      <h2 id={pageIds.sources}>Quellen</h2>
      <ul>
        {sources.map((source) => (
          <li key={`${source.name}|${source.url ?? ''}`}>
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer" className="extern">
                {source.name}
                <span className="sr-only"> (externer Link)</span>
              </a>
            ) : (
              source.name
            )}
            {citedOutletSuffix(source)}
          </li>
        ))}
      </ul>
    </section>
  );
}
