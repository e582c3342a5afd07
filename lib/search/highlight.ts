import { indexTerms, wordPattern } from './text';

/** A piece of a displayed text; `match` pieces are shown as <mark>. Plain strings, never HTML. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Splits a text into matching words and the rest. A word matches when one of its index terms is
 * among the terms a search result matched, so the highlight follows exactly what the search did:
 * folding, stemming, prefix and typo matches included. Joining the segments gives the text back.
 */
export function highlightSegments(text: string, matchedTerms: readonly string[]): TextSegment[] {
  const matched = new Set(matchedTerms);
  const segments: TextSegment[] = [];
  let position = 0;
  const push = (piece: string, match: boolean) => {
    if (piece) segments.push({ text: piece, match });
  };
  for (const word of text.matchAll(wordPattern)) {
    if (!indexTerms(word[0]).some((term) => matched.has(term))) continue;
    push(text.slice(position, word.index), false);
    push(word[0], true);
    position = word.index + word[0].length;
  }
  push(text.slice(position), false);
  return segments;
}

/** Whether nothing a result shows (kicker, title, teaser) matched: then the words were found only in the article's text. */
export function foundOnlyInText(hit: {
  kicker: string;
  title: string;
  teaser: string;
  terms: readonly string[];
}): boolean {
  return !highlightSegments(`${hit.kicker} ${hit.title} ${hit.teaser}`, hit.terms).some((segment) => segment.match);
}

/** Characters of text a passage shows before and after the first match. */
const passageBefore = 60;
const passageAfter = 140;

/**
 * The passage of a text around its first matching word, cut at word boundaries, with "…" where it
 * was cut and the matches marked: what a result shows when the words were found only in the
 * article's text. Empty when nothing in the text matches.
 */
export function passageSegments(text: string, matchedTerms: readonly string[]): TextSegment[] {
  const matched = new Set(matchedTerms);
  const first = [...text.matchAll(wordPattern)].find((word) => indexTerms(word[0]).some((term) => matched.has(term)));
  if (!first) return [];
  let start = Math.max(0, first.index - passageBefore);
  let end = Math.min(text.length, first.index + first[0].length + passageAfter);
  // Start after a line break (a new paragraph) close before the match, else at a word boundary.
  const lineBreak = text.lastIndexOf('\n', first.index);
  if (lineBreak >= start) start = lineBreak + 1;
  else if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < first.index ? space + 1 : first.index;
  }
  const nextBreak = text.indexOf('\n', first.index);
  if (nextBreak !== -1 && nextBreak < end) end = nextBreak;
  else if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first.index + first[0].length) end = space;
  }
  const cutBefore = start > 0 && text[start - 1] !== '\n';
  const cutAfter = end < text.length && text[end] !== '\n';
  const passage = `${cutBefore ? '… ' : ''}${text.slice(start, end).trim()}${cutAfter ? ' …' : ''}`;
  return highlightSegments(passage, matchedTerms);
}
