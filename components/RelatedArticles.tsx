import type { ListedArticle } from '@/lib/content/catalog';
import { ArticleList } from './ArticleList';

export function RelatedArticles({ articles }: { articles: readonly ListedArticle[] }) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="verwandte-artikel">
      <h2 id="verwandte-artikel">Mehr zum Thema</h2>
      <ArticleList articles={articles} as="h3" />
    </section>
  );
}
