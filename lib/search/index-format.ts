/**
 * The shapes of the search index files, shared by the build (index-files.ts) and the browser
 * (engine.ts). The index is split so that a search loads only what it needs: the terms that begin
 * like the query's words, and the details of the hits it shows. Browser-safe: no Node imports.
 */

/** What a result shows of an article. */
export interface ArticleSummary {
  slug: string;
  title: string;
  kicker: string;
  teaser: string;
  /** `<time datetime>` value, e.g. "2025-12-01". */
  date: string;
  /** German date, e.g. "1. Dezember 2025". */
  dateLabel: string;
  /** The ressort's display name. */
  ressort: string;
}

/** Articles per file of summaries: few, since a search loads one file per hit shown. */
export const articlesPerGroup = 10;
/** Articles per file of texts: fewer still, since a text is many times a summary and only some hits need one. */
export const textsPerGroup = 5;

/** The file number of an article's summary; articles are numbered in catalog order. */
export const articleGroup = (article: number) => Math.floor(article / articlesPerGroup);
/** The file number of an article's text. */
export const textGroup = (article: number) => Math.floor(article / textsPerGroup);

/** The table of contents: which term and word files exist, so the browser never asks for one that does not. */
export interface SearchManifest {
  /** Keys of the term files (termKey). */
  terms: string[];
  /** Keys of the word files (wordKey). */
  words: string[];
}

/**
 * The terms that begin with the same two characters, with their postings: for each term the
 * articles it occurs in (as gaps between article numbers, which compress well) and its weight in
 * each (BM25, boosted by field, computed at build time, in tenths).
 */
export interface TermFile {
  terms: string[];
  gaps: number[][];
  weights: number[][];
}

/** The indexed words that begin with one character: [term, number of articles, spelling as shown where it differs]. */
export interface WordFile {
  words: [term: string, articles: number, spelling?: string][];
}

/** The summaries of one group of articles, the first numbered `first`. */
export interface ArticleFile {
  first: number;
  articles: ArticleSummary[];
}

/** The plain body texts of one group of articles, for the passage of a hit found only in the text. */
export interface TextFile {
  first: number;
  texts: string[];
}

/** One character of a file key: a letter or digit as it is, anything else as its code point. */
function keyCharacter(character: string): string {
  return /^[a-z0-9]$/.test(character) ? character : `_${character.codePointAt(0)!.toString(16)}_`;
}

/**
 * The term file a term is in: its first two characters. A query word's prefix and typo matches
 * while typing share them, so one file answers a word.
 */
export function termKey(term: string): string {
  return Array.from(term).slice(0, 2).map(keyCharacter).join('');
}

/** The word file a term is in: its first character, which "Meinten Sie …?" never changes. */
export function wordKey(term: string): string {
  return keyCharacter(Array.from(term)[0] ?? '');
}
