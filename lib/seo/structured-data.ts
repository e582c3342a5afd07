import type { BreadcrumbList, NewsArticle, Organization, Person, ProfilePage, WebSite, WithContext } from 'schema-dts';
import { lastModified, type Article } from '../content/article';
import type { Author } from '../content/authors';
import { isoWithOffset } from '../dates';
import { articleBreadcrumbs } from '../breadcrumbs';
import { articlePath, authorPath, homePath, shareImagePath } from '../paths';
import { ressortBySlug } from '../ressorts';
import { absoluteUrl, site } from '../site';

/** The publisher as schema.org sees it: the site's organisation with its raster logo. */
function publisher() {
  return {
    '@type': 'Organization' as const,
    name: site.publisher.name,
    url: absoluteUrl(homePath),
    logo: { '@type': 'ImageObject' as const, url: absoluteUrl(site.publisher.logoPath) },
  } satisfies Organization;
}

/**
 * The byline for search engines: a person, or the newsroom as an organisation (content/autoren.yaml
 * says which), each with the author page as its `url` and their profiles elsewhere as `sameAs`.
 */
export function authorJsonLd(author: Author): Exclude<Person | Organization, string> {
  const common = {
    name: author.name,
    url: absoluteUrl(authorPath(author.slug)),
    ...(author.links.length > 0 && { sameAs: author.links.map((link) => link.url) }),
  };
  return author.kind === 'person'
    ? { '@type': 'Person', ...common, jobTitle: author.role }
    : { '@type': 'Organization', ...common };
}

/** An author page: a profile page about the person or the newsroom (Google reads `ProfilePage`). */
export function profilePageJsonLd(author: Author): WithContext<ProfilePage> {
  const url = absoluteUrl(authorPath(author.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url,
    inLanguage: site.language,
    mainEntity: { ...authorJsonLd(author), description: author.bio },
  };
}

export function newsArticleJsonLd(article: Article): WithContext<NewsArticle> {
  const url = absoluteUrl(articlePath(article.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.teaser,
    datePublished: isoWithOffset(article.date),
    dateModified: isoWithOffset(lastModified(article)),
    author: [authorJsonLd(article.author)],
    publisher: publisher(),
    image: [absoluteUrl(article.image?.src ?? shareImagePath(article.slug))],
    articleSection: ressortBySlug(article.ressort)?.name ?? article.ressort,
    keywords: article.tags.map((tag) => tag.name),
    inLanguage: site.language,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
  };
}

/** Start › Ressort › Artikel, the same trail the page shows (lib/breadcrumbs.ts). */
export function articleBreadcrumbJsonLd(article: Article): WithContext<BreadcrumbList> {
  const trail = articleBreadcrumbs(article);
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

export function websiteJsonLd(): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    description: site.description,
    url: absoluteUrl(homePath),
    inLanguage: site.language,
    publisher: publisher(),
  };
}

export function organizationJsonLd(): WithContext<Organization> {
  return { '@context': 'https://schema.org', ...publisher() };
}

/**
 * JSON for a `<script>` element: `<` is escaped so no string in the data (a headline with
 * "</script>") can end the element early; U+2028/9 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
