import type { ReactNode } from 'react';
import type { ListedArticle } from '@/lib/content/catalog';
import type { Page } from '@/lib/pagination';
import { ArticleList } from './ArticleList';
import { PageIntro } from './PageIntro';
import { Pagination } from './Pagination';

/**
 * One page of a topic, ressort or author listing (/themen/<tag>, /ressorts/<ressort>, /autoren/<slug>
 * and their /seite/N): the intro with its kind ("Thema", "Ressort", a role) and page position, more
 * about the listing where it has it (an author's links), the teasers, the page links.
 */
export function PagedListing({
  kind,
  title,
  description,
  listingPath,
  page,
  children,
}: {
  kind: string;
  title: string;
  description: string;
  listingPath: string;
  page: Page<ListedArticle>;
  children?: ReactNode;
}) {
  return (
    <>
      <PageIntro eyebrow={page.number > 1 ? `${kind} · Seite ${page.number} von ${page.count}` : kind} title={title}>
        <p>{description}</p>
        {children}
      </PageIntro>
      <ArticleList articles={page.items} />
      <Pagination listingPath={listingPath} page={page} />
    </>
  );
}
