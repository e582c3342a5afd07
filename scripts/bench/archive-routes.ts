// `CONTENT_DIR=<dir> npx tsx scripts/bench/archive-routes.ts [--runs 3]`: what the routes that grow with the
// whole archive cost per route at the size of <dir> (e.g. 10,000 articles from scripts/generate-articles.ts):
// loading the content once per build worker, the catalog, every sitemap file and the index, the feeds,
// the longest listing's last page and the end of every article page ("Mehr zum Thema"). Prints the
// machine load first; the numbers go by hand into docs/BENCHMARKS.md ("Build", 10.000 Artikel). Not a
// test: timings depend on the machine and its load. The search index is left out (lib/search/ measures
// its own).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { archiveMonths } from '../../lib/archive';
import { createCatalog, type Catalog } from '../../lib/content/catalog';
import { readContent } from '../../lib/content/load';
import { buildNow } from '../../lib/content/publish';
import { paginate } from '../../lib/pagination';
import { renderAtom, renderJsonFeed, renderRss } from '../../lib/syndication/feed-formats';
import { buildFeed, siteChannel, topicChannel } from '../../lib/syndication/feeds';
import { newsSitemapEntries, renderNewsSitemap } from '../../lib/syndication/news-sitemap';
import { renderSitemap, renderSitemapIndex, sitemapFiles } from '../../lib/syndication/sitemap';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);

function time<T>(task: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = task();
  return { ms: performance.now() - started, result };
}
const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const load = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

console.log(`uptime: ${load()}`);
console.log(`Kerne: ${os.cpus().length}, Node ${process.version}, CONTENT_DIR=${process.env.CONTENT_DIR ?? 'content'}`);

const loaded = time(() => readContent());
console.log(
  `Inhalte lesen, prüfen, rendern (einmal je Build-Worker): ${ms(loaded.ms)} für ${loaded.result.articles.length} Artikel`,
);
const built = time(() => createCatalog(loaded.result, { now: buildNow(), includeUnpublished: false }));
console.log(`Katalog: ${ms(built.ms)}`);

/** Each route as the build renders it: in a worker that has the catalog, but nothing else cached. */
function routes(catalog: Catalog): [string, () => unknown][] {
  const biggest = catalog.tagCounts()[0]!.tag;
  return [
    ['/sitemap.xml (Index)', () => renderSitemapIndex(sitemapFiles(catalog))],
    [
      '/sitemaps/<größte Datei>.xml',
      () => renderSitemap(sitemapFiles(catalog).toSorted((a, b) => b.entries.length - a.entries.length)[0]!),
    ],
    ['/feed.xml', () => renderRss(buildFeed(siteChannel, catalog.articles))],
    ['/atom.xml', () => renderAtom(buildFeed(siteChannel, catalog.articles))],
    ['/feed.json', () => renderJsonFeed(buildFeed(siteChannel, catalog.articles))],
    [
      `/themen/${biggest.slug}/feed.xml`,
      () => renderRss(buildFeed(topicChannel(biggest), catalog.byTag(biggest.slug))),
    ],
    ['/news-sitemap.xml', () => renderNewsSitemap(newsSitemapEntries(catalog.articles, buildNow()))],
    [
      `/themen/${biggest.slug}, letzte Seite (Daten)`,
      () => paginate(catalog.byTag(biggest.slug), Math.ceil(catalog.byTag(biggest.slug).length / 10)),
    ],
    ['/archiv (Daten)', () => archiveMonths(catalog.archive())],
  ];
}

for (let run = 1; run <= runs; run++) {
  console.log(`\nLauf ${run} (uptime: ${load()})`);
  // A fresh catalog per run: nothing memoized from the run before.
  const catalog = createCatalog(loaded.result, { now: buildNow(), includeUnpublished: false });
  const { ms: filesMs, result: files } = time(() => sitemapFiles(catalog));
  console.log(
    `  Sitemap: ${files.length} Dateien, ${files.reduce((sum, file) => sum + file.entries.length, 0)} Adressen, größte ${Math.max(...files.map((file) => file.entries.length))}; alle berechnen (einmal je Worker): ${ms(filesMs)}`,
  );
  for (const [name, task] of routes(catalog)) console.log(`  ${name}: ${ms(time(task).ms)}`);
  const endings = catalog.articles.map((article) => time(() => catalog.ending(article)).ms);
  const total = endings.reduce((sum, value) => sum + value, 0);
  console.log(
    `  Artikelende („Mehr zum Thema“) aller ${endings.length} Artikel: ${ms(total)} (im Mittel ${ms(total / endings.length)}, höchstens ${ms(Math.max(...endings))})`,
  );
}
