import type { Nodes, Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

/**
 * Rules against repetition across the site (issue 13, CONTRIBUTING.md „Sorgfalt“): a reader of the
 * whole site should not meet the same sentence, the same teaser opener or the same ending twice.
 * Each rule returns one German message per problem, naming the articles, or nothing.
 */

/** What the rules read of an article: the texts a reader sees. */
export interface TextOfArticle {
  file: string;
  title: string;
  teaser: string;
  /** `nachricht`, `analyse`, `hintergrund`, `kommentar` (the front matter's `type`, default `nachricht`). */
  type: string;
  /** The Markdown body. */
  body: string;
}

/** Sentences of at least this many words must not appear in two articles. */
export const minSharedSentenceWords = 8;
/**
 * No two articles share a run of this many words. A reused sentence is rarely word for word the same
 * („zeigt“ here, „zeige“ there), but it keeps a long stretch; shorter shared runs are attribution
 * formulas and figures („unter Berufung auf das chinesische Wirtschaftsmedium 36Kr“, eight words).
 */
export const sharedRunWords = 10;
/** At most this many articles end with a section called „Was offen bleibt“. */
export const maxOpenQuestionEndings = 1;
/** At most this many headlines use a colon. */
export const maxColonHeadlines = 2;

/** Lower case, words of letters and digits joined by single spaces: „40.000 E-Autos.“ → „40 000 e autos“. */
export function normalise(text: string): string {
  return text
    .toLocaleLowerCase('de')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const wordCount = (normalised: string) => (normalised === '' ? 0 : normalised.split(' ').length);

/** A block of running text in the body: a paragraph, a heading (with its depth) or a table cell. */
interface TextBlock {
  text: string;
  headingDepth?: number;
}

const parser = remark().use(remarkGfm);
/** Every rule reads the same bodies: each is parsed once. */
const trees = new Map<string, Root>();
function treeOf(markdown: string): Root {
  let tree = trees.get(markdown);
  if (!tree) trees.set(markdown, (tree = parser.parse(markdown)));
  return tree;
}

/** Text of a node: its text and inline code, without link targets or images. */
function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  // Items and their paragraphs are blocks: a space keeps their words apart.
  const separator = node.type === 'list' || node.type === 'listItem' ? ' ' : '';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join(separator);
  return '';
}

/** The blocks of text a reader sees, in order; code (and with it ```chart blocks) and raw HTML are not text. */
export function textBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (node: Nodes | Root) => {
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      blocks.push({ text: plainText(node) });
    } else if (node.type === 'heading') {
      blocks.push({ text: plainText(node), headingDepth: node.depth });
    } else if ('children' in node) {
      for (const child of node.children as Nodes[]) walk(child);
    }
  };
  walk(treeOf(markdown));
  return blocks.filter((block) => block.text.trim() !== '');
}

/** A label that opens an item or a sentence: at most four words before a colon („Ende 2024:“, „Die These:“). */
function labelOf(text: string, maxWords: number): string | undefined {
  const label = text.match(/^([^:.!?]+):/)?.[1];
  if (label === undefined) return undefined;
  const words = normalise(label);
  return words !== '' && wordCount(words) <= maxWords ? `${words}:` : undefined;
}

