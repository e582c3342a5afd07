import { SiteLink } from '@/components/SiteLink';
import type { ReactNode } from 'react';

type HeadingLevel = 'h2' | 'h3';

/**
 * The markup of one article teaser, shared by the listings (ArticleTeaser, a server component) and
 * the search results (SiteSearch, the client component on /suche). It only lays out what it is
 * given and reads no data, so it renders on either side without pulling the catalog into the
 * client bundle. Its classes are global (app/globals.css): tests and other components' styles
 * (related articles, search results) address them.
 */
export function TeaserCard({
  href,
  kicker,
  title,
  teaser,
  meta,
  badge,
  as: Heading = 'h2',
  lead = false,
}: {
  href: string;
  kicker?: ReactNode;
  title: ReactNode;
  teaser: ReactNode;
  meta: ReactNode;
  /** Drafts and scheduled articles say so above the Dachzeile (editors' preview only). */
  badge?: ReactNode;
  as?: HeadingLevel;
  lead?: boolean;
}) {
  return (
    <article className={lead ? 'teaser teaser--lead' : 'teaser'}>
      {badge}
      {kicker && <p className="kicker">{kicker}</p>}
      <Heading className="teaser__title">
        <SiteLink href={href}>{title}</SiteLink>
      </Heading>
      <p className="teaser__text">{teaser}</p>
      <p className="meta">{meta}</p>
    </article>
  );
}
