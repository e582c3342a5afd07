import { dateTimeAttribute, formatGermanDate, formatGermanDateTime, type ArticleDate } from '@/lib/dates';

/** A machine-readable `<time>` with the German date; the time of day only where it was given. */
export function DateLine({ date, withTime = false }: { date: ArticleDate; withTime?: boolean }) {
  return (
    <time dateTime={dateTimeAttribute(date)}>{withTime ? formatGermanDateTime(date) : formatGermanDate(date)}</time>
  );
}
