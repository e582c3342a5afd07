import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { foldGerman, indexTerms, queryTerm, tokenize, wordPattern } from './text';

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
  const words = tokenize(query);
  if (words.length === 0) return [];
  // "SU 7" means the model SU7: a word followed by a number is also tried as one word, and wins if it finds anything.
  const joined = joinModelNumbers(words);
  if (joined.length < words.length) {
    const hits = index.search(joined.join(' '));
    if (hits.length > 0) return hits.map(toHit);
  }
  return index.search(words.join(' ')).map(toHit);
}

/** Letters followed by a number of one to three digits become one word: "SU 7" → "SU7", "YU 9" → "YU9". */
export function joinModelNumbers(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (const word of words) {
    const previous = joined.at(-1);
    if (previous && /^\p{L}{1,4}$/u.test(previous) && /^\p{N}{1,3}$/u.test(word))
      joined[joined.length - 1] = previous + word;
    else joined.push(word);
  }
  return joined;
}

/** What the page shows for a query: its hits, or for a misspelt query without any the likely meant one and its hits. */
export interface SearchAnswer {
  hits: SearchHit[];
  /** Set when the query itself found nothing: the query with each unknown word replaced by the nearest indexed word. */
  suggestion?: string;
}

/**
 * Searches, and when nothing is found tries each word with more typos allowed than while typing (two for
 * words of five letters or more, one for shorter ones): "Xiomi", "Xioami" and "Xaomi" lead to "Xiaomi".
 */
export function searchWithSuggestion(index: MiniSearch<SearchDocument>, query: string): SearchAnswer {
  const hits = searchArticles(index, query);
  if (hits.length > 0) return { hits };
  const words = joinModelNumbers(tokenize(query));
  const corrected = words.map((word) => nearestIndexedWord(index, word) ?? word);
  if (corrected.every((word, position) => word === words[position])) return { hits };
  const suggestion = corrected.join(' ');
  const suggestedHits = searchArticles(index, suggestion);
  return suggestedHits.length > 0 ? { hits: suggestedHits, suggestion } : { hits };
}

/**
 * The word as the articles spell it that a misspelt query word most likely means, or undefined if it is known.
 * Candidates share the first letter (typos rarely hit it, and "qwertz" must not become "wert"); the nearest
 * by edit distance with swapped letters counting once ("Xioami" is one step from "Xiaomi"), then the one
 * in the most articles.
 */
function nearestIndexedWord(index: MiniSearch<SearchDocument>, word: string): string | undefined {
  if (index.search(word).length > 0 || word.length < 3) return undefined;
  const typed = foldGerman(word);
  const candidates = new Map<string, { term: string; distance: number; articles: SearchResult[] }>();
  // Two steps in plain edit distance find a swap even in a short word ("FWA" → "FAW"); the limit below then applies.
  for (const result of index.search(word, { fuzzy: 2, prefix: false })) {
    for (const term of result.terms) {
      if (term[0] !== typed[0]) continue;
      const candidate = candidates.get(term) ?? { term, distance: editDistance(typed, term), articles: [] };
      candidate.articles.push(result);
      candidates.set(term, candidate);
    }
  }
  const [best] = [...candidates.values()].sort(
    (a, b) => a.distance - b.distance || b.articles.length - a.articles.length,
  );
  if (!best || best.distance > (word.length >= 5 ? 2 : 1)) return undefined;
  // Prefer the spelling a reader sees in a title, kicker or teaser ("Xiaomi", not the index's "xiaomi").
  const shownWords = best.articles.flatMap((result) =>
    [result.title, result.kicker, result.teaser].flatMap((field) => String(field ?? '').match(wordPattern) ?? []),
  );
  const shown =
    shownWords.find((candidate) => indexTerms(candidate)[0] === best.term) ??
    shownWords.find((candidate) => indexTerms(candidate).includes(best.term));
  if (shown) return shown;
  return /^\p{Lu}/u.test(word) ? best.term.charAt(0).toUpperCase() + best.term.slice(1) : best.term;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost one. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = distance;
    }
  }
  return rows[a.length]![b.length]!;
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
