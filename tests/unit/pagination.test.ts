import { describe, expect, it } from 'vitest';
import { gap, laterPageNumbers, pageCount, pageLinks, pageSize, paginate } from '@/lib/pagination';
import { pagedPath, pageFromSegments, pageSegments } from '@/lib/paths';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('pageCount', () => {
  it('uses ten teasers per page', () => {
    expect(pageSize).toBe(10);
  });

  it.each([
    [0, 1],
    [1, 1],
    [10, 1],
    [11, 2],
    [20, 2],
    [35, 4],
    [1000, 100],
  ])('%i items make %i page(s)', (total, pages) => {
    expect(pageCount(total)).toBe(pages);
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() => pageCount(5, 0)).toThrow(RangeError);
    expect(() => pageCount(5, 2.5)).toThrow(RangeError);
  });
});

describe('paginate', () => {
  const items = numbers(35);

  it('slices page 1, a middle page and the short last page', () => {
    expect(paginate(items, 1)).toEqual({ items: numbers(10), number: 1, count: 4, previous: undefined, next: 2 });
    expect(paginate(items, 2)?.items).toEqual(numbers(20).slice(10));
    expect(paginate(items, 4)).toEqual({
      items: [31, 32, 33, 34, 35],
      number: 4,
      count: 4,
      previous: 3,
      next: undefined,
    });
  });

  it('has no page 0, no page past the end and no fractional page', () => {
    expect(paginate(items, 0)).toBeUndefined();
    expect(paginate(items, -1)).toBeUndefined();
    expect(paginate(items, 5)).toBeUndefined();
    expect(paginate(items, 1.5)).toBeUndefined();
    expect(paginate(items, Number.NaN)).toBeUndefined();
  });

  it('gives an empty listing one empty page', () => {
    expect(paginate([], 1)).toEqual({ items: [], number: 1, count: 1, previous: undefined, next: undefined });
    expect(paginate([], 2)).toBeUndefined();
  });

  it('puts every item on exactly one page, in order', () => {
    const pages = numbers(pageCount(items.length)).map((number) => paginate(items, number)!.items);
    expect(pages.flat()).toEqual(items);
  });
});

describe('laterPageNumbers', () => {
  it('lists the pages that need an address of their own (2 … n)', () => {
    expect(laterPageNumbers(0)).toEqual([]);
    expect(laterPageNumbers(10)).toEqual([]);
    expect(laterPageNumbers(11)).toEqual([2]);
    expect(laterPageNumbers(35)).toEqual([2, 3, 4]);
  });
});

describe('pageLinks', () => {
  it('shows all pages of a short listing', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pageLinks(1, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('leaves out pages far from the current one behind a gap', () => {
    expect(pageLinks(10, 20)).toEqual([1, gap, 9, 10, 11, gap, 20]);
    expect(pageLinks(5, 8)).toEqual([1, gap, 4, 5, 6, 7, 8]);
  });

  it('grows the window near either end instead of hiding a single page', () => {
    expect(pageLinks(1, 20)).toEqual([1, 2, 3, 4, 5, gap, 20]);
    expect(pageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, gap, 20]);
    expect(pageLinks(5, 20)).toEqual([1, gap, 4, 5, 6, gap, 20]);
    expect(pageLinks(17, 20)).toEqual([1, gap, 16, 17, 18, 19, 20]);
    expect(pageLinks(20, 20)).toEqual([1, gap, 16, 17, 18, 19, 20]);
  });

  it('keeps the same number of slots on every page, always with first, current and last', () => {
    for (const count of [8, 9, 20, 100]) {
      for (let current = 1; current <= count; current += 1) {
        const links = pageLinks(current, count);
        expect(links, `${current}/${count}`).toHaveLength(7);
        expect(links).toContain(current);
        expect(links[0]).toBe(1);
        expect(links.at(-1)).toBe(count);
      }
    }
  });

  it('widens the window on request', () => {
    expect(pageLinks(10, 20, 2)).toEqual([1, gap, 8, 9, 10, 11, 12, gap, 20]);
  });
});

describe('paged addresses', () => {
  it('gives page 1 the listing address only and later pages /seite/<n>', () => {
    expect(pagedPath('/', 1)).toBe('/');
    expect(pagedPath('/', 2)).toBe('/seite/2');
    expect(pagedPath('/themen/su7', 1)).toBe('/themen/su7');
    expect(pagedPath('/themen/su7', 3)).toBe('/themen/su7/seite/3');
    expect(pagedPath('/ressorts/zahlen', 2)).toBe('/ressorts/zahlen/seite/2');
  });

  it('turns page numbers into route segments and back', () => {
    expect(pageSegments(1)).toEqual([]);
    expect(pageSegments(4)).toEqual(['seite', '4']);
    for (const number of [1, 2, 10, 123]) expect(pageFromSegments(pageSegments(number))).toBe(number);
    expect(pageFromSegments(undefined)).toBe(1);
  });

  it('accepts no second spelling of a page', () => {
    for (const segments of [
      ['seite', '1'],
      ['seite', '0'],
      ['seite', '02'],
      ['seite', '2.0'],
      ['seite', '-2'],
      ['seite'],
      ['page', '2'],
      ['seite', '2', 'x'],
      ['seite', '99999999999999999999'],
    ]) {
      expect(pageFromSegments(segments), segments.join('/')).toBeUndefined();
    }
  });
});