/** Lists of at least three items that all open with a label, as the sequence of their labels. */
export function labelledLists(markdown: string): string[][] {
  const lists: string[][] = [];
  const walk = (node: Nodes | Root) => {
    if (node.type === 'list') {
      const labels = node.children.map((item) => labelOf(plainText(item).trim(), 4));
      if (labels.length >= 3 && labels.every((label) => label !== undefined)) lists.push(labels as string[]);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(treeOf(markdown));
  return lists;
}

/**
 * No two articles carry the same labelled list – a chronology „Ende 2024: … März 2025: … Mitte
 * 2025: …“ told twice is the same list, however its items are worded.
 */
export function sharedLists(articles: readonly TextOfArticle[]): string[] {
  const firstWith = new Map<string, TextOfArticle>();
  const problems: string[] = [];
  for (const article of articles) {
    for (const labels of labelledLists(article.body)) {
      const key = labels.join(' ');
      const earlier = firstWith.get(key);
      if (earlier && earlier !== article) {
        problems.push(
          `${nameOf(earlier)} und ${nameOf(article)} haben dieselbe Liste: ${labels.map((label) => `„${label}“`).join(', ')}`,
        );
      } else {
        firstWith.set(key, article);
      }
    }
  }
  return problems;
}

/** Abbreviations after which a full stop does not end the sentence. */
const abbreviations = new Set([
  'z',
  'b',
  'u',
  'a',
  'd',
  'h',
  'v',
  'vgl',
  'bzw',
  'ca',
  'etc',
  'nr',
  'mio',
  'mrd',
  'dr',
  'inkl',
  'usw',
]);

/**
 * The sentences of a text: it ends at „.“, „!“, „?“ or „…“ followed by a space and a capital letter,
 * a digit or an opening quotation mark – except after an abbreviation („z. B.“) or an ordinal
 * number („am 1. Dezember“).
 */
export function sentences(text: string): string[] {
  const result: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?…]+["“”»)]*\s+(?=["„»(]?[\p{Lu}\p{N}])/gu)) {
    const end = match.index + match[0].length;
    const before = text.slice(start, match.index).match(/([\p{L}\p{N}]+)$/u)?.[1] ?? '';
    const isAbbreviation = match[0].startsWith('.') && abbreviations.has(before.toLocaleLowerCase('de'));
    const isOrdinal = match[0].startsWith('.') && /^\d{1,2}$/.test(before);
    if (isAbbreviation || isOrdinal) continue;
    result.push(text.slice(start, end).trim());
    start = end;
  }
  result.push(text.slice(start).trim());
  return result.filter((sentence) => normalise(sentence) !== '');
}

const nameOf = (article: TextOfArticle) => article.file.split('/').pop() ?? article.file;

/** Every sentence of title, teaser and body of an article, normalised, each once. */
function sentencesOf(article: TextOfArticle): Set<string> {
  const texts = [article.title, article.teaser, ...textBlocks(article.body).map((block) => block.text)];
  return new Set(texts.flatMap(sentences).map(normalise));
}

/** No sentence of at least eight words appears in two articles (title, teaser and body). */
export function sharedSentences(articles: readonly TextOfArticle[]): string[] {
  const firstSeen = new Map<string, TextOfArticle>();
  const problems: string[] = [];
  for (const article of articles) {
    for (const sentence of sentencesOf(article)) {
      if (wordCount(sentence) < minSharedSentenceWords) continue;
      const earlier = firstSeen.get(sentence);
      if (earlier) {
        problems.push(`Derselbe Satz steht in ${nameOf(earlier)} und ${nameOf(article)}: „${sentence}“`);
      } else {
        firstSeen.set(sentence, article);
      }
    }
  }
  return problems;
}

/** Quotations and quoted titles („…“, «…»): quoting the same statement twice is not repeating oneself. */
const quoted = /„[^“]*“|«[^»]*»/g;

/** The word lists of title, teaser and every text block (no run crosses from one to the next), quotations left out. */
function wordListsOf(article: TextOfArticle): string[][] {
  const texts = [article.title, article.teaser, ...textBlocks(article.body).map((block) => block.text)];
  return texts
    .map((text) => normalise(text.replace(quoted, ' ')))
    .filter((text) => text !== '')
    .map((text) => text.split(' '));
}

function runsOf(words: readonly string[], length: number): string[] {
  return Array.from({ length: Math.max(0, words.length - length + 1) }, (_, start) =>
    words.slice(start, start + length).join(' '),
  );
}

/**
 * No two articles share a run of ten words (title, teaser and body, quotations left out). Each shared
 * stretch is named once, as long as it is.
 */
