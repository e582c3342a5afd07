import type { ListedArticle } from '@/lib/content/catalog';
import { ArticleTeaser } from './ArticleTeaser';

export function ArticleList({ articles, as = 'h2' }: { articles: readonly ListedArticle[]; as?: 'h2' | 'h3' }) {
  if (articles.length === 0) return <p className="empty">Hier gibt es noch keine Artikel.</p>;
  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleTeaser article={article} as={as} />
        </li>
      ))}
    </ol>
  );
}
