import { TZDate, tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { de } from 'date-fns/locale';
import { site } from './site';

/**
 * A front-matter date. Editors write either a calendar day (`2025-03-22`) or a moment with offset
 * (`2025-12-01T09:30:00+01:00`); both are meant in Europe/Berlin. Keeping `hasTime` lets pages
 * show a time only when the editor gave one.
 */
export interface ArticleDate {
  instant: Date;
  hasTime: boolean;
}

const berlin = tz(site.timeZone);
const dateOnlyPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Parses the two accepted forms; returns null for anything else, including impossible days. */
export function parseArticleDate(value: string): ArticleDate | null {
  const dateOnly = dateOnlyPattern.exec(value);
  const dateTime = dateOnly ? null : dateTimePattern.exec(value);
  const parts = (dateOnly ?? dateTime)?.slice(1).map((part) => Number(part ?? 0));
  if (!parts) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts as [number, number, number, ...number[]];
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  if (dateOnly) return { instant: new Date(new TZDate(year, month - 1, day, site.timeZone).getTime()), hasTime: false };
  return { instant: new Date(value), hasTime: true };
}

/** Date constructors roll 2025-02-30 over to March; a rolled-over day is a typo, not a date. */
function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Years below 1000 would be read as 19xx by Date.UTC; no article is that old.
  return year >= 1000 && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** "22. März 2025", the same on every machine whatever its TZ. */
export function formatGermanDate(date: ArticleDate | Date): string {
  return format(instantOf(date), 'd. MMMM yyyy', { locale: de, in: berlin });
}

/** "1. Dezember 2025, 9:30 Uhr" when a time was given, else the plain day. */
export function formatGermanDateTime(date: ArticleDate): string {
  if (!date.hasTime) return formatGermanDate(date);
  return format(date.instant, "d. MMMM yyyy, H:mm 'Uhr'", { locale: de, in: berlin });
}

/** Value for `<time datetime>`: the day alone, or the full moment with Berlin's offset. */
export function dateTimeAttribute(date: ArticleDate): string {
  return date.hasTime ? isoWithOffset(date) : format(date.instant, 'yyyy-MM-dd', { in: berlin });
}

/** ISO 8601 with the Europe/Berlin offset, e.g. "2025-03-22T00:00:00+01:00" (for feeds and JSON-LD). */
export function isoWithOffset(date: ArticleDate | Date): string {
  return format(instantOf(date), "yyyy-MM-dd'T'HH:mm:ssXXX", { in: berlin });
}

/** The calendar month an instant falls in, in Berlin: 2025-11-30T23:30Z is December 2025 there. */
export function berlinMonth(date: ArticleDate | Date): { year: number; month: number } {
  const [year, month] = format(instantOf(date), 'yyyy-MM', { in: berlin }).split('-').map(Number) as [number, number];
  return { year, month };
}

/** "Dezember 2025"; `month` counts from 1. */
export function formatGermanMonth(year: number, month: number): string {
  return format(midMonth(year, month), 'MMMM yyyy', { locale: de, in: berlin });
}

/** "Dezember"; `month` counts from 1. */
export function germanMonthName(month: number): string {
  return format(midMonth(2000, month), 'MMMM', { locale: de, in: berlin });
}

/** Mid-month noon in Berlin: no time zone or DST shift can move it into a neighbouring month. */
function midMonth(year: number, month: number): Date {
  return new TZDate(year, month - 1, 15, 12, site.timeZone);
}

/** Today's calendar day in Berlin as `YYYY-MM-DD`. */
export function berlinDay(now: Date): string {
  return format(now, 'yyyy-MM-dd', { in: berlin });
}

function instantOf(date: ArticleDate | Date): Date {
  return date instanceof Date ? date : date.instant;
}

/**
 * A day, a month or a year, as precise as the source is: a timeline event "im März 2024" must not
 * pretend to a day nobody reported. Written `2025-03-22`, `2025-03` or `2025`.
 */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** German month names, January first (also used by the synthetic article generator). */
export const germanMonths = [
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
] as const;
const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses the three accepted forms; null for anything else, including impossible months and days. */
export function parsePartialDate(value: string): PartialDate | null {
  const match = partialDatePattern.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || year < 1000) return null;
  if (month === undefined) return { year };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { year, month };
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

/** "22. März 2025", "März 2025" or "2025". */
export function formatPartialDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  const month = germanMonths[date.month - 1];
  return date.day === undefined ? `${month} ${date.year}` : `${date.day}. ${month} ${date.year}`;
}

/** Value for `<time datetime>`: valid HTML for a year, a month or a day. */
export function partialDateAttribute(date: PartialDate): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  return date.day === undefined
    ? `${date.year}-${pad(date.month)}`
    : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** First and last calendar day a partial date may mean, as comparable `YYYYMMDD` numbers. */
export function partialDateSpan(date: PartialDate): { first: number; last: number } {
  const key = (month: number, day: number) => date.year * 10_000 + month * 100 + day;
  if (date.month === undefined) return { first: key(1, 1), last: key(12, 31) };
  if (date.day === undefined) return { first: key(date.month, 1), last: key(date.month, 31) };
  return { first: key(date.month, date.day), last: key(date.month, date.day) };
}
