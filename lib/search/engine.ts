import { distance as levenshtein } from 'fastest-levenshtein';
import { searchArticlesPath, searchManifestPath, searchTermsPath, searchTextsPath, searchWordsPath } from '../paths';
import {
  articleGroup,
  termKey,
  textGroup,
  wordKey,
  type ArticleFile,
  type ArticleSummary,
  type SearchManifest,
  type TermFile,
  type TextFile,
  type WordFile,
} from './index-format';
import { foldGerman, queryTerm, tokenize } from './text';

/**
 * The search as the browser runs it over the split index (index-files.ts): each query word loads
 * the one file of terms that begin like it, the hits are ranked by the weights the build computed,
 * and only the hits shown load their summaries (and, when found only in the text, the text for the
 * passage). Scoring follows MiniSearch's: BM25+ per field, prefix and typo matches weighted down.
 */

/** Reads one index file (path from lib/paths.ts) as JSON; the browser fetches it, tests read the built files. */
export type IndexFileReader = (path: string) => Promise<unknown>;

/** What a result carries to the page: the summary, the article's number and the index terms that matched. */
export type SearchHit = ArticleSummary & { article: number; terms: readonly string[] };

/** What the page shows for a query. */
export interface SearchAnswer {
  /** How many articles match. */
  count: number;
  /** The best of them (at most maxShownHits, or as many as asked for), best first. */
  hits: SearchHit[];
  /** Set when the query itself found nothing: the query with each unknown word replaced by the nearest indexed word. */
  suggestion?: string;
}

/** Beyond this many hits the page shows only the best ones (and says so). */
export const maxShownHits = 50;
/**
 * While the reader is still typing, only this many: each keystroke's results load the summaries of their hits,
 * and those of a half-typed word are mostly not the ones the reader will see.
 */
export const hitsWhileTyping = 5;

/** How much a prefix or a typo match counts against an exact one (MiniSearch's defaults). */
const prefixWeight = 0.375;
const fuzzyWeight = 0.45;

interface Ranked {
  article: number;
  score: number;
  terms: Set<string>;
}

export class SearchIndex {
  private readonly files = new Map<string, Promise<unknown>>();

  constructor(
    private readonly manifest: SearchManifest,
    private readonly read: IndexFileReader,
  ) {}

  /** Reads the table of contents, then searches with the files it names. */
  static async open(read: IndexFileReader): Promise<SearchIndex> {
    return new SearchIndex((await read(searchManifestPath)) as SearchManifest, read);
  }

  /** Each file is read once; a failed read is forgotten, so the next search tries again. */
  private file<T>(path: string): Promise<T> {
    let file = this.files.get(path);
    if (!file) {
      file = this.read(path);
      file.catch(() => this.files.delete(path));
      this.files.set(path, file);
    }
    return file as Promise<T>;
  }

  /** The articles a query word matches, with its score and matched index terms in each. */
  private async matchesOf(word: string): Promise<Map<number, Ranked>> {
    const typed = queryTerm(word);
    const matches = new Map<number, Ranked>();
    const key = termKey(typed);
    if (!typed || !this.manifest.terms.includes(key)) return matches;
    const file = await this.file<TermFile>(searchTermsPath(key));
    // Prefix search from two letters ("Auslief" finds "Auslieferungen" while typing); one typo in words of six letters
    // or more, a swap of neighbours counting as two as in MiniSearch: "Xioami" is left to "Meinten Sie …?".
    const prefix = typed.length > 1;
    const fuzzy = typed.length >= 6;
    file.terms.forEach((term, position) => {
      let factor = 0;
      if (term === typed) factor = 1;
      else if (prefix && term.startsWith(typed))
        factor = (prefixWeight * typed.length) / (typed.length + 0.3 * (term.length - typed.length));
      else if (fuzzy && Math.abs(term.length - typed.length) <= 1 && levenshtein(typed, term) <= 1)
        factor = (fuzzyWeight * typed.length) / (typed.length + 1);
      if (factor === 0) return;
      const weights = file.weights[position]!;
      let article = 0;
      file.gaps[position]!.forEach((gap, index) => {
        article += gap;
        const match = matches.get(article) ?? { article, score: 0, terms: new Set<string>() };
        match.score += (weights[index]! / 10) * factor;
        match.terms.add(term);
        matches.set(article, match);
      });
    });
    return matches;
  }

