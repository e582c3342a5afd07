import type { Heading } from '@/lib/content/heading-anchors';
import { tableOfContentsMinimum } from '@/lib/article-links';
import styles from './TableOfContents.module.css';
import { pageIds } from '@/lib/page-ids';

/** "Inhalt": the `##` sections of a long article, as jump links; shorter pieces need none. */
export function TableOfContents({ headings }: { headings: readonly Heading[] }) {
  const sections = headings.filter((heading) => heading.depth === 2);
  if (sections.length < tableOfContentsMinimum) return null;
  return (
    <nav className={styles.toc} aria-labelledby={pageIds.tableOfContents} data-print="omit">
      <h2 id={pageIds.tableOfContents} className={styles.title}>
        Inhalt
      </h2>
      <ol className={styles.list}>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
