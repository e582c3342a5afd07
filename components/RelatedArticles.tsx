import { SiteLink } from '@/components/SiteLink';
import { Headline } from './Headline';
import type { ListedArticle } from '@/lib/content/catalog';
import { pageIds } from '@/lib/page-ids';
import { articlePath } from '@/lib/paths';
import { DateLine } from './DateLine';
import styles from './RelatedArticles.module.css';

/**
 * "Mehr zum Thema": the one compact list of further articles at the end of an article (at most
 * five, none of them the previous or next article; lib/content/related.ts, articleEnding).
 */
export function RelatedArticles({ articles }: { articles: readonly ListedArticle[] }) {
  if (articles.length === 0) return null;
  return (
    <section className={`related ${styles.related}`} aria-labelledby={pageIds.related}>
      <h2 id={pageIds.related}>Mehr zum Thema</h2>
      <ul className={styles.list}>
        {articles.map((article) => (
          <li key={article.slug}>
            <SiteLink href={articlePath(article.slug)}>
              <Headline text={article.title} />
            </SiteLink>{' '}
            <DateLine date={article.date} />
          </li>
        ))}
      </ul>
    </section>
  );
}
