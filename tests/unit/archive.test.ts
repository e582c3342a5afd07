import { afterEach, describe, expect, it } from 'vitest';
import { adjacentMonths, archiveByMonth, archiveMonthPages, archiveMonths } from '@/lib/archive';
import { berlinMonth, formatGermanMonth, germanMonthName } from '@/lib/dates';
import { archiveMonthPath } from '@/lib/paths';
import { articleDate, testTimeZones } from './helpers';

const article = (slug: string, date: string) => ({ slug, date: articleDate(date) });

/** Articles around month and year boundaries, deliberately not in date order. */
const articles = [
  article('mitte-november', '2025-11-15'),
  // 00:30 in Berlin on 1 December is still 30 November in UTC: it belongs to December.
  article('dezember-kurz-nach-mitternacht', '2025-12-01T00:30:00+01:00'),
  // 23:30 UTC on 30 November is 00:30 on 1 December in Berlin, written in UTC.
  article('dezember-in-utc-geschrieben', '2025-11-30T23:30:00Z'),
  article('november-kurz-vor-mitternacht', '2025-11-30T23:59:00+01:00'),
  article('silvester', '2024-12-31T23:30:00+01:00'),
  // Summer time: 00:15 on 1 July in Berlin is 22:15 UTC on 30 June.
  article('juli-sommerzeit', '2025-07-01T00:15:00+02:00'),
  article('neujahr-berlin', '2024-12-31T23:30:00Z'),
];

function summary() {
  return archiveByMonth(articles).map(({ year, count, months }) => ({
    year,
    count,
    months: months.map(({ month, articles: inMonth }) => ({ month, slugs: inMonth.map((entry) => entry.slug) })),
  }));
}

const expected = [
  {
    year: 2025,
    count: 6,
    months: [
      { month: 12, slugs: ['dezember-kurz-nach-mitternacht', 'dezember-in-utc-geschrieben'] },
      { month: 11, slugs: ['november-kurz-vor-mitternacht', 'mitte-november'] },
      { month: 7, slugs: ['juli-sommerzeit'] },
      { month: 1, slugs: ['neujahr-berlin'] },
    ],
  },
  { year: 2024, count: 1, months: [{ month: 12, slugs: ['silvester'] }] },
];

describe('archiveByMonth', () => {
  it('groups by year and month in Berlin, newest first, with counts', () => {
    expect(summary()).toEqual(expected);
  });

  it('keeps the given order for articles of the same moment', () => {
    const twins = [article('b', '2025-03-01T10:00:00+01:00'), article('a', '2025-03-01T10:00:00+01:00')];
    expect(archiveByMonth(twins)[0]!.months[0]!.articles.map((entry) => entry.slug)).toEqual(['b', 'a']);
  });

  it('has no years for no articles', () => {
    expect(archiveByMonth([])).toEqual([]);
  });

  it('lists all months newest first and finds the neighbours of one', () => {
    const years = archiveByMonth(articles);
    expect(archiveMonths(years).map(({ year, month }) => archiveMonthPath(year, month))).toEqual([
      '/archiv/2025/12',
      '/archiv/2025/11',
      '/archiv/2025/07',
      '/archiv/2025/01',
      '/archiv/2024/12',
    ]);
    const around = (year: number, month: number) => {
      const { older, newer } = adjacentMonths(years, year, month);
      return { older: older && `${older.year}-${older.month}`, newer: newer && `${newer.year}-${newer.month}` };
    };
    expect(around(2025, 7)).toEqual({ older: '2025-1', newer: '2025-11' });
    expect(around(2025, 12)).toEqual({ older: '2025-11', newer: undefined });
    expect(around(2024, 12)).toEqual({ older: undefined, newer: '2025-1' });
    expect(adjacentMonths(years, 2023, 5)).toEqual({});
  });
});

describe('German month names', () => {
  it('names every month', () => {
    expect(Array.from({ length: 12 }, (_, index) => germanMonthName(index + 1))).toEqual([
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ]);
    expect(formatGermanMonth(2025, 12)).toBe('Dezember 2025');
    expect(formatGermanMonth(2026, 1)).toBe('Januar 2026');
  });
});

describe('the archive is independent from the machine time zone', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each(testTimeZones)('groups and names months identically with TZ=%s', (zone, offsetIn1970) => {
    process.env.TZ = zone;
    // Proves the switch took effect in this process, so the comparison below means something.
    expect(new Date(0).getTimezoneOffset()).toBe(offsetIn1970);
    expect(summary()).toEqual(expected);
    expect(berlinMonth(articleDate('2025-12-01T00:30:00+01:00'))).toEqual({ year: 2025, month: 12 });
    expect(berlinMonth(new Date('2025-11-30T22:59:59Z'))).toEqual({ year: 2025, month: 11 });
    expect(formatGermanMonth(2025, 12)).toBe('Dezember 2025');
    expect(germanMonthName(3)).toBe('März');
  });
});

describe('paging of archive months', () => {
  /** `count` articles in the given month (days 1 … count), for months of every size. */
  const inMonth = (prefix: string, yearMonth: string, count: number) =>
    Array.from({ length: count }, (_, index) =>
      article(`${prefix}-${index + 1}`, `${yearMonth}-${String(index + 1).padStart(2, '0')}`),
    );

  it('gives a month one page per 10 articles, newest month first, and a month that fits one page only page 1', () => {
    const years = archiveByMonth([
      ...inMonth('okt', '2025-10', 10),
      ...inMonth('nov', '2025-11', 11),
      ...inMonth('dez', '2025-12', 25),
    ]);
    expect(archiveMonthPages(years)).toEqual([
      { year: 2025, month: 12, page: 1 },
      { year: 2025, month: 12, page: 2 },
      { year: 2025, month: 12, page: 3 },
      { year: 2025, month: 11, page: 1 },
      { year: 2025, month: 11, page: 2 },
      { year: 2025, month: 10, page: 1 },
    ]);
  });

  it('takes the page size like every other listing', () => {
    const years = archiveByMonth(inMonth('nov', '2025-11', 5));
    expect(archiveMonthPages(years, 2).map(({ page }) => page)).toEqual([1, 2, 3]);
  });

  it('has no pages for an empty archive', () => {
    expect(archiveMonthPages([])).toEqual([]);
  });
});
