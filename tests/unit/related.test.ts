import { describe, expect, it } from 'vitest';
import { articleEnding, mostShared } from '@/lib/content/related';

/** Lists of positions (0 = newest), each ascending, as the catalog's topic listings are. */
const identity = { position: (item: number) => item, skip: () => false };

/** The obvious definition: count every item's lists, sort by count and then by position. */
function bruteForce(lists: number[][], limit: number, skip: (item: number) => boolean = () => false): number[] {
  const counts = new Map<number, number>();
  for (const list of lists) for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts]
    .filter(([item]) => !skip(item))
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([item]) => item);
}

describe('mostShared', () => {
  it('puts items found in more lists first and the earlier item first among equals', () => {
    const lists = [
      [1, 2, 5, 8],
      [2, 3, 5],
      [0, 5, 9],
    ];
    expect(mostShared(lists, { ...identity, limit: 3 })).toEqual([5, 2, 0]);
    expect(mostShared(lists, { ...identity, limit: 10 })).toEqual([5, 2, 0, 1, 3, 8, 9]);
  });

  it('leaves out skipped items (the article itself) and stops at the limit', () => {
    const lists = [
      [0, 1, 2],
      [0, 2, 4],
    ];
    expect(mostShared(lists, { ...identity, skip: (item) => item === 0, limit: 2 })).toEqual([2, 1]);
    expect(mostShared(lists, { ...identity, limit: 0 })).toEqual([]);
    expect(mostShared([], { ...identity, limit: 3 })).toEqual([]);
  });

  it('agrees with sorting every candidate, for many random sets of lists', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    for (let round = 0; round < 300; round += 1) {
      const lists = Array.from({ length: 1 + random(4) }, () =>
        [...new Set(Array.from({ length: random(30) }, () => random(40)))].sort((a, b) => a - b),
      );
      const limit = random(6);
      const skipped = random(40);
      const skip = (item: number) => item === skipped;
      expect(mostShared(lists, { ...identity, skip, limit }), JSON.stringify({ lists, limit, skipped })).toEqual(
        bruteForce(lists, limit, skip),
      );
    }
  });
});

describe('articleEnding', () => {
  const entry = (slug: string) => ({ slug });
  const slugsOf = (items: readonly { slug: string }[]) => items.map((item) => item.slug);

  it('never links an article twice: not itself, not a neighbour, not a repeated candidate', () => {
    const ending = articleEnding(entry('a'), {
      older: entry('b'),
      newer: entry('c'),
      candidates: ['a', 'b', 'd', 'c', 'd', 'e'].map(entry),
    });
    expect(ending.older?.slug).toBe('b');
    expect(ending.newer?.slug).toBe('c');
    expect(slugsOf(ending.more)).toEqual(['d', 'e']);
  });

  it('lists at most five further articles by default, in the order of the candidates', () => {
    const candidates = ['b', 'c', 'd', 'e', 'f', 'g', 'h'].map(entry);
    expect(slugsOf(articleEnding(entry('a'), { candidates }).more)).toEqual(['b', 'c', 'd', 'e', 'f']);
    expect(slugsOf(articleEnding(entry('a'), { candidates, limit: 2 }).more)).toEqual(['b', 'c']);
    expect(articleEnding(entry('a'), { candidates: [] })).toEqual({ more: [] });
  });

  it('holds for many random candidate lists: every link on the page is unique', () => {
    let seed = 11;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    for (let round = 0; round < 200; round += 1) {
      const pick = () => entry(String(random(12)));
      const self = pick();
      const older = random(3) === 0 ? undefined : pick();
      const newer = random(3) === 0 ? undefined : pick();
      const candidates = Array.from({ length: random(15) }, pick);
      const ending = articleEnding(self, { older, newer, candidates });
      const more = slugsOf(ending.more);
      expect(more.length).toBeLessThanOrEqual(5);
      expect(new Set(more).size).toBe(more.length);
      expect(more).not.toContain(self.slug);
      if (older) expect(more).not.toContain(older.slug);
      if (newer) expect(more).not.toContain(newer.slug);
    }
  });
});
