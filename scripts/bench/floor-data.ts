import type { FloorData } from '../../bench/floor-app/data';
import { createCatalog } from '../../lib/content/catalog';
import type { LoadedContent } from '../../lib/content/load';
import { berlinMonth, dateTimeAttribute, formatGermanDateTime } from '../../lib/dates';
import { ressorts } from '../../lib/ressorts';

/**
 * What the floor app needs to render the same pages as our site, prepared by our own code so
 * the floor's build does none of it: published articles newest first, bodies as HTML, dates as text.
 */
export function floorDataFrom(content: LoadedContent, now: Date): FloorData {
  const catalog = createCatalog(content, { now, includeUnpublished: false });
  return {
    articles: catalog.articles.map((article) => {
      const { year, month } = berlinMonth(article.date);
      return {
        slug: article.slug,
        title: article.title,
        ...(article.kicker && { kicker: article.kicker }),
        teaser: article.teaser,
        date: dateTimeAttribute(article.date),
        dateLabel: formatGermanDateTime(article.date),
        month: `${year}-${String(month).padStart(2, '0')}`,
        author: article.author.name,
        ressort: article.ressort,
        tags: article.tags.map((tag) => tag.slug),
        html: article.html,
        sources: article.sources,
      };
    }),
    tags: content.vocabulary.tags.map(({ slug, name, description }) => ({ slug, name, description })),
    ressorts: ressorts.map(({ slug, name, description }) => ({ slug, name, description })),
  };
}
