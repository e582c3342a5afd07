import { searchArticlesPath, searchManifestPath, searchTermsPath, searchTextsPath, searchWordsPath } from '../paths';
import {
  articleGroup,
  articlesPerGroup,
  textGroup,
  textsPerGroup,
  termKey,
  wordKey,
  type ArticleFile,
  type ArticleSummary,
  type SearchManifest,
  type TermFile,
  type TextFile,
  type WordFile,
} from './index-format';
import { indexTerms, tokenize } from './text';

/** One published article as the index sees it: searchable text plus what a result shows. */
export interface SearchDocument extends ArticleSummary {
  /** Topic names, space-separated. */
  tags: string;
  /** Plain text of the body, without markup. */
  body: string;
}

/** The searched fields and how much a match in each counts. */
const fieldBoosts = { title: 3, kicker: 2, tags: 2, teaser: 1.5, body: 1 } as const;
const fields = Object.keys(fieldBoosts) as (keyof typeof fieldBoosts)[];
/** Fields a result shows: the spelling "Meinten Sie …?" offers comes from these. */
const shownFields = ['title', 'kicker', 'teaser'] as const;

/** BM25+ as MiniSearch scores: term saturation k, length normalisation b, lower bound d. */
const k = 1.2;
const b = 0.7;
const d = 0.5;

/** The index as files: path → JSON content, plus the table of contents the browser reads first. */
export interface SearchIndexFiles {
  manifest: SearchManifest;
  files: Map<string, unknown>;
}

/**
 * Builds all files of the search index. One pass over the articles counts each term per field
 * (a word's terms are computed once per distinct spelling: stemming is the costly part), then the
 * weights are fixed with the field statistics of the whole archive, so the browser only adds them up.
 */
export function buildSearchIndexFiles(documents: readonly SearchDocument[]): SearchIndexFiles {
  const termsOfWord = new Map<string, string[]>();
  const termsOf = (word: string) => {
    let terms = termsOfWord.get(word);
    if (!terms) termsOfWord.set(word, (terms = indexTerms(word)));
    return terms;
  };

  // Per term, flat triples (article, field, count), articles ascending.
  const occurrences = new Map<string, number[]>();
  const fieldLengths = fields.map(() => new Array<number>(documents.length).fill(0));
  const articlesWithTerm = fields.map(() => new Map<string, number>());
  // The spelling of a term as a result shows it: a word that folds to it ("Xiaomi"), else one that stems to it ("Xiaomis").
  const spellings = new Map<string, string>();
  const stemSpellings = new Map<string, string>();
  documents.forEach((document, article) => {
    fields.forEach((field, fieldNumber) => {
      const counts = new Map<string, number>();
      for (const word of tokenize(document[field])) {
        for (const term of termsOf(word)) counts.set(term, (counts.get(term) ?? 0) + 1);
        fieldLengths[fieldNumber]![article]! += 1;
      }
      for (const [term, count] of counts) {
        let list = occurrences.get(term);
        if (!list) occurrences.set(term, (list = []));
        list.push(article, fieldNumber, count);
        articlesWithTerm[fieldNumber]!.set(term, (articlesWithTerm[fieldNumber]!.get(term) ?? 0) + 1);
      }
    });
    for (const field of shownFields)
      for (const word of tokenize(document[field])) {
        const [folded, stem] = termsOf(word);
        if (folded && !spellings.has(folded)) spellings.set(folded, word);
        if (stem && !stemSpellings.has(stem)) stemSpellings.set(stem, word);
      }
  });
  const averageLengths = fieldLengths.map(
    (lengths) => lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, documents.length),
  );

  const termFiles = new Map<string, TermFile>();
  const wordFiles = new Map<string, WordFile>();
  for (const term of [...occurrences.keys()].sort()) {
    const list = occurrences.get(term)!;
    const gaps: number[] = [];
    const weights: number[] = [];
    let previous = 0;
    for (let position = 0; position < list.length; position += 3) {
      const [article, fieldNumber, count] = [list[position]!, list[position + 1]!, list[position + 2]!];
      const field = fields[fieldNumber]!;
      const withTerm = articlesWithTerm[fieldNumber]!.get(term)!;
      const idf = Math.log(1 + (documents.length - withTerm + 0.5) / (withTerm + 0.5));
      const lengthRatio = fieldLengths[fieldNumber]![article]! / (averageLengths[fieldNumber] || 1);
      const weight = fieldBoosts[field] * idf * (d + (count * (k + 1)) / (count + k * (1 - b + b * lengthRatio)));
      if (position > 0 && list[position - 3] === article) {
        weights[weights.length - 1]! += weight;
      } else {
        gaps.push(article - previous);
        weights.push(weight);
        previous = article;
      }
    }
    const termFile = termFiles.get(termKey(term)) ?? { terms: [], gaps: [], weights: [] };
    termFile.terms.push(term);
    termFile.gaps.push(gaps);
    termFile.weights.push(weights.map((weight) => Math.max(1, Math.round(weight * 10))));
    termFiles.set(termKey(term), termFile);

    const wordFile = wordFiles.get(wordKey(term)) ?? { words: [] };
    const spelling = spellings.get(term) ?? stemSpellings.get(term);
    wordFile.words.push(spelling ? [term, gaps.length, spelling] : [term, gaps.length]);
    wordFiles.set(wordKey(term), wordFile);
  }

  const files = new Map<string, unknown>();
  const manifest: SearchManifest = { terms: [...termFiles.keys()], words: [...wordFiles.keys()] };
  files.set(searchManifestPath, manifest);
  for (const [key, file] of termFiles) files.set(searchTermsPath(key), file);
  for (const [key, file] of wordFiles) files.set(searchWordsPath(key), file);
  for (let first = 0; first < documents.length; first += articlesPerGroup) {
    const group = documents.slice(first, first + articlesPerGroup);
    files.set(searchArticlesPath(articleGroup(first)), {
      first,
      articles: group.map(({ slug, title, kicker, teaser, date, dateLabel, ressort }) => ({
        slug,
        title,
        kicker,
        teaser,
        date,
        dateLabel,
        ressort,
      })),
    } satisfies ArticleFile);
  }
  for (let first = 0; first < documents.length; first += textsPerGroup) {
    files.set(searchTextsPath(textGroup(first)), {
      first,
      texts: documents.slice(first, first + textsPerGroup).map((document) => document.body),
    } satisfies TextFile);
  }
  return { manifest, files };
}
