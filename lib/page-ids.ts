/**
 * The ids the page itself gives its landmarks and sections. An article's own section headings get
 * ids from their text (lib/content/heading-anchors.ts), which must never take one of these: a second
 * `id="quellen"` would break the jump link and the section's accessible name.
 */
export const pageIds = {
  /** `<main>`, the skip link's target. */
  main: 'inhalt',
  tableOfContents: 'inhaltsverzeichnis',
  share: 'teilen',
  corrections: 'korrektur',
  sources: 'quellen',
  related: 'verwandte-artikel',
  keyFigures: 'kennzahlen-titel',
} as const;

export const reservedPageIds: ReadonlySet<string> = new Set(Object.values(pageIds));
