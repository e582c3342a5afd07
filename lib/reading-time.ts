/** Words a reader of news prose manages per minute; a common newsroom figure for German text. */
const wordsPerMinute = 200;

/** Minutes to read a Markdown body, at least one. Counts words, not Markdown syntax. */
export function readingMinutes(markdown: string): number {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|~]/g, ' '); // hyphens stay: "E-Autos" is one word
  const words = text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

export function formatReadingTime(minutes: number): string {
  return `${minutes} Min. Lesezeit`;
}
