/** One piece of a headline; `keep` pieces are short hyphenated words that must not break at the hyphen. */
export interface HeadlinePart {
  text: string;
  keep: boolean;
}

/** At most this many characters, or a part of at most three before or after a hyphen ("E-Autos", "KI-Chips"). */
const shortWord = 10;

function isShortHyphenated(word: string): boolean {
  if (!/\p{L}-\p{L}/u.test(word)) return false;
  return word.length <= shortWord || /^[^-]{1,3}-/u.test(word) || /-[^-]{1,3}\P{L}*$/u.test(word);
}

/**
 * A headline in pieces (issue 18: "E-Autos" broke after "E-"): short hyphenated words are marked
 * to stay on one line, everything else (spaces included) is passed through unchanged, so joining the
 * pieces gives the headline back.
 */
export function headlineParts(text: string): HeadlinePart[] {
  const parts: HeadlinePart[] = [];
  for (const piece of text.split(/(\s+)/)) {
    if (piece === '') continue;
    const keep = isShortHyphenated(piece);
    const last = parts.at(-1);
    if (!keep && last && !last.keep) last.text += piece;
    else parts.push({ text: piece, keep });
  }
  return parts;
}
