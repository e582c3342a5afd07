import { archiveByMonth, type ArchiveYear } from '../archive';
import type { RessortSlug } from '../ressorts';
import type { Article } from './article';
import type { Author, AuthorRegistry } from './authors';
import type { Datasets } from './datasets';
import type { ContentIssue } from './issues';
import { loadContent, type LoadedContent } from './load';
import type { Operator } from './operator';
import { buildNow, previewsUnpublished, publicationState, type PublicationState } from './publish';
import { articleEnding, moreLimit, mostShared, type ArticleEnding } from './related';
import type { Tag, TagVocabulary } from './themen';

export interface TagCount {
  tag: Tag;
  count: number;
}

/** An article as pages see it: with its state under the publish rule (always "published" in production). */
export type ListedArticle = Article & { readonly state: PublicationState };

/** Named selectors over the visible articles; everything is indexed once when it is created. */
export interface Catalog {
  /** Visible articles, newest first. */
  readonly articles: readonly ListedArticle[];
  readonly vocabulary: TagVocabulary;
  /** Every declared author, in the order of content/autoren.yaml (also those without visible articles). */
  readonly authors: readonly Author[];
  bySlug(slug: string): ListedArticle | undefined;
  /** The article a former slug (`aliases`) now belongs to. */
  byAlias(slug: string): ListedArticle | undefined;
  /** Every former slug with its article, for redirects. */
  aliases(): readonly { alias: string; article: ListedArticle }[];
  byTag(tagSlug: string): readonly ListedArticle[];
  byRessort(ressort: RessortSlug): readonly ListedArticle[];
  /** An author's visible articles, newest first; an author page exists only when there is one. */
  byAuthor(authorSlug: string): readonly ListedArticle[];
  /** Declared authors with at least one visible article, in the order of content/autoren.yaml. */
  authorsWithArticles(): readonly Author[];
  /** Tags that have at least one visible article, most used first. */
  tagCounts(): readonly TagCount[];
  /** The home page's lead story: the newest `featured` article, else the newest. */
  lead(): ListedArticle | undefined;
  /** Up to `limit` other articles sharing the most tags, newer first on a tie. */
  related(article: Article, limit?: number): readonly ListedArticle[];
  /** The home page's listing: the lead story first, then all other articles newest first. */
  frontPage(): readonly ListedArticle[];
  /** The articles published just before (`older`) and just after (`newer`) this one. */
  neighbours(article: Article): { older?: ListedArticle; newer?: ListedArticle };
  /**
   * The end of an article page: its neighbours and one "Mehr zum Thema" list of at most five
   * articles, the related ones first, then the newest of its ressort; no article twice (articleEnding).
   */
  ending(article: Article): ArticleEnding<ListedArticle>;
  /** All articles grouped by year and month (in Berlin), newest first. */
  archive(): readonly ArchiveYear<ListedArticle>[];
  /** Errors of a draft that stay on its own page (`next dev` only); empty for every other slug. */
  problemsOf(slug: string): readonly ContentIssue[];
  /** Drafts with such errors: their pages exist to show them, even when the draft is no article. */
  slugsWithProblems(): readonly string[];
}

export interface CatalogOptions {
  now: Date;
  includeUnpublished: boolean;
}

/** The content a catalog indexes; without `authors` only the authors the articles name are known. */
export type CatalogContent = Pick<LoadedContent, 'articles' | 'vocabulary'> & { authors?: AuthorRegistry; draftProblems?: LoadedContent['draftProblems'] };

