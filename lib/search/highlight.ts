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
