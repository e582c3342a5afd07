import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { parse as parseFont } from 'opentype.js';
import { shareImageFontFiles } from './fonts';

// opentype.js has a UMD main and an ES module without named exports for Node: require() reads it
// the same way under Next, vitest and tsx.
const { parse } = createRequire(import.meta.url)('opentype.js') as { parse: typeof parseFont };

let drawable: ReadonlySet<number> | undefined;

/**
 * Code points every face of the share images has a glyph for (in its Latin or Latin Extended file),
 * read from the fonts' own character maps: fontsource's unicode ranges are wider than the glyphs
 * (U+2011, U+202F, U+2028 … are in range but not in the files).
 */
function drawableCodePoints(): ReadonlySet<number> {
  if (drawable) return drawable;
  const byFace = new Map<string, Set<number>>();
  for (const file of shareImageFontFiles()) {
    const bytes = readFileSync(/*turbopackIgnore: true*/ file.path);
    const font = parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    // The cmap table as opentype.js parses it; its typings leave tables untyped.
    const glyphs = (font.tables.cmap as unknown as { glyphIndexMap: Record<string, number> }).glyphIndexMap;
    const covered = byFace.get(file.face) ?? new Set<number>();
    for (const [codePoint, glyph] of Object.entries(glyphs)) if (glyph > 0) covered.add(Number(codePoint));
    byFace.set(file.face, covered);
  }
  const [first, ...others] = [...byFace.values()];
  drawable = new Set([...(first ?? [])].filter((codePoint) => others.every((face) => face.has(codePoint))));
  return drawable;
}

/**
 * The text without characters the share images' fonts cannot draw (emoji, Chinese, invisible
 * format characters …). Satori would fetch a font or emoji image for them from the internet at build
 * time: offline that fails (for emoji the build), online it sends the headline to a third party.
 * Line and paragraph separators, tabs and special spaces become spaces (a narrow no-break space a
 * no-break space), the hyphens U+2010/U+2011 a plain hyphen.
 */
export function drawableText(text: string): string {
  const codePoints = drawableCodePoints();
  const normalised = text
    .replace(/\u202f/g, '\u00a0')
    .replace(/[^\S\u00a0]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-');
  return [...normalised]
    .filter((character) => character === ' ' || codePoints.has(character.codePointAt(0)!))
    .join('')
    .replace(/\(\s*\)|\[\s*\]/g, '') // "Lei Jun (雷军)" → "Lei Jun", not "Lei Jun ()"
    .replace(/ {2,}/g, ' ')
    .trim();
}
