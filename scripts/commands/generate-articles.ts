import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { timelineId } from '../../lib/content/datasets';
import { generateArticles, syntheticAuthorsYaml, syntheticDefaults, syntheticOperatorYaml } from './synthetic';
import { themenSchema } from '../../lib/content/themen';
import { CommandOutput, type CommandResult } from './result';

/** Marks a folder as written by this command, so a second run may replace its articles. */
const marker = '.synthetic-content';

/**
 * `npx tsx scripts/generate-articles.ts --out <dir> [--count 35] [--seed 1] [--themen content/themen.yaml]
 * [--daten content/daten] [--newest 2025-11-28] [--months 24] [--busy-month 0]`: synthetic articles ("Testartikel <n>: …")
 * with a themen.yaml, an autoren.yaml and a betreiber.yaml in a content directory for tests and benchmarks. With --daten it also copies that
 * folder's chart datasets into daten/ (not the timeline: it links real articles), and some articles embed
 * them. --busy-month n puts the newest n articles into the newest article's month (a launch month), so that
 * archive month is paged. Never writes into content/ and never into a folder it did not create itself. Relative paths are
 * relative to the working directory, as for the script.
 */
export function generateArticlesCommand(args: readonly string[]): CommandResult {
  const output = new CommandOutput();
  const fail = (message: string) => {
    output.error(message);
    return output.result(1);
  };

  const { values } = parseArgs({
    args: [...args],
    options: {
      out: { type: 'string' },
      count: { type: 'string', default: '35' },
      seed: { type: 'string', default: '1' },
      themen: { type: 'string', default: path.join('content', 'themen.yaml') },
      daten: { type: 'string' },
      newest: { type: 'string', default: syntheticDefaults.newest },
      months: { type: 'string', default: String(syntheticDefaults.months) },
      'busy-month': { type: 'string', default: '0' },
    },
  });

  if (!values.out) return fail('Bitte ein Zielverzeichnis angeben: --out <Verzeichnis>');
  const count = Number(values.count);
  const seed = Number(values.seed);
  const months = Number(values.months);
  if (!Number.isInteger(count) || count < 1)
    return fail(`--count muss eine positive ganze Zahl sein, nicht „${values.count}“`);
  if (!Number.isInteger(seed)) return fail(`--seed muss eine ganze Zahl sein, nicht „${values.seed}“`);
  if (!Number.isInteger(months) || months < 0)
    return fail(`--months muss eine ganze Zahl ab 0 sein, nicht „${values.months}“`);
  const busyMonth = Number(values['busy-month']);
  if (!Number.isInteger(busyMonth) || busyMonth < 0 || busyMonth > count)
    return fail(`--busy-month muss eine ganze Zahl von 0 bis ${count} (--count) sein, nicht „${values['busy-month']}“`);

  const target = path.resolve(values.out);
  const realContent = path.resolve('content');
  const insideContent = path.relative(realContent, target);
  if (insideContent === '' || (!insideContent.startsWith('..') && !path.isAbsolute(insideContent))) {
    return fail(
      `${values.out} liegt in content/: Die echten Artikel werden nie überschrieben. Bitte ein anderes Verzeichnis wählen.`,
    );
  }
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(path.join(target, marker))) {
    return fail(
      `${values.out} ist nicht leer und stammt nicht von diesem Skript – nichts geschrieben. Bitte ein leeres oder neues Verzeichnis wählen.`,
    );
  }

  const themenText = readFileSync(values.themen, 'utf8');
  const themen = themenSchema.safeParse(parse(themenText));
  if (!themen.success || themen.data.length === 0)
    return fail(`${values.themen} ist keine gültige Themenliste mit mindestens einem Thema.`);

  let chartFiles: string[] = [];
  if (values.daten) {
    try {
      chartFiles = readdirSync(values.daten)
        .filter((name) => name.endsWith('.yaml') && name !== `${timelineId}.yaml`)
        .sort();
    } catch {
      return fail(`--daten: Ordner ${values.daten} nicht gefunden.`);
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
    busyMonth,
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
  writeFileSync(path.join(target, 'betreiber.yaml'), syntheticOperatorYaml());
  for (const file of files) writeFileSync(path.join(target, file.path), file.text);
  const copied = chartFiles.length > 0 ? `, ${chartFiles.length} Datensätze` : '';
  output.log(
    `${files.length} synthetische Artikel${copied}, themen.yaml, autoren.yaml und betreiber.yaml nach ${values.out} geschrieben (seed ${seed}).`,
  );
  return output.result(0);
}
