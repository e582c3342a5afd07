/** Open Graph's recommended size; X (Twitter) shows the same card for summary_large_image. */
export const shareImageSize = { width: 1200, height: 630 } as const;

/** The publisher logo for structured data: square, and large enough for every consumer (≥ 112 px). */
export const logoImageSize = { width: 512, height: 512 } as const;

/** A headline never runs longer than this many lines; the rest is cut with an ellipsis. */
export const headlineMaxLines = 4;

/**
 * Font sizes by headline length (characters), largest first: short headlines fill the card, long ones
 * (up to the 110 characters the schema allows) still fit in four lines of the 1056 px text column.
 */
const headlineSteps = [
  { maxLength: 45, fontSize: 80 },
  { maxLength: 70, fontSize: 70 },
  { maxLength: 90, fontSize: 62 },
  { maxLength: Infinity, fontSize: 56 },
] as const;

/** The headline's font size on the share image: smaller the longer the headline. */
export function headlineFontSize(headline: string): number {
  const length = [...headline.trim()].length;
  return headlineSteps.find((step) => length <= step.maxLength)!.fontSize;
}
