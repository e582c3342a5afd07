import { closest } from 'fastest-levenshtein';
import { z } from 'zod';
import { slugPattern } from '../slug';
import { withoutControlCharacters } from './schema';

/** Who an author is: a person with a byline of their own, or the newsroom as a whole. */
export const authorKinds = ['person', 'redaktion'] as const;
export type AuthorKind = (typeof authorKinds)[number];

/** A declared author (content/autoren.yaml): what editors write in `author`, and their page `/autoren/<slug>`. */
export interface Author {
  name: string;
  slug: string;
  kind: AuthorKind;
  /** What they do, e.g. „Redakteurin für Elektromobilität“ or „Redaktion“. */
  role: string;
  /** Two or three sentences in German, shown on the author page. */
  bio: string;
  /** Profiles or pages elsewhere (http/https), shown on the author page and given to search engines as `sameAs`. */
  links: { label: string; url: string }[];
}

const requiredText = (missing: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `Pflichtfeld fehlt: ${missing}` : 'muss ein Text sein') })
    .check(withoutControlCharacters)
    .trim()
    .min(1, { error: 'darf nicht leer sein' });

const linkSchema = z.strictObject({
  label: requiredText('wie der Link heißen soll, z. B. „Mastodon“'),
  url: requiredText('die Adresse, beginnend mit https://').refine((url) => /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(url), {
    error: 'muss eine vollständige Adresse sein, die mit https:// (oder http://) beginnt',
  }),
});

const entrySchema = z.strictObject({
  name: requiredText('der Name, genau wie er in „author“ der Artikel steht'),
  slug: requiredText('die Adresse der Autorenseite, z. B. „anna-beispiel“ für /autoren/anna-beispiel').refine(
    (slug) => slugPattern.test(slug),
    { error: 'erlaubt sind Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. „anna-beispiel“' },
  ),
  kind: z.enum(authorKinds, {
    error: 'muss „person“ (eine Autorin, ein Autor) oder „redaktion“ (die Redaktion als Ganzes) sein',
  }),
  role: requiredText('was die Person macht, z. B. „Redakteurin“ oder „Redaktion“'),
  bio: requiredText('zwei, drei Sätze über die Autorin, den Autor oder die Redaktion'),
  links: z.array(linkSchema, { error: 'muss eine Liste sein: je Link „- label: …“ und „url: …“' }).default([]),
});

export const autorenSchema = z.array(entrySchema, {
  error: 'muss eine Liste sein: je Autorin oder Autor „- name: …“, „slug: …“, „kind: …“, „role: …“ und „bio: …“',
});

/** The declared authors with lookups by name (what articles write) and by slug (what URLs carry). */
export class AuthorRegistry {
  readonly authors: readonly Author[];
  private readonly byName: Map<string, Author>;
  private readonly bySlug: Map<string, Author>;

  constructor(authors: readonly Author[]) {
    this.authors = authors;
    this.byName = new Map(authors.map((author) => [author.name, author]));
    this.bySlug = new Map(authors.map((author) => [author.slug, author]));
  }

  named(name: string): Author | undefined {
    return this.byName.get(name);
  }

  withSlug(slug: string): Author | undefined {
    return this.bySlug.get(slug);
  }

  /** The declared name an editor most likely meant, for "meinten Sie …?" hints. */
  closestName(name: string): string | undefined {
    const caseInsensitive = this.authors.find((author) => author.name.toLowerCase() === name.toLowerCase());
    if (caseInsensitive) return caseInsensitive.name;
    return this.authors.length > 0
      ? closest(
          name,
          this.authors.map((author) => author.name),
        )
      : undefined;
  }
}

/**
 * Turns validated entries into the registry; a name or slug declared twice is a conflict (an article
 * could not say which one it means, two pages would share one address). Each conflict names the
 * entry's index (0-based) so the loader can report its line.
 */
export function buildAuthorRegistry(entries: z.output<typeof autorenSchema>): {
  registry: AuthorRegistry;
  conflicts: { index: number; field: 'name' | 'slug'; message: string }[];
} {
  const names = new Map<string, number>();
  const slugs = new Map<string, number>();
  const conflicts: { index: number; field: 'name' | 'slug'; message: string }[] = [];
  const authors: Author[] = [];
  for (const [index, entry] of entries.entries()) {
    const sameName = names.get(entry.name);
    const sameSlug = slugs.get(entry.slug);
    if (sameName !== undefined) {
      conflicts.push({ index, field: 'name', message: `„${entry.name}“ ist schon als Eintrag ${sameName + 1} eingetragen` });
      continue;
    }
    if (sameSlug !== undefined) {
      conflicts.push({
        index,
        field: 'slug',
        message: `„${entry.slug}“ ist schon die Adresse /autoren/${entry.slug} von „${entries[sameSlug]!.name}“: jede Autorin, jeder Autor braucht eine eigene`,
      });
      continue;
    }
    names.set(entry.name, index);
    slugs.set(entry.slug, index);
    authors.push(entry);
  }
  return { registry: new AuthorRegistry(authors), conflicts };
}
