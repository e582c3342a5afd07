import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readAuthorsFile, readVocabularyFile } from '../../lib/content/load';
import { articleTemplate } from '../../lib/content/template';
import { berlinDay } from '../../lib/dates';
import { toSlug } from '../../lib/slug';
import { CommandOutput, type CommandResult } from './result';

/**
 * `npm run new:artikel -- "Titel des Artikels"`: creates <contentDir>/artikel/<slug>.md with a valid,
 * commented front-matter template dated `now` in Europe/Berlin. Never overwrites a file.
 */
export function newArticle(args: readonly string[], contentDir: string, now: Date = new Date()): CommandResult {
  const output = new CommandOutput();
  const title = args.join(' ').trim();
  if (!title) {
    output.error('Bitte einen Titel angeben: npm run new:artikel -- "Titel des Artikels"');
    return output.result(1);
  }
  const slug = toSlug(title);
  if (!slug) {
    output.error(`Aus „${title}“ lässt sich keine Adresse bilden: Der Titel braucht Buchstaben oder Ziffern.`);
    return output.result(1);
  }

  const folder = path.join(contentDir, 'artikel');
  const file = path.join(folder, `${slug}.md`);
  const shown = path.relative(process.cwd(), file);
  if (existsSync(file)) {
    output.error(
      `${shown} gibt es schon – nichts überschrieben. Bitte einen anderen Titel wählen oder die Datei bearbeiten.`,
    );
    return output.result(1);
  }
  mkdirSync(folder, { recursive: true });
  const firstTag = readVocabularyFile(contentDir).tags[0]?.name ?? 'Elektroautos';
  // Like the topic, the byline starts as a declared name (the first in autoren.yaml, today the newsroom).
  const firstAuthor = readAuthorsFile(contentDir).authors[0]?.name ?? 'Redaktion Xiaomi im Blick';
  writeFileSync(file, articleTemplate({ title, date: berlinDay(now), tag: firstTag, author: firstAuthor }), {
    flag: 'wx',
  });
  output.log(`Angelegt: ${shown}`);
  output.log(
    'Als Nächstes: Felder ausfüllen, Text schreiben, mit „npm run check:content“ prüfen, mit „npm run dev“ ansehen.',
  );
  return output.result(0);
}
