// `npx tsx scripts/generate-articles.ts --out <dir> [--count 35] [--seed 1] [--themen content/themen.yaml]
//   [--daten content/daten] [--newest 2025-11-28] [--months 24]`
// Writes synthetic articles ("Testartikel <n>: …"), a themen.yaml and an autoren.yaml into a content directory for
// tests and benchmarks; build the site from it with CONTENT_DIR=<dir>. With --daten it also copies
// that folder's chart datasets into daten/ (not the timeline: it links real articles), and some
// articles embed them. Never writes into content/ and never into a folder it did not create itself.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { generateArticles, syntheticAuthorsYaml, syntheticDefaults } from '../lib/content/synthetic';
import { timelineId } from '../lib/content/datasets';
import { themenSchema } from '../lib/content/themen';

/** Marks a folder as written by this script, so a second run may replace its articles. */
const marker = '.synthetic-content';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    count: { type: 'string', default: '35' },
    seed: { type: 'string', default: '1' },
    themen: { type: 'string', default: path.join('content', 'themen.yaml') },
    daten: { type: 'string' },
    newest: { type: 'string', default: syntheticDefaults.newest },
    months: { type: 'string', default: String(syntheticDefaults.months) },
  },
});

if (!values.out) fail('Bitte ein Zielverzeichnis angeben: --out <Verzeichnis>');
const count = Number(values.count);
const seed = Number(values.seed);
const months = Number(values.months);
if (!Number.isInteger(count) || count < 1) fail(`--count muss eine positive ganze Zahl sein, nicht „${values.count}“`);
if (!Number.isInteger(seed)) fail(`--seed muss eine ganze Zahl sein, nicht „${values.seed}“`);
if (!Number.isInteger(months) || months < 0) fail(`--months muss eine ganze Zahl ab 0 sein, nicht „${values.months}“`);

const target = path.resolve(values.out);
const realContent = path.resolve('content');
const insideContent = path.relative(realContent, target);
if (insideContent === '' || (!insideContent.startsWith('..') && !path.isAbsolute(insideContent))) {
  fail(
    `${values.out} liegt in content/: Die echten Artikel werden nie überschrieben. Bitte ein anderes Verzeichnis wählen.`,
  );
}
if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(path.join(target, marker))) {
  fail(
    `${values.out} ist nicht leer und stammt nicht von diesem Skript – nichts geschrieben. Bitte ein leeres oder neues Verzeichnis wählen.`,
  );
}

const themenText = readFileSync(values.themen, 'utf8');
const themen = themenSchema.safeParse(parse(themenText));
if (!themen.success || themen.data.length === 0)
  fail(`${values.themen} ist keine gültige Themenliste mit mindestens einem Thema.`);

let chartFiles: string[] = [];
if (values.daten) {
  try {
    chartFiles = readdirSync(values.daten)
      .filter((name) => name.endsWith('.yaml') && name !== `${timelineId}.yaml`)
      .sort();
  } catch {
    fail(`--daten: Ordner ${values.daten} nicht gefunden.`);
  }
}
const chartIds = chartFiles.map((name) => name.slice(0, -'.yaml'.length));
const files = generateArticles({
  count,
  seed,
  tagNames: themen.data.map((entry) => entry.name),
  chartIds,
  newest: values.newest,
  months,
});

// Replace an earlier run completely, so a smaller --count leaves no stale articles behind.
for (const folder of ['artikel', 'daten']) rmSync(path.join(target, folder), { recursive: true, force: true });
mkdirSync(path.join(target, 'artikel'), { recursive: true });
if (chartFiles.length > 0) mkdirSync(path.join(target, 'daten'));
for (const name of chartFiles) copyFileSync(path.join(values.daten!, name), path.join(target, 'daten', name));
writeFileSync(
  path.join(target, marker),
  `Erzeugt von scripts/generate-articles.ts (count=${count}, seed=${seed}); darf überschrieben werden.\n`,
);
writeFileSync(path.join(target, 'themen.yaml'), themenText);
writeFileSync(path.join(target, 'autoren.yaml'), syntheticAuthorsYaml());
for (const file of files) writeFileSync(path.join(target, file.path), file.text);
const copied = chartFiles.length > 0 ? `, ${chartFiles.length} Datensätze` : '';
console.log(
  `${files.length} synthetische Artikel${copied}, themen.yaml und autoren.yaml nach ${values.out} geschrieben (seed ${seed}).`,
);
