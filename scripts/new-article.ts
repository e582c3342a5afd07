// `npm run new:artikel -- "Titel des Artikels"`: creates content/artikel/<slug>.md with a valid,
// commented front-matter template dated today (Europe/Berlin). Never overwrites a file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDirectory, readAuthorsFile, readVocabularyFile } from '../lib/content/load';
import { articleTemplate } from '../lib/content/template';
import { berlinDay } from '../lib/dates';
import { toSlug } from '../lib/slug';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Bitte einen Titel angeben: npm run new:artikel -- "Titel des Artikels"');
  process.exit(1);
}
const slug = toSlug(title);
if (!slug) {
  console.error(`Aus „${title}“ lässt sich keine Adresse bilden: Der Titel braucht Buchstaben oder Ziffern.`);
  process.exit(1);
}

const folder = path.join(contentDirectory(), 'artikel');
const file = path.join(folder, `${slug}.md`);
const shown = path.relative(process.cwd(), file);
if (existsSync(file)) {
  console.error(
    `${shown} gibt es schon – nichts überschrieben. Bitte einen anderen Titel wählen oder die Datei bearbeiten.`,
  );
  process.exit(1);
}
mkdirSync(folder, { recursive: true });
const firstTag = readVocabularyFile(contentDirectory()).tags[0]?.name ?? 'Elektroautos';
// Like the topic, the byline starts as a declared name (the first in autoren.yaml, today the newsroom).
const firstAuthor = readAuthorsFile(contentDirectory()).authors[0]?.name ?? 'Redaktion Xiaomi im Blick';
writeFileSync(file, articleTemplate({ title, date: berlinDay(new Date()), tag: firstTag, author: firstAuthor }), {
  flag: 'wx',
});
console.log(`Angelegt: ${shown}`);
console.log(
  'Als Nächstes: Felder ausfüllen, Text schreiben, mit „npm run check:content“ prüfen, mit „npm run dev“ ansehen.',
);
