import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { indexTerms, queryTerm, tokenize } from './text';

/**
 * The search engine as index build and browser share it: one set of MiniSearch options, so the
 * index the build serialises is read back with the same fields and the same term processing.
 */

/** One published article as the index sees it: searchable text plus what a result shows. */
export interface SearchDocument {
  slug: string;
  title: string;
  kicker: string;
  teaser: string;
  /** Topic names, space-separated. */
  tags: string;
  /** Plain text of the body, without markup. */
  body: string;
  /** `<time datetime>` value, e.g. "2025-12-01". */
  date: string;
  /** German date, e.g. "1. Dezember 2025". */
  dateLabel: string;
  /** The ressort's display name. */
  ressort: string;
}

const storedFields = ['title', 'kicker', 'teaser', 'date', 'dateLabel', 'ressort'] as const;

/** What a result carries to the page: the stored fields, the slug and the index terms that matched. */
export type SearchHit = Pick<SearchDocument, 'slug' | (typeof storedFields)[number]> & { terms: readonly string[] };

/** Beyond this many hits the page shows only the best ones (and says so). */
export const maxShownHits = 50;

const options: Options<SearchDocument> = {
  idField: 'slug',
  fields: ['title', 'kicker', 'tags', 'teaser', 'body'],
  storeFields: [...storedFields],
  tokenize,
  processTerm: indexTerms,
  searchOptions: {
    processTerm: queryTerm,
    // Every word of the query must occur, as in most site searches.
    combineWith: 'AND',
    // Prefix search from two letters: "Auslief" finds "Auslieferungen" while typing.
    prefix: (term) => term.length > 1,
    // One typo allowed in longer words ("Xiaomii", "Samsnug"); short words would match too much.
    fuzzy: (term) => (term.length >= 6 ? 1 : false),
    boost: { title: 3, kicker: 2, tags: 2, teaser: 1.5 },
  },
};

export function createSearchIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(options);
  index.addAll(documents);
  return index;
}

/** Reads the index served as JSON (`toJSON()` of an index made by createSearchIndex). */
export function loadSearchIndex(serialised: AsPlainObject): MiniSearch<SearchDocument> {
  return MiniSearch.loadJS<SearchDocument>(serialised, options);
}

/** All hits for a query, best first; none for a query without words. */
export function searchArticles(index: MiniSearch<SearchDocument>, query: string): SearchHit[] {
  if (tokenize(query).length === 0) return [];
  return index.search(query).map(toHit);
}

function toHit(result: SearchResult): SearchHit {
  return {
    slug: String(result.id),
    title: String(result.title),
    kicker: String(result.kicker ?? ''),
    teaser: String(result.teaser),
    date: String(result.date),
    dateLabel: String(result.dateLabel),
    ressort: String(result.ressort),
    terms: result.terms,
  };
}
