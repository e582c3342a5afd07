import { SiteLink } from '@/components/SiteLink';
import type { ListedArticle } from '@/lib/content/catalog';
import type { Timeline as TimelineData, TimelineEvent } from '@/lib/content/datasets';
import { sourceLabel } from '@/lib/content/source-label';
import { formatPartialDate, partialDateAttribute } from '@/lib/dates';
import { articlePath } from '@/lib/paths';
import styles from './Timeline.module.css';

/**
 * The timeline: one list per year, each event with its date, what happened, its source and the
 * article that covers it. A plain ordered list with a line drawn in CSS, readable on any phone.
 */
export function Timeline({
  timeline,
  articleFor,
}: {
  timeline: TimelineData;
  articleFor: (slug: string) => ListedArticle | undefined;
}) {
  const years = groupByYear(timeline.events);
  // Each article is linked once, at the first event it covers (issue 18: the same link came back four times).
  const linked = new Set<string>();
  const firstMention = new Set(
    timeline.events.filter((event) => {
      if (!event.article || linked.has(event.article)) return false;
      linked.add(event.article);
      return true;
    }),
  );
  return (
    <div className="timeline">
      {years.map(({ year, events }) => (
        <section key={year} className="timeline__year" aria-labelledby={`jahr-${year}`}>
          <h2 id={`jahr-${year}`} className={styles.yearTitle}>
            {year}
          </h2>
          <ol className={styles.events}>
            {events.map((event) => (
              <TimelineItem
                key={`${partialDateAttribute(event.date)}|${event.title}`}
                event={event}
                article={event.article ? articleFor(event.article) : undefined}
                repeated={!firstMention.has(event)}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function TimelineItem({
  event,
  article,
  repeated,
}: {
  event: TimelineEvent;
  article: ListedArticle | undefined;
  repeated: boolean;
}) {
  return (
    <li className={`timeline__event ${styles.event}`}>
      <p className={styles.date}>
        <time dateTime={partialDateAttribute(event.date)}>{event.dateLabel ?? formatPartialDate(event.date)}</time>
      </p>
      <h3 className={styles.title}>{event.title}</h3>
      <p className={styles.text}>{event.text}</p>
      {article && repeated ? (
        <p className={`${styles.article} ${styles.articleNone}`}>Dazu derselbe Artikel wie weiter oben.</p>
      ) : article ? (
        <p className={styles.article}>
          <span className={styles.articleLabel}>Zum Artikel: </span>
          <SiteLink href={articlePath(article.slug)}>{article.title}</SiteLink>
        </p>
      ) : (
        <p className={`${styles.article} ${styles.articleNone}`}>
          Zu diesem Ereignis gibt es noch keinen eigenen Artikel.
        </p>
      )}
      <p className={styles.source}>
        {event.sources.length === 1 ? 'Quelle' : 'Quellen'}: {event.sources.map(sourceLabel).join('; ')}
      </p>
    </li>
  );
}

function groupByYear(events: readonly TimelineEvent[]): { year: number; events: TimelineEvent[] }[] {
  const years: { year: number; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const last = years.at(-1);
    if (last?.year === event.date.year) last.events.push(event);
    else years.push({ year: event.date.year, events: [event] });
  }
  return years;
}
