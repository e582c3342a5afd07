// `CONTENT_DIR=<dir> npx tsx scripts/bench/search-index.ts [query …]`: how long building the split search
// index takes for the content in CONTENT_DIR (without `next build`), how large its files are, and how many
// gzip bytes a reader's first search transfers for each query: the table of contents, the term files of its
// words, the summary files of the hits shown and the text files of the first body-only hits (those on the first
// screen, as the page loads passages only near the screen). Prints the machine load; the numbers go by hand
// into docs/BENCHMARKS.md ("Suche im großen Archiv"). Not a test: timings depend on the machine and its load.
// `--write <dir>` also writes the packed files there (as <dir>/suchindex/…), for scripts/bench/search-first.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { getPublishedCatalog } from '../../lib/content/catalog';
import { searchManifestPath } from '../../lib/paths';
import { searchDocument } from '../../lib/search/build';
import { SearchIndex } from '../../lib/search/engine';
import { foundOnlyInText } from '../../lib/search/highlight';
import { buildSearchIndexFiles } from '../../lib/search/index-files';

/** Results on a first screen of a 1280 × 720 window: their passages are loaded at once. */
const passagesOnFirstScreen = 6;
const args = process.argv.slice(2);
const writeAt = args.indexOf('--write');
const outDir = writeAt === -1 ? undefined : args.splice(writeAt, 2)[1];
const queries = args.length > 0 ? args : ['Xiaomi', 'Auslieferung', 'SU 7', 'Xioami', 'die'];

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** Runs a task; returns its result and its CPU time (user + system, ms): on a loaded machine wall time says little. */
const time = <T>(task: () => T): [T, number] => {
  const started = process.cpuUsage();
  const result = task();
  const { user, system } = process.cpuUsage(started);
  return [result, (user + system) / 1000];
};

console.log(`Last zu Beginn: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
const [catalog, loadMs] = time(() => getPublishedCatalog());
const published = catalog.articles.filter((article) => article.state === 'published');
const [documents, documentsMs] = time(() => published.map(searchDocument));
const [index, filesMs] = time(() => buildSearchIndexFiles(documents));
const [packed, packMs] = time(
  () =>
    new Map(
      [...index.files].map(([file, content]) => [
        file,
        gzipSync(JSON.stringify(content), { level: constants.Z_BEST_COMPRESSION }),
      ]),
    ),
);
console.log(`${published.length} Artikel; Katalog laden ${seconds(loadMs)} CPU (gehört nicht zum Index)`);
console.log(
  `Index (CPU-Zeit): Texte ${seconds(documentsMs)}, Dateien ${seconds(filesMs)}, gzip ${seconds(packMs)} – zusammen ${seconds(documentsMs + filesMs + packMs)}`,
);
if (outDir) {
  for (const [file, bytes] of packed) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), bytes);
  }
}
const sizes = [...packed.values()].map((bytes) => bytes.length);
const kinds = new Map<string, number[]>();
for (const [path, bytes] of packed) {
  const kind = path
    .split('/')
    .at(-1)!
    .replace(/-.*$/, '')
    .replace(/\.json\.gz$/, '');
  kinds.set(kind, [...(kinds.get(kind) ?? []), bytes.length]);
}
console.log(`${packed.size} Dateien, zusammen ${kib(sizes.reduce((sum, size) => sum + size, 0))} (gzip)`);
for (const [kind, list] of kinds)
  console.log(
    `  ${kind}: ${list.length} Dateien, größte ${kib(Math.max(...list))}, zusammen ${kib(list.reduce((sum, size) => sum + size, 0))}`,
  );

for (const query of queries) {
  const read = new Set<string>();
  const search = await SearchIndex.open(async (file) => {
    read.add(file);
    return index.files.get(file);
  });
  const started = performance.now();
  const answer = await search.search(query);
  const searchMs = performance.now() - started;
  const bodyOnly = answer.hits.slice(0, passagesOnFirstScreen).filter(foundOnlyInText);
  for (const hit of bodyOnly) await search.text(hit.article);
  const bytes = [...read].reduce((sum, file) => sum + packed.get(file)!.length, 0);
  console.log(
    `„${query}“: ${answer.count} Treffer${answer.suggestion ? ` (Meinten Sie ${answer.suggestion}?)` : ''}, ${read.size} Dateien, ${kib(bytes)} (davon Inhaltsverzeichnis ${kib(packed.get(searchManifestPath)!.length)}), Suche ${searchMs.toFixed(0)} ms`,
  );
}
console.log(`Last am Ende: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
