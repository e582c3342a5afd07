import type { ListedArticle } from '@/lib/content/catalog';
import { ArticleList } from './ArticleList';
import { pageIds } from '@/lib/page-ids';
import styles from './RelatedArticles.module.css';

export function RelatedArticles({ articles }: { articles: readonly ListedArticle[] }) {
  if (articles.length === 0) return null;
  return (
    <section className={`related ${styles.related}`} aria-labelledby={pageIds.related}>
      <h2 id={pageIds.related}>Mehr zum Thema</h2>
      <ArticleList articles={articles} as="h3" />
    </section>
  );
}