export function createCatalog(content: CatalogContent, { now, includeUnpublished }: CatalogOptions): Catalog {
  const articles: ListedArticle[] = content.articles
    .map((article) => ({ ...article, state: publicationState(article, now) }))
    .filter((article) => includeUnpublished || article.state === 'published')
    .sort((a, b) => b.date.instant.getTime() - a.date.instant.getTime() || a.slug.localeCompare(b.slug));

  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const aliases = articles.flatMap((article) => article.aliases.map((alias) => ({ alias, article })));
  const byAlias = new Map(aliases.map(({ alias, article }) => [alias, article]));
  const byTag = new Map<string, ListedArticle[]>();
  const byRessort = new Map<string, ListedArticle[]>();
  const byAuthor = new Map<string, ListedArticle[]>();
  for (const article of articles) {
    for (const tag of article.tags) appendTo(byTag, tag.slug, article);
    appendTo(byRessort, article.ressort, article);
    appendTo(byAuthor, article.author.slug, article);
  }
  const authors =
    content.authors?.authors ??
    [...new Map(content.articles.map((article) => [article.author.slug, article.author])).values()];
  const authorsWithArticles = authors.filter((author) => byAuthor.has(author.slug));
  const tagCounts = content.vocabulary.tags
    .map((tag) => ({ tag, count: byTag.get(tag.slug)?.length ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.tag.name.localeCompare(b.tag.name, 'de'));
  const position = new Map(articles.map((article, index) => [article.slug, index]));
  const lead = articles.find((article) => article.featured) ?? articles[0];
  const frontPage = lead ? [lead, ...articles.filter((article) => article !== lead)] : [];
  let archive: ArchiveYear<ListedArticle>[] | undefined;
  // Articles by their set of topics (each group newest first): "related" weighs a group at once.
  const topicGroups = new Map<string, { topics: string[]; items: ListedArticle[] }>();
  const topicsKey = (article: Article) => [...new Set(article.tags.map((tag) => tag.slug))].sort().join(' ');
  for (const article of articles) {
    const key = topicsKey(article);
    const group = topicGroups.get(key);
    if (group) group.items.push(article);
    else topicGroups.set(key, { topics: key === '' ? [] : key.split(' '), items: [article] });
  }
  // Articles with the same topics have the same related articles, but for themselves: worked out once per set.
  const relatedByTopics = new Map<string, readonly ListedArticle[]>();
  const related: Catalog['related'] = (article, limit = 3) => {
    const key = topicsKey(article);
    const memo = `${limit}:${key}`;
    let picks = relatedByTopics.get(memo);
    if (!picks) {
      // One more than asked for: the article itself may be among them.
      picks = mostShared(topicGroups.values(), new Set(article.tags.map((tag) => tag.slug)), {
        position: (other) => position.get(other.slug)!,
        limit: limit + 1,
      });
      relatedByTopics.set(memo, picks);
    }
    return picks.filter((other) => other.slug !== article.slug).slice(0, limit);
  };
  const neighbours: Catalog['neighbours'] = (article) => {
    const index = position.get(article.slug);
    if (index === undefined) return {};
    // `articles` is newest first: the newer neighbour comes before, the older one after.
    return { newer: articles[index - 1], older: articles[index + 1] };
  };

  return {
    articles,
    vocabulary: content.vocabulary,
    authors,
    bySlug: (slug) => bySlug.get(slug),
    byAlias: (slug) => byAlias.get(slug),
    aliases: () => aliases,
    byTag: (tagSlug) => byTag.get(tagSlug) ?? [],
    byRessort: (ressort) => byRessort.get(ressort) ?? [],
    byAuthor: (authorSlug) => byAuthor.get(authorSlug) ?? [],
    authorsWithArticles: () => authorsWithArticles,
    tagCounts: () => tagCounts,
    lead: () => lead,
    related,
    frontPage: () => frontPage,
    neighbours,
    ending(article) {
      // Spare candidates: the article itself and its neighbours may be among them.
      const candidates = [
        ...related(article, moreLimit + 2),
        ...(byRessort.get(article.ressort) ?? []).slice(0, moreLimit + 3),
      ];
      return articleEnding(article, { ...neighbours(article), candidates });
    },
    archive: () => (archive ??= archiveByMonth(articles)),
    problemsOf: (slug) => (includeUnpublished ? content.draftProblems?.get(slug) : undefined) ?? [],
    slugsWithProblems: () => (includeUnpublished ? [...(content.draftProblems?.keys() ?? [])] : []),
  };
}

function appendTo<T>(index: Map<string, T[]>, key: string, value: T): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

let cached: { content: LoadedContent; pages: Catalog; syndication: Catalog } | undefined;

function catalogs() {
  const content = loadContent();
  if (cached?.content !== content) {
    const now = buildNow();
    const pages = createCatalog(content, { now, includeUnpublished: previewsUnpublished() });
    const syndication = pages.articles.every((article) => article.state === 'published')
      ? pages
      : createCatalog(content, { now, includeUnpublished: false });
    cached = { content, pages, syndication };
  }
  return cached;
}

/** The catalog pages render: content loaded once per process; in `next dev` with marked previews. */
export function getCatalog(): Catalog {
  return catalogs().pages;
}

/** The catalog for feeds, sitemaps and structured lists: published articles only, even in `next dev`. */
export function getPublishedCatalog(): Catalog {
  return catalogs().syndication;
}

/** The operator details for Impressum and Datenschutzerklärung (content/betreiber.yaml), loaded once with the articles. */
export function getOperator(): Operator {
  return loadContent().operator;
}

/** Chart datasets and the timeline from content/daten/, loaded once with the articles. */
export function getDatasets(): Datasets {
  return loadContent().datasets;
}
