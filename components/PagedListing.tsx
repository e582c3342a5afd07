import type { ListedArticle } from '@/lib/content/catalog';
import type { Page } from '@/lib/pagination';
import { ArticleList } from './ArticleList';
import { PageIntro } from './PageIntro';
import { Pagination } from './Pagination';

/**
 * One page of a topic or ressort listing (/themen/<tag>, /ressorts/<ressort> and their /seite/N):
 * the intro with its kind ("Thema", "Ressort") and page position, the teasers, the page links.
 */
export function PagedListing({
  kind,
  title,
  description,
  listingPath,
  page,
}: {
  kind: string;
  title: string;
  description: string;
  listingPath: string;
  page: Page<ListedArticle>;
}) {
  return (
    <>
      <PageIntro eyebrow={page.number > 1 ? `${kind} · Seite ${page.number} von ${page.count}` : kind} title={title}>
        <p>{description}</p>
      </PageIntro>
      <ArticleList articles={page.items} />
      <Pagination listingPath={listingPath} page={page} />
    </>
  );
}
