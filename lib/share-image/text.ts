import unicodeRanges from '@fontsource/source-serif-4/unicode.json';
import { shareImageSubsets } from './fonts';

/** Code point ranges of the loaded subsets, from fontsource's "U+0000-00FF,U+0131,…" lists. */
const drawableRanges = shareImageSubsets.flatMap(({ subset }) =>
  unicodeRanges[subset].split(',').map((range) => {
    const [first, last = first] = range.replace(/U\+/g, '').split('-') as [string, string?];
    return [parseInt(first, 16), parseInt(last, 16)] as const;
  }),
);

function isDrawable(character: string): boolean {
  const codePoint = character.codePointAt(0)!;
  return drawableRanges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/**
 * The text without characters the share images' fonts cannot draw (emoji, Chinese …). Satori would
 * fetch a font or emoji image for them from the internet: offline that fails, for emoji the build.
 */
export function drawableText(text: string): string {
  return [...text]
    .filter(isDrawable)
    .join('')
    .replace(/\(\s*\)|\[\s*\]/g, '') // "Lei Jun (雷军)" → "Lei Jun", not "Lei Jun ()"
    .replace(/\s{2,}/g, ' ')
    .trim();
}
