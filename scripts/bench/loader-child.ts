// `node --import tsx scripts/bench/loader-child.ts <content dir> <floor data file>`, started by
// scripts/bench/tools.ts in a fresh process: times readContent() on one content directory, prints
// {ms, baselineRss, peakRss} (peak RSS from /proc before and after) as JSON, then writes the floor
// app's data from the same content (after measuring, so it costs nothing there).
import { readFileSync, writeFileSync } from 'node:fs';
import type { FloorData } from '../../bench/floor-app/data';
import { createCatalog } from '../../lib/content/catalog';
import { readContent } from '../../lib/content/load';
import { berlinMonth, dateTimeAttribute, formatGermanDateTime } from '../../lib/dates';
import { ressorts } from '../../lib/ressorts';

const [directory, floorFile] = process.argv.slice(2);
if (!directory || !floorFile) throw new Error('usage: loader-child.ts <content directory> <floor data file>');
const peakRss = () => Number(/^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) * 1024;

const baselineRss = peakRss();
const started = performance.now();
const content = readContent(directory);
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, baselineRss, peakRss: peakRss(), articles: content.articles.length }));

// What the floor app needs to render the same pages, prepared by our own code so its build does
// none of it: published articles newest first, bodies as HTML, dates as text.
const catalog = createCatalog(content, { now: new Date('2025-12-02T12:00:00+01:00'), includeUnpublished: false });
const floor: FloorData = {
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
writeFileSync(floorFile, JSON.stringify(floor));
