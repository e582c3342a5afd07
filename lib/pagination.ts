/**
 * Paging maths for the listings (home, topics, ressorts, authors, archive months): pure functions, no URLs, no React.
 * Page numbers count from 1; page 1 is the listing's own address (see `pagedPath` in lib/paths.ts).
 */

/** Teasers per listing page; on the home page the lead story counts as one of them. */
export const pageSize = 10;

/** A gap in a row of page links ("1 … 7 8 9 … 20"). */
export const gap = 'gap' as const;
export type PageLink = number | typeof gap;

export interface Page<T> {
  /** The items on this page, in the listing's order. */
  items: readonly T[];
  /** This page's number, 1-based. */
  number: number;
  /** How many pages the listing has; at least 1, so an empty listing still has its first page. */
  count: number;
  previous: number | undefined;
  next: number | undefined;
}

/** Number of pages for `total` items; an empty listing still has one (empty) page. */
export function pageCount(total: number, size: number = pageSize): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  return Math.max(1, Math.ceil(Math.max(0, total) / size));
}

/** Page `number` of `items`; undefined when there is no such page (0, negative, fractional or past the end). */
export function paginate<T>(items: readonly T[], number: number, size: number = pageSize): Page<T> | undefined {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > count) return undefined;
  return {
    items: items.slice((number - 1) * size, number * size),
    number,
    count,
    previous: number > 1 ? number - 1 : undefined,
    next: number < count ? number + 1 : undefined,
  };
}

/** Pages 2 … n: the ones that need an address of their own (page 1 is the listing itself). */
export function laterPageNumbers(total: number, size: number = pageSize): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2);
}

/**
 * The numbered links to show: the first and last page, the current one with `around` neighbours
 * on each side, and gaps for pages left out. The row always has the same number of slots
 * (2 × around + 5, or all pages if there are fewer), so it keeps its width from page to page;
 * near either end the window grows instead of showing a gap that would hide a single page.
 */
export function pageLinks(current: number, count: number, around = 1): PageLink[] {
  const slots = 2 * around + 5;
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
  if (count <= slots) return range(1, count);
  if (current <= around + 3) return [...range(1, slots - 2), gap, count];
  if (current >= count - around - 2) return [1, gap, ...range(count - slots + 3, count)];
  return [1, gap, ...range(current - around, current + around), gap, count];
}
