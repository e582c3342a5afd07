import { closest } from 'fastest-levenshtein';
import { z } from 'zod';
import { toSlug } from '../slug';
import { withoutControlCharacters } from './schema';

/** A declared tag ("Thema"): what editors write in `tags`, and its derived URL slug. */
export interface Tag {
  name: string;
  slug: string;
  description: string;
}

const entrySchema = z.strictObject({
  name: z.string({ error: 'Pflichtfeld fehlt: der Anzeigename des Themas' }).check(withoutControlCharacters).trim().min(1, { error: 'darf nicht leer sein' }),
  description: z
    .string({ error: 'Pflichtfeld fehlt: ein Satz, was Leser unter diesem Thema finden' })
    .check(withoutControlCharacters)
    .trim()
    .min(1, { error: 'darf nicht leer sein' }),
});

export const themenSchema = z.array(entrySchema, {
  error: 'muss eine Liste sein: je Thema „- name: …“ und „description: …“',
});

/** The tag vocabulary with lookups by display name and by slug. */
export class TagVocabulary {
  readonly tags: readonly Tag[];
  private readonly byName: Map<string, Tag>;
  private readonly bySlug: Map<string, Tag>;

  constructor(tags: readonly Tag[]) {
    this.tags = tags;
    this.byName = new Map(tags.map((tag) => [tag.name, tag]));
    this.bySlug = new Map(tags.map((tag) => [tag.slug, tag]));
  }

  named(name: string): Tag | undefined {
    return this.byName.get(name);
  }

  withSlug(slug: string): Tag | undefined {
    return this.bySlug.get(slug);
  }

  /** The declared name an editor most likely meant, for "meinten Sie …?" hints. */
  closestName(name: string): string | undefined {
    const caseInsensitive = this.tags.find((tag) => tag.name.toLowerCase() === name.toLowerCase());
    if (caseInsensitive) return caseInsensitive.name;
    return this.tags.length > 0 ? closest(name, this.tags.map((tag) => tag.name)) : undefined;
  }
}

/** Turns validated entries into tags; two names with the same slug would share one URL. */
export function buildVocabulary(entries: z.output<typeof themenSchema>): { vocabulary: TagVocabulary; conflicts: string[] } {
  const seen = new Map<string, string>();
  const conflicts: string[] = [];
  const tags: Tag[] = [];
  for (const entry of entries) {
    const slug = toSlug(entry.name);
    if (slug === '') {
      conflicts.push(`„${entry.name}“ ergibt keine Adresse /themen/…: Der Name braucht mindestens einen Buchstaben (a–z, auch Umlaute) oder eine Ziffer`);
      continue;
    }
    const earlier = seen.get(slug);
    if (earlier !== undefined) {
      conflicts.push(`„${entry.name}“ ergibt dieselbe Adresse /themen/${slug} wie „${earlier}“: bitte zusammenführen oder umbenennen`);
      continue;
    }
    seen.set(slug, entry.name);
    tags.push({ name: entry.name, slug, description: entry.description });
  }
  return { vocabulary: new TagVocabulary(tags), conflicts };
}