  /** The articles that match every word, best first (ties: newer first, the catalog's order). */
  private async rank(words: readonly string[]): Promise<Ranked[]> {
    if (words.length === 0) return [];
    const [first, ...rest] = await Promise.all(words.map((word) => this.matchesOf(word)));
    const ranked: Ranked[] = [];
    for (const match of first!.values()) {
      let all = true;
      for (const other of rest) {
        const more = other.get(match.article);
        if (!more) {
          all = false;
          break;
        }
        match.score += more.score;
        for (const term of more.terms) match.terms.add(term);
      }
      if (all) ranked.push(match);
    }
    return ranked.sort((a, b) => b.score - a.score || a.article - b.article);
  }

  /** All matching articles for a query's words, best first; "SU 7" means the model SU7 and wins if it finds anything. */
  private async rankQuery(query: string): Promise<Ranked[]> {
    const words = tokenize(query);
    const joined = joinModelNumbers(words);
    if (joined.length < words.length) {
      const ranked = await this.rank(joined);
      if (ranked.length > 0) return ranked;
    }
    return this.rank(words);
  }

  /** The summaries of the best hits, loaded group by group. */
  private async shown(ranked: readonly Ranked[], limit: number): Promise<SearchHit[]> {
    const best = ranked.slice(0, limit);
    const groups = new Map<number, Promise<ArticleFile>>();
    for (const { article } of best)
      if (!groups.has(articleGroup(article)))
        groups.set(articleGroup(article), this.file<ArticleFile>(searchArticlesPath(articleGroup(article))));
    return Promise.all(
      best.map(async ({ article, terms }) => {
        const file = await groups.get(articleGroup(article))!;
        return { ...file.articles[article - file.first]!, article, terms: [...terms] };
      }),
    );
  }

  /**
   * Searches, and when nothing is found tries each word with more typos allowed than while typing (two for
   * words of five letters or more, one for shorter ones): "Xiomi", "Xioami" and "Xaomi" lead to "Xiaomi".
   */
  async search(query: string, { shown = maxShownHits }: { shown?: number } = {}): Promise<SearchAnswer> {
    const ranked = await this.rankQuery(query);
    if (ranked.length > 0 || tokenize(query).length === 0)
      return { count: ranked.length, hits: await this.shown(ranked, shown) };
    const words = joinModelNumbers(tokenize(query));
    const corrected = await Promise.all(words.map(async (word) => (await this.nearestWord(word)) ?? word));
    if (corrected.every((word, position) => word === words[position])) return { count: 0, hits: [] };
    const suggestion = corrected.join(' ');
    const suggested = await this.rankQuery(suggestion);
    if (suggested.length === 0) return { count: 0, hits: [] };
    return { count: suggested.length, hits: await this.shown(suggested, shown), suggestion };
  }

  /**
   * The word as the articles spell it that a misspelt query word most likely means, or undefined if it is known.
   * Candidates share the first letter (typos rarely hit it, and "qwertz" must not become "wert"); the nearest
   * by edit distance with swapped letters counting once ("Xioami" is one step from "Xiaomi"), then the one
   * in the most articles.
   */
  private async nearestWord(word: string): Promise<string | undefined> {
    if (word.length < 3 || (await this.matchesOf(word)).size > 0) return undefined;
    const typed = foldGerman(word);
    const key = wordKey(typed);
    if (!this.manifest.words.includes(key)) return undefined;
    const limit = word.length >= 5 ? 2 : 1;
    let best: { term: string; distance: number; articles: number; spelling?: string } | undefined;
    for (const [term, articles, spelling] of (await this.file<WordFile>(searchWordsPath(key))).words) {
      if (Math.abs(term.length - typed.length) > limit) continue;
      const distance = editDistance(typed, term);
      if (distance > limit) continue;
      if (best && (distance > best.distance || (distance === best.distance && articles <= best.articles))) continue;
      best = { term, distance, articles, spelling };
    }
    if (!best) return undefined;
    // Prefer the spelling a reader sees in a title, kicker or teaser ("Xiaomi", not the index's "xiaomi").
    if (best.spelling) return best.spelling;
    return /^\p{Lu}/u.test(word) ? best.term.charAt(0).toUpperCase() + best.term.slice(1) : best.term;
  }

  /** The plain text of an article's body, for the passage of a hit found only there. */
  async text(article: number): Promise<string> {
    const file = await this.file<TextFile>(searchTextsPath(textGroup(article)));
    return file.texts[article - file.first] ?? '';
  }
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
