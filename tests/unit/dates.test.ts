import { afterEach, describe, expect, it } from 'vitest';
import {
  berlinDay,
  dateTimeAttribute,
  formatGermanDate,
  formatGermanDateTime,
  isoWithOffset,
  parseArticleDate,
} from '@/lib/dates';
import { articleDate, testTimeZones } from './helpers';

describe('parseArticleDate', () => {
  it('reads a plain day as midnight in Berlin, without a time', () => {
    expect(parseArticleDate('2025-03-22')).toEqual({ instant: new Date('2025-03-21T23:00:00Z'), hasTime: false });
    expect(parseArticleDate('2025-07-01')).toEqual({ instant: new Date('2025-06-30T22:00:00Z'), hasTime: false });
  });

  it('reads a date-time with offset as that exact moment, with a time', () => {
    expect(parseArticleDate('2025-12-01T09:30:00+01:00')).toEqual({
      instant: new Date('2025-12-01T08:30:00Z'),
      hasTime: true,
    });
    expect(parseArticleDate('2025-12-01T08:30:00Z')).toEqual({
      instant: new Date('2025-12-01T08:30:00Z'),
      hasTime: true,
    });
    expect(parseArticleDate('2025-12-01T09:30+01:00')?.instant).toEqual(new Date('2025-12-01T08:30:00Z'));
    expect(parseArticleDate('2025-12-01T09:30:15.250-05:00')?.instant).toEqual(new Date('2025-12-01T14:30:15.250Z'));
  });

  it('accepts 29 February in a leap year, in both forms', () => {
    expect(parseArticleDate('2024-02-29')?.instant).toEqual(new Date('2024-02-28T23:00:00Z'));
    expect(parseArticleDate('2024-02-29T12:00:00+01:00')?.instant).toEqual(new Date('2024-02-29T11:00:00Z'));
  });

  it.each([
    ['2025-02-30', 'a day that does not exist in February'],
    ['2025-02-29', '29 February outside a leap year'],
    ['2025-04-31', 'the 31st of a 30-day month'],
    ['2025-13-01', 'month 13'],
    ['2025-00-10', 'month 0'],
    ['2025-01-00', 'day 0'],
    ['2025-02-30T10:00:00+01:00', 'an impossible day with a time'],
    ['2025-04-31T10:00:00+02:00', 'the 31st of a 30-day month with a time'],
    ['2025-01-01T24:00:00Z', 'hour 24'],
    ['2025-01-01T12:60:00Z', 'minute 60'],
    ['2025-12-01T09:30:00', 'a date-time without offset (whose meaning depends on the machine)'],
    ['2025-12-01 09:30:00+01:00', 'a space instead of "T"'],
    ['22.03.2025', 'the German notation'],
    ['2025-3-22', 'a month without leading zero'],
    ['gestern', 'a word'],
    ['', 'an empty string'],
  ])('rejects %s (%s)', (value) => {
    expect(parseArticleDate(value)).toBeNull();
  });
});

