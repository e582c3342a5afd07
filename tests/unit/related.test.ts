import { describe, expect, it } from 'vitest';
import { articleEnding, mostShared } from '@/lib/content/related';

/** Items are their own positions (0 = newest); groups hold the items with one set of topics, ascending. */
const identity = { position: (item: number) => item };
const group = (topics: string[], items: number[]) => ({ topics, items });

/** The obvious definition: count every item's shared topics, sort by count and then by position. */
function bruteForce(topicsOf: Map<number, string[]>, topics: Set<string>, limit: number): number[] {
  return [...topicsOf]
    .map(([item, own]) => [item, own.filter((topic) => topics.has(topic)).length] as const)
    .filter(([, shared]) => shared > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([item]) => item);
}

describe('mostShared', () => {
  const groups = [
    group(['su7'], [1, 8]),
    group(['su7', 'yu7'], [2]),
    group(['yu7'], [3]),
    group(['europa', 'su7', 'yu7'], [5]),
    group(['europa'], [0, 9]),
    group(['aktie'], [4, 6]),
  ];
  const topics = new Set(['su7', 'yu7', 'europa']);

  it('puts items sharing more topics first and the earlier item first among equals', () => {
    expect(mostShared(groups, topics, { ...identity, limit: 3 })).toEqual([5, 2, 0]);
    expect(mostShared(groups, topics, { ...identity, limit: 10 })).toEqual([5, 2, 0, 1, 3, 8, 9]);
  });

  it('never picks an item without a shared topic, and stops at the limit', () => {
    expect(mostShared(groups, new Set(['aktie']), { ...identity, limit: 5 })).toEqual([4, 6]);
    expect(mostShared(groups, topics, { ...identity, limit: 0 })).toEqual([]);
    expect(mostShared([], topics, { ...identity, limit: 3 })).toEqual([]);
    expect(mostShared(groups, new Set(), { ...identity, limit: 3 })).toEqual([]);
  });

  it('agrees with sorting every candidate, for many random archives', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (let round = 0; round < 300; round += 1) {
      const topicsOf = new Map<number, string[]>();
      for (let item = 0; item < random(60); item += 1)
        topicsOf.set(item, [...new Set(Array.from({ length: 1 + random(3) }, () => names[random(6)]!))].sort());
      const grouped = new Map<string, { topics: string[]; items: number[] }>();
      for (const [item, own] of topicsOf) {
        const key = own.join(' ');
        if (grouped.has(key)) grouped.get(key)!.items.push(item);
        else grouped.set(key, group(own, [item]));
      }
      const wanted = new Set(Array.from({ length: 1 + random(3) }, () => names[random(6)]!));
      const limit = random(8);
      expect(
        mostShared(grouped.values(), wanted, { ...identity, limit }),
        JSON.stringify({ topics: [...topicsOf], wanted: [...wanted], limit }),
      ).toEqual(bruteForce(topicsOf, wanted, limit));
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
