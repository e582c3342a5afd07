import { SiteLink } from '@/components/SiteLink';
import type { ListedArticle } from '@/lib/content/catalog';
import { articlePath } from '@/lib/paths';
import { DateLine } from './DateLine';
import styles from './ArticleNeighbours.module.css';

/** The articles published just before and after this one, in order of publication. */
export function ArticleNeighbours({ older, newer }: { older?: ListedArticle; newer?: ListedArticle }) {
  if (!older && !newer) return null;
  return (
    <nav aria-label="Vorheriger und nächster Artikel" className={styles.nav}>
      <ul>
        {older && <Neighbour article={older} label="Vorheriger Artikel" className={styles.older} />}
        {newer && <Neighbour article={newer} label="Nächster Artikel" className={styles.newer} />}
      </ul>
    </nav>
  );
}

function Neighbour({ article, label, className }: { article: ListedArticle; label: string; className?: string }) {
  return (
    <li className={className}>
      <SiteLink href={articlePath(article.slug)}>
        <span className={styles.label}>{label}</span>
        <span className={styles.title}>{article.title}</span>
      </SiteLink>
      <DateLine date={article.date} />
    </li>
  );
}