describe('formatting in Berlin time', () => {
  it('formatGermanDate writes the day with the German month name', () => {
    expect(formatGermanDate(articleDate('2025-03-22'))).toBe('22. März 2025');
    expect(formatGermanDate(articleDate('2026-02-03'))).toBe('3. Februar 2026');
  });

  it('formatGermanDate also takes a plain Date', () => {
    expect(formatGermanDate(new Date('2025-03-22T12:00:00Z'))).toBe('22. März 2025');
  });

  it('formatGermanDate uses the Berlin day, not the UTC day', () => {
    expect(formatGermanDate(articleDate('2025-03-22T23:30:00Z'))).toBe('23. März 2025');
  });

  it('formatGermanDateTime adds the time with "Uhr" when one was given', () => {
    expect(formatGermanDateTime(articleDate('2025-12-01T09:30:00+01:00'))).toBe('1. Dezember 2025, 9:30 Uhr');
    expect(formatGermanDateTime(articleDate('2025-12-01T08:30:00Z'))).toBe('1. Dezember 2025, 9:30 Uhr');
    expect(formatGermanDateTime(articleDate('2025-07-01T15:05:00+02:00'))).toBe('1. Juli 2025, 15:05 Uhr');
  });

  it('formatGermanDateTime shows only the day when no time was given', () => {
    expect(formatGermanDateTime(articleDate('2025-12-01'))).toBe('1. Dezember 2025');
  });

  it('dateTimeAttribute gives the day alone, or the moment with the Berlin offset', () => {
    expect(dateTimeAttribute(articleDate('2025-03-22'))).toBe('2025-03-22');
    expect(dateTimeAttribute(articleDate('2025-12-01T09:30:00+01:00'))).toBe('2025-12-01T09:30:00+01:00');
    expect(dateTimeAttribute(articleDate('2025-12-01T08:30:00Z'))).toBe('2025-12-01T09:30:00+01:00');
  });

  it('isoWithOffset uses +01:00 in winter and +02:00 in summer', () => {
    expect(isoWithOffset(articleDate('2025-03-22'))).toBe('2025-03-22T00:00:00+01:00');
    expect(isoWithOffset(articleDate('2025-07-01'))).toBe('2025-07-01T00:00:00+02:00');
    expect(isoWithOffset(articleDate('2025-07-01T18:45:00Z'))).toBe('2025-07-01T20:45:00+02:00');
    expect(isoWithOffset(new Date('2025-12-01T08:30:00Z'))).toBe('2025-12-01T09:30:00+01:00');
  });

  it('isoWithOffset switches offset exactly at the change to summer time', () => {
    // 30 March 2025: clocks go from 02:00 CET to 03:00 CEST at 01:00 UTC.
    expect(isoWithOffset(new Date('2025-03-30T00:59:59Z'))).toBe('2025-03-30T01:59:59+01:00');
    expect(isoWithOffset(new Date('2025-03-30T01:00:00Z'))).toBe('2025-03-30T03:00:00+02:00');
  });

  it('berlinDay gives the calendar day in Berlin', () => {
    expect(berlinDay(new Date('2025-12-31T22:59:59Z'))).toBe('2025-12-31');
    expect(berlinDay(new Date('2025-12-31T23:00:00Z'))).toBe('2026-01-01');
  });
});

describe('independence from the machine time zone', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  /** Every formatted value, computed from scratch in whatever TZ the process currently has. */
  function everything() {
    const day = parseArticleDate('2025-03-22')!;
    const summerDay = parseArticleDate('2025-07-01')!;
    const moment = parseArticleDate('2025-12-01T09:30:00+01:00')!;
    const lateUtc = parseArticleDate('2025-03-22T23:30:00Z')!;
    return {
      dayInstant: day.instant.toISOString(),
      summerDayInstant: summerDay.instant.toISOString(),
      momentInstant: moment.instant.toISOString(),
      leapDay: parseArticleDate('2024-02-29')?.instant.toISOString(),
      impossible: parseArticleDate('2025-02-30'),
      germanDay: formatGermanDate(day),
      germanFebruary: formatGermanDate(parseArticleDate('2026-02-03')!),
      germanLate: formatGermanDate(lateUtc),
      germanMoment: formatGermanDateTime(moment),
      attributeDay: dateTimeAttribute(day),
      attributeMoment: dateTimeAttribute(moment),
      isoWinter: isoWithOffset(day),
      isoSummer: isoWithOffset(summerDay),
      berlinNewYear: berlinDay(new Date('2025-12-31T23:00:00Z')),
    };
  }

  const expected = {
    dayInstant: '2025-03-21T23:00:00.000Z',
    summerDayInstant: '2025-06-30T22:00:00.000Z',
    momentInstant: '2025-12-01T08:30:00.000Z',
    leapDay: '2024-02-28T23:00:00.000Z',
    impossible: null,
    germanDay: '22. März 2025',
    germanFebruary: '3. Februar 2026',
    germanLate: '23. März 2025',
    germanMoment: '1. Dezember 2025, 9:30 Uhr',
    attributeDay: '2025-03-22',
    attributeMoment: '2025-12-01T09:30:00+01:00',
    isoWinter: '2025-03-22T00:00:00+01:00',
    isoSummer: '2025-07-01T00:00:00+02:00',
    berlinNewYear: '2026-01-01',
  };

  it.each(testTimeZones)('gives identical results with TZ=%s', (zone, offsetIn1970) => {
    process.env.TZ = zone;
    // Proves the switch took effect in this process, so the comparison below means something.
    expect(new Date(0).getTimezoneOffset()).toBe(offsetIn1970);
    expect(everything()).toEqual(expected);
  });
});
