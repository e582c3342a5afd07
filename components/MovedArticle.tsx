import { SiteLink } from '@/components/SiteLink';
import type { ListedArticle } from '@/lib/content/catalog';
import { articlePath } from '@/lib/paths';
import { PageIntro } from './PageIntro';

/**
 * The page at a former address in the static export, where no server can answer with a redirect:
 * browsers follow the refresh at once, crawlers the canonical link, everyone else the link.
 */
export function MovedArticle({ article }: { article: ListedArticle }) {
  const target = articlePath(article.slug);
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <PageIntro eyebrow="Neue Adresse" title="Dieser Artikel ist umgezogen">
        <p>
          Sie werden weitergeleitet zu: <SiteLink href={target}>{article.title}</SiteLink>
        </p>
      </PageIntro>
    </>
  );
}
