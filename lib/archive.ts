import { berlinMonth, type ArticleDate } from './dates';
import { pageCount, pageSize } from './pagination';

/** One month of the archive with its articles, newest first; `month` counts from 1. */
export interface ArchiveMonth<T> {
  year: number;
  month: number;
  articles: readonly T[];
}

/** One year of the archive: its months that have articles, newest first. */
export interface ArchiveYear<T> {
  year: number;
  count: number;
  months: readonly ArchiveMonth<T>[];
}

/**
 * Groups articles by the calendar month of their date in Berlin – the month readers and editors
 * see on the page, whatever the time zone of the machine that builds the site. Years, months and
 * the articles within a month are newest first; articles with the same moment keep their order.
 */
export function archiveByMonth<T extends { date: ArticleDate }>(articles: readonly T[]): ArchiveYear<T>[] {
  const newestFirst = articles.toSorted((a, b) => b.date.instant.getTime() - a.date.instant.getTime());
  const years: { year: number; count: number; months: { year: number; month: number; articles: T[] }[] }[] = [];
  for (const article of newestFirst) {
    const { year, month } = berlinMonth(article.date);
    let currentYear = years.at(-1);
    if (currentYear?.year !== year) {
      currentYear = { year, count: 0, months: [] };
      years.push(currentYear);
    }
    let currentMonth = currentYear.months.at(-1);
    if (currentMonth?.month !== month) {
      currentMonth = { year, month, articles: [] };
      currentYear.months.push(currentMonth);
    }
    currentMonth.articles.push(article);
    currentYear.count += 1;
  }
  return years;
}

/** Every month of a grouped archive, newest first. */
export function archiveMonths<T>(years: readonly ArchiveYear<T>[]): ArchiveMonth<T>[] {
  return years.flatMap((year) => year.months);
}

/** The months with articles just before and after the given one (older, newer). */
export function adjacentMonths<T>(
  years: readonly ArchiveYear<T>[],
  year: number,
  month: number,
): { older?: ArchiveMonth<T>; newer?: ArchiveMonth<T> } {
  const months = archiveMonths(years);
  const index = months.findIndex((candidate) => candidate.year === year && candidate.month === month);
  if (index === -1) return {};
  return { newer: months[index - 1], older: months[index + 1] };
}

/**
 * Every page of every month, newest month first: a month is paged like every other listing, so one
 * with more than `size` articles has `/archiv/<jahr>/<monat>/seite/2` … (addresses: lib/paths.ts).
 */
export function archiveMonthPages<T>(
  years: readonly ArchiveYear<T>[],
  size: number = pageSize,
): { year: number; month: number; page: number }[] {
  return archiveMonths(years).flatMap(({ year, month, articles }) =>
    Array.from({ length: pageCount(articles.length, size) }, (_, index) => ({ year, month, page: index + 1 })),
  );
}
