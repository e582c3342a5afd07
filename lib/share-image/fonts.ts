import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ImageResponseOptions } from 'next/server';

type ShareImageFont = NonNullable<ImageResponseOptions['fonts']>[number];

/** CSS font stacks for the share images: each family's Latin subset first, then Latin Extended. */
export const shareImageFontFamily = {
  serif: "'Source Serif 4', 'Source Serif 4 Latin Extended'",
  sans: "'Source Sans 3', 'Source Sans 3 Latin Extended'",
} as const;

/**
 * Static WOFF files from npm: next/og (Satori) reads WOFF and TTF but not the WOFF2 or variable
 * font the pages use. Each face comes as the Latin subset (German, „…“, –) plus Latin Extended for
 * names such as „Škoda“; a glyph missing from both would make Satori try to fetch a font online.
 * Satori keeps one file per family name and weight, so the second subset needs a family name of its own.
 */
const faces = [
  { family: 'Source Serif 4', weight: 700, package: '@fontsource/source-serif-4', file: 'source-serif-4' },
  { family: 'Source Sans 3', weight: 400, package: '@fontsource/source-sans-3', file: 'source-sans-3' },
  { family: 'Source Sans 3', weight: 700, package: '@fontsource/source-sans-3', file: 'source-sans-3' },
] as const;
/** The character subsets loaded for every face (see ./text.ts for what they cover). */
export const shareImageSubsets = [
  { subset: 'latin', familySuffix: '' },
  { subset: 'latin-ext', familySuffix: ' Latin Extended' },
] as const;

const resolveModule = createRequire(import.meta.url).resolve;
let loaded: Promise<ShareImageFont[]> | undefined;

/** One font file of the share images: a face (family and weight) in one subset. */
export interface ShareImageFontFile {
  /** The face, e.g. "Source Serif 4 700": what a text needs to be drawn in. */
  face: string;
  /** The family name Satori knows this file by (the Latin Extended files have their own). */
  name: string;
  weight: 400 | 700;
  path: string;
}

/** Every font file the share images use, resolved in node_modules. */
export function shareImageFontFiles(): ShareImageFontFile[] {
  return faces.flatMap((face) =>
    shareImageSubsets.map(({ subset, familySuffix }) => ({
      face: `${face.family} ${face.weight}`,
      name: face.family + familySuffix,
      weight: face.weight,
      path: resolveModule(
        /*turbopackIgnore: true*/ `${face.package}/files/${face.file}-${subset}-${face.weight}-normal.woff`,
      ),
    })),
  );
}

/** The fonts for `ImageResponse`, read from node_modules once per process. */
export function shareImageFonts(): Promise<ShareImageFont[]> {
  loaded ??= Promise.all(
    shareImageFontFiles().map(async (file): Promise<ShareImageFont> => ({
      name: file.name,
      weight: file.weight,
      style: 'normal',
      data: await readFile(/*turbopackIgnore: true*/ file.path),
    })),
  );
  return loaded;
}
