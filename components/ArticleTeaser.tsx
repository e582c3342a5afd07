import type { ListedArticle } from '@/lib/content/catalog';
import { Headline } from './Headline';
import { articleTypeLabels } from '@/lib/labels';
import { ressortBySlug } from '@/lib/ressorts';
import { DateLine } from './DateLine';
import { PublicationBadge } from './PublicationBadge';
import { TeaserCard } from './TeaserCard';
import { articlePath } from '@/lib/paths';

type HeadingLevel = 'h2' | 'h3';

/** One article in a listing: Dachzeile, headline (the link), teaser, date and ressort. */
export function ArticleTeaser({
  article,
  as = 'h2',
  lead = false,
}: {
  article: ListedArticle;
  as?: HeadingLevel;
  lead?: boolean;
}) {
  const ressort = ressortBySlug(article.ressort);
  return (
    <TeaserCard
      href={articlePath(article.slug)}
      badge={<PublicationBadge article={article} />}
      kicker={article.kicker}
      title={<Headline text={article.title} />}
      teaser={article.teaser}
      as={as}
      lead={lead}
      meta={
        <>
          <DateLine date={article.date} />
          {ressort && <> · {ressort.name}</>}
          {article.type !== 'nachricht' && <> · {articleTypeLabels[article.type]}</>}
        </>
      }
    />
  );
}
