import type { Metadata } from 'next';
import { pagedPath, siteShareImagePath, topicFeedPath } from '../paths';
import { shareImageSize } from '../share-image/layout';
import { site } from '../site';

type FeedLink = { url: string; title: string };

/**
 * The site's feeds, repeated in every page's `alternates`: Next replaces the layout's `alternates`
 * as a whole when a page sets its own (for the canonical URL), which would drop the feed links.
 */
function feedTypes(extraRssFeeds: FeedLink[] = []): NonNullable<Metadata['alternates']>['types'] {
  return {
    'application/rss+xml': [{ url: site.feeds.rss, title: `${site.name} (RSS)` }, ...extraRssFeeds],
    'application/atom+xml': [{ url: site.feeds.atom, title: `${site.name} (Atom)` }],
    'application/feed+json': [{ url: site.feeds.json, title: `${site.name} (JSON Feed)` }],
  };
}

interface PageMetadataInput {
  /** Omitted on the home page, which uses the layout's default title. */
  title?: string;
  description: string;
  /** The page's own path; becomes the absolute canonical URL through `metadataBase`. */
  path: string;
  /** A topic page offers its own RSS feed in addition to the site's. */
  topicFeed?: { slug: string; name: string };
  /** The page's share card; the site's card unless an article brings its own. */
  image?: { url: string; alt: string };
  openGraph?: Metadata['openGraph'];
  /** Neighbouring pages of a paged listing: `<link rel="prev">` and `<link rel="next">`. */
  pagination?: { previous?: string; next?: string };
}

/** An OpenGraph image entry for one of the generated share cards. */
function shareImage(url: string, alt: string) {
  return { url, type: 'image/png', ...shareImageSize, alt };
}

/** Title, description, canonical URL, feed links and OpenGraph of one page. */
export function pageMetadata({
  title,
  description,
  path,
  topicFeed,
  image,
  openGraph,
  pagination,
}: PageMetadataInput): Metadata {
  const extraFeeds = topicFeed
    ? [{ url: topicFeedPath(topicFeed.slug), title: `${site.name}: ${topicFeed.name} (RSS)` }]
    : [];
  return {
    ...(title === undefined ? {} : { title }),
    description,
    alternates: { canonical: path, types: feedTypes(extraFeeds) },
    ...(pagination && { pagination }),
    openGraph: {
      title: title ?? site.name,
      description,
      url: path,
      siteName: site.name,
      locale: site.locale,
      type: 'website',
      images: [
        image ? shareImage(image.url, image.alt) : shareImage(siteShareImagePath, `${site.name} – ${site.tagline}`),
      ],
      ...openGraph,
    },
  };
}

interface PagedListingInput extends Omit<PageMetadataInput, 'path' | 'pagination'> {
  /** The listing's own address, which is also the address of its first page. */
  listingPath: string;
  page: { number: number; count: number };
}

/**
 * Metadata of one page of a paged listing: every page is its own canonical URL (later pages list
 * other articles, they are no duplicates of page 1), titled "… – Seite 2", with prev/next links.
 */
export function pagedListingMetadata({ listingPath, page, title, description, ...rest }: PagedListingInput): Metadata {
  const later = page.number > 1;
  return pageMetadata({
    ...rest,
    title: later ? `${title ?? site.name} – Seite ${page.number}` : title,
    description: later ? `${description} Seite ${page.number} von ${page.count}.` : description,
    path: pagedPath(listingPath, page.number),
    pagination: {
      ...(later && { previous: pagedPath(listingPath, page.number - 1) }),
      ...(page.number < page.count && { next: pagedPath(listingPath, page.number + 1) }),
    },
  });
}

/** The site-wide defaults every page starts from. */
export function defaultMetadata(): Metadata {
  return {
    title: { default: `${site.name} – ${site.tagline}`, template: `%s | ${site.name}` },
    description: site.description,
    applicationName: site.name,
    alternates: { types: feedTypes() },
    openGraph: { siteName: site.name, locale: site.locale, type: 'website' },
    twitter: { card: 'summary_large_image' },
  };
}
