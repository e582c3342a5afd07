import Link from 'next/link';
import type { FloorArticle } from './data';
import { pageSize } from './data';

export function Listing({
  articles,
  base,
  page,
  count,
}: {
  articles: FloorArticle[];
  base: string;
  page: number;
  count: number;
}) {
  return (
    <>
      <ol className="article-list">
        {articles.map((article) => (
          <li key={article.slug}>
            <article className="teaser">
              {article.kicker && <p className="kicker">{article.kicker}</p>}
              <h2 className="teaser__title">
                <Link href={`/artikel/${article.slug}`}>{article.title}</Link>
              </h2>
              <p className="teaser__text">{article.teaser}</p>
              <p className="meta">
                <time dateTime={article.date}>{article.dateLabel}</time>
              </p>
            </article>
          </li>
        ))}
      </ol>
      {count > 1 && (
        <nav aria-label="Seitennavigation" className="pagination">
          <p>
            Seite {page} von {count} ({pageSize} je Seite)
          </p>
          {page > 1 && (
            <Link href={page === 2 ? base : `${base === '/' ? '' : base}/seite/${page - 1}`}>Vorherige Seite</Link>
          )}
          {page < count && <Link href={`${base === '/' ? '' : base}/seite/${page + 1}`}>Nächste Seite</Link>}
        </nav>
      )}
    </>
  );
}