export function sharedRuns(articles: readonly TextOfArticle[]): string[] {
  const problems: string[] = [];
  const lists = articles.map(wordListsOf);
  const runSets = lists.map((ofArticle) => new Set(ofArticle.flatMap((words) => runsOf(words, sharedRunWords))));
  articles.forEach((article, index) => {
    for (const [earlierIndex, earlier] of articles.slice(0, index).entries()) {
      const earlierRuns = runSets[earlierIndex]!;
      for (const words of lists[index]!) {
        const shared = runsOf(words, sharedRunWords).map((run) => earlierRuns.has(run));
        let start = 0;
        while (start < shared.length) {
          if (!shared[start]) {
            start++;
            continue;
          }
          let next = start + 1;
          while (next < shared.length && shared[next]) next++;
          const stretch = words.slice(start, next - 1 + sharedRunWords).join(' ');
          problems.push(`${nameOf(article)} wiederholt aus ${nameOf(earlier)} die Wortfolge „${stretch}“`);
          start = next;
        }
      }
    }
  });
  return problems;
}

/**
 * The openers of a teaser: its first three words, and every label that opens one of its sentences
 * with a colon („Die These:“, „Kurz gesagt:“ – at most three words before the colon).
 */
export function teaserOpeners(teaser: string): string[] {
  const openers = new Set<string>();
  const firstWords = normalise(teaser).split(' ').slice(0, 3).join(' ');
  if (firstWords !== '') openers.add(firstWords);
  for (const sentence of sentences(teaser)) {
    const label = labelOf(sentence, 3);
    if (label) openers.add(label);
  }
  return [...openers];
}

/** Analyses, backgrounds and commentaries: the pieces that argue, whose teasers tend to share a formula. */
const isArgumentPiece = (article: TextOfArticle) => article.type !== 'nachricht';

/** No two teasers of analyses (and backgrounds, commentaries) share an opener. */
export function sharedTeaserOpeners(articles: readonly TextOfArticle[]): string[] {
  const firstWith = new Map<string, TextOfArticle>();
  const problems: string[] = [];
  for (const article of articles.filter(isArgumentPiece)) {
    for (const opener of teaserOpeners(article.teaser)) {
      const earlier = firstWith.get(opener);
      if (earlier) {
        problems.push(`Die Vorspänne von ${nameOf(earlier)} und ${nameOf(article)} beginnen gleich: „${opener}“`);
      } else {
        firstWith.set(opener, article);
      }
    }
  }
  return problems;
}

/** The title of the last `##` section of the body, if any. */
export function lastSectionTitle(body: string): string | undefined {
  return textBlocks(body)
    .filter((block) => block.headingDepth === 2)
    .at(-1)?.text;
}

/** At most one article ends with a section called „Was offen bleibt“. */
export function openQuestionEndings(articles: readonly TextOfArticle[]): string[] {
  const ending = articles.filter((article) =>
    normalise(lastSectionTitle(article.body) ?? '').startsWith('was offen bleibt'),
  );
  if (ending.length <= maxOpenQuestionEndings) return [];
  return [
    `${ending.length} Artikel enden mit „## Was offen bleibt“ (erlaubt: höchstens ${maxOpenQuestionEndings}): ${ending.map(nameOf).join(', ')}`,
  ];
}

/** At most two headlines use a colon. */
export function colonHeadlines(articles: readonly TextOfArticle[]): string[] {
  const withColon = articles.filter((article) => article.title.includes(':'));
  if (withColon.length <= maxColonHeadlines) return [];
  return [
    `${withColon.length} Überschriften haben einen Doppelpunkt (erlaubt: höchstens ${maxColonHeadlines}): ${withColon.map(nameOf).join(', ')}`,
  ];
}

/** The last sentence of the body's running text (not a heading), normalised. */
export function finalSentence(body: string): string | undefined {
  const last = textBlocks(body)
    .filter((block) => block.headingDepth === undefined)
    .at(-1);
  const sentence = last ? sentences(last.text).at(-1) : undefined;
  return sentence === undefined ? undefined : normalise(sentence);
}

/** No two articles end with the same sentence, however short. */
export function sharedFinalSentences(articles: readonly TextOfArticle[]): string[] {
  const firstWith = new Map<string, TextOfArticle>();
  const problems: string[] = [];
  for (const article of articles) {
    const sentence = finalSentence(article.body);
    if (sentence === undefined) continue;
    const earlier = firstWith.get(sentence);
    if (earlier) {
      problems.push(`${nameOf(earlier)} und ${nameOf(article)} enden mit demselben Satz: „${sentence}“`);
    } else {
      firstWith.set(sentence, article);
    }
  }
  return problems;
}
