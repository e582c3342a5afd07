import { SiteLink } from '@/components/SiteLink';
import { Headline } from './Headline';
import { lastModified } from '@/lib/content/article';
import type { ListedArticle } from '@/lib/content/catalog';
import { articleTypeLabels } from '@/lib/labels';
import { formatReadingTime } from '@/lib/reading-time';
import { ressortBySlug } from '@/lib/ressorts';
import { DateLine } from './DateLine';
import { authorPath, ressortPath } from '@/lib/paths';

/** Dachzeile, headline, teaser and the byline block of an article page. */
export function ArticleHeader({ article }: { article: ListedArticle }) {
  const ressort = ressortBySlug(article.ressort);
  const modified = lastModified(article);
  return (
    <header className="article-header">
      <p className="kicker">
        {article.type !== 'nachricht' && <span className="type-label">{articleTypeLabels[article.type]}</span>}
        {article.kicker}
      </p>
      <h1>
        <Headline text={article.title} />
      </h1>
      <p className="lede">{article.teaser}</p>
      <div className="byline">
        <p>
          Von{' '}
          <SiteLink href={authorPath(article.author.slug)} className="author" rel="author">
            {article.author.name}
          </SiteLink>
        </p>
        <p>
          <DateLine date={article.date} withTime />
          {modified !== article.date && (
            <>
              {' · '}Aktualisiert am <DateLine date={modified} withTime />
            </>
          )}
        </p>
        <p>
          {formatReadingTime(article.readingMinutes)}
          {ressort && (
            <>
              {' · '}Ressort <SiteLink href={ressortPath(ressort.slug)}>{ressort.name}</SiteLink>
            </>
          )}
        </p>
      </div>
    </header>
  );
}
