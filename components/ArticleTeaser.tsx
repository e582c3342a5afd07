import Link from 'next/link';
import type { ListedArticle } from '@/lib/content/catalog';
import { articleTypeLabels } from '@/lib/labels';
import { ressortBySlug } from '@/lib/ressorts';
import { DateLine } from './DateLine';
import { PublicationBadge } from './PublicationBadge';
import { articlePath } from '@/lib/paths';

type HeadingLevel = 'h2' | 'h3';

/** One article in a listing: Dachzeile, headline (the link), teaser, date and ressort. */
export function ArticleTeaser({
  article,
  as: Heading = 'h2',
  lead = false,
}: {
  article: ListedArticle;
  as?: HeadingLevel;
  lead?: boolean;
}) {
  const ressort = ressortBySlug(article.ressort);
  return (
    <article className={lead ? 'teaser teaser--lead' : 'teaser'}>
      <PublicationBadge article={article} />
      {article.kicker && <p className="kicker">{article.kicker}</p>}
      <Heading className="teaser__title">
        <Link href={articlePath(article.slug)}>{article.title}</Link>
      </Heading>
      <p className="teaser__text">{article.teaser}</p>
      <p className="meta">
        <DateLine date={article.date} />
        {ressort && <> · {ressort.name}</>}
        {article.type !== 'nachricht' && <> · {articleTypeLabels[article.type]}</>}
      </p>
    </article>
  );
}
