import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { parseArticleDate, type ArticleDate } from '../dates';
import { ressortSlugs } from '../ressorts';
import { slugPattern } from '../slug';
import { findControlCharacter } from './control-characters';

z.config(z.locales.de());

/** Editorial limits live here, where editors' error messages come from. */
export const limits = {
  title: { max: 110 },
  kicker: { max: 40 },
  teaser: { min: 80, max: 320 },
  figures: { max: 6, value: { max: 30 }, label: { max: 80 }, note: { max: 120 } },
} as const;

export const articleTypes = ['nachricht', 'analyse', 'hintergrund', 'kommentar'] as const;
export type ArticleType = (typeof articleTypes)[number];

const listOf = (values: readonly string[]) => values.join(', ');

/**
 * A required text: says "fehlt" when absent and "muss Text sein" for numbers, lists and the like.
 * Control characters written as YAML escapes ("\u0001") are refused like raw ones in the file.
 */
export function text() {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? 'Pflichtfeld fehlt' : 'muss ein Text sein (in Anführungszeichen setzen hilft)'),
    })
    .check(withoutControlCharacters);
}

/** A zod check for any text field: no invisible control characters (see control-characters.ts). */
export function withoutControlCharacters(context: z.core.ParsePayload<string>): void {
  const control = findControlCharacter(context.value);
  if (control) {
    context.issues.push({ code: 'custom', input: context.value, message: `enthält das unsichtbare Steuerzeichen ${control.name} an Stelle ${control.index + 1}: bitte löschen` });
  }
}

export function boundedText({ min = 1, max }: { min?: number; max?: number }) {
  const allowed = max === undefined ? `mindestens ${min} Zeichen` : min > 1 ? `${min} bis ${max} Zeichen` : `höchstens ${max} Zeichen`;
  let schema = text().trim();
  schema = schema.min(min, {
    error: (issue) => (min === 1 ? 'darf nicht leer sein' : `ist zu kurz: ${String(issue.input).length} Zeichen (erlaubt: ${allowed})`),
  });
  if (max !== undefined) {
    schema = schema.max(max, { error: (issue) => `ist zu lang: ${String(issue.input).length} Zeichen (erlaubt: ${allowed})` });
  }
  return schema;
}

export const dateField = text().transform((value, context): ArticleDate => {
  const parsed = parseArticleDate(value);
  if (!parsed) {
    context.issues.push({
      code: 'custom',
      input: value,
      message: `„${value}“ ist kein gültiges Datum (erlaubt: JJJJ-MM-TT wie 2025-03-22, oder mit Uhrzeit und Zeitzone wie 2025-12-01T09:30:00+01:00)`,
    });
    return z.NEVER;
  }
  return parsed;
});

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `Pflichtfeld fehlt (erlaubt: ${listOf(values)})`
        : `„${String(issue.input)}“ ist ${what}${likelyValueHint(issue.input, values)} (erlaubt: ${listOf(values)})`,
  });
}

/**
 * "meinten Sie …?" for a value that is one of the allowed ones in other letter case (editors copy
 * "Zahlen" from the navigation) or a near miss ("technick"); nothing for a value that is simply different.
 */
function likelyValueHint(input: unknown, values: readonly string[]): string {
  if (typeof input !== 'string') return '';
  const sameLetters = values.find((value) => value.toLowerCase() === input.trim().toLowerCase());
  if (sameLetters) return ` – meinten Sie „${sameLetters}“? (klein geschrieben)`;
  const nearest = closest(input.toLowerCase(), [...values]);
  return distance(input.toLowerCase(), nearest) <= 2 ? ` – meinten Sie „${nearest}“?` : '';
}

export const flag = z.boolean({ error: 'muss true oder false sein' }).default(false);

export const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'ist keine gültige Web-Adresse (erlaubt: vollständige Adresse mit http:// oder https://)',
});

/**
 * The fields of one source, shared by articles and datasets: the outlet's name, the URL of its report and,
 * where that report relies on another outlet (36Kr, Weibo …), the one it cites, so readers can follow both.
 */
export const sourceFields = {
  name: boundedText({}),
  url: httpUrl.optional(),
  cites: boundedText({ max: 120 }).optional(),
};

const sourceSchema = z.strictObject(sourceFields, { error: sourceEntryError });

/** One source as the loader hands it on, for articles and datasets alike. */
export type Source = z.output<typeof sourceSchema>;

function sourceEntryError(issue: { input?: unknown; code?: string }) {
  if (issue.code === 'unrecognized_keys') return undefined; // keep zod's list of the unknown keys
  return 'jede Quelle braucht einen Namen, z. B. „- name: Xiaomi-Pressemitteilung“ (optional „url:“ und „cites:“)';
}

const imageSchema = z.strictObject({
  src: text().regex(/^\/(?!\/)\S+\.(?:avif|gif|jpe?g|png|svg|webp)$/i, {
    error: 'muss ein Bildpfad in public/ sein, beginnend mit / (erlaubt: .avif, .gif, .jpg, .png, .svg, .webp), z. B. /bilder/su7.jpg',
  }),
  alt: boundedText({}).describe('Alternativtext für Menschen, die das Bild nicht sehen'),
  credit: boundedText({}),
});

/** A published correction: when it was made and what was wrong, shown in a "Korrektur" box. */
const correctionSchema = z.strictObject(
  { date: dateField, text: boundedText({ min: 10, max: 500 }) },
  { error: 'jede Korrektur braucht „date“ und „text“' },
);

/**
 * One key figure for the "Kennzahlen" box: the value exactly as written ("48.654", "mehr als
 * 400.000"), so a lower bound stays a lower bound and the German format is the editor's.
 */
const figureSchema = z.strictObject(
  {
    value: boundedText(limits.figures.value).describe('die Zahl, wie sie erscheinen soll'),
    label: boundedText(limits.figures.label),
    note: boundedText(limits.figures.note).optional(),
  },
  { error: figureEntryError },
);

function figureEntryError(issue: { code?: string }) {
  if (issue.code === 'unrecognized_keys') return undefined;
  return 'jede Kennzahl braucht „value“ und „label“, z. B. „- value: \"48.654\"“ und „label: Auslieferungen im Oktober 2025“ (optional „note:“)';
}

/** The front matter of one article, exactly as editors write it (see CONTRIBUTING.md). */
export const frontMatterSchema = z
  .strictObject({
    title: boundedText(limits.title),
    kicker: boundedText(limits.kicker).optional(),
    teaser: boundedText(limits.teaser),
    date: dateField,
    updated: dateField.optional(),
    author: boundedText({}),
    ressort: oneOf(ressortSlugs, 'kein Ressort'),
    type: oneOf(articleTypes, 'keine Artikelart').default('nachricht'),
    tags: z
      .array(boundedText({}), { error: (issue) => (issue.input === undefined ? 'Pflichtfeld fehlt: mindestens ein Thema aus content/themen.yaml' : 'muss eine Liste von Themen sein (jede Zeile „- Thema“)') })
      .min(1, { error: 'braucht mindestens ein Thema aus content/themen.yaml' }),
    sources: z
      .array(sourceSchema, { error: (issue) => (issue.input === undefined ? 'Pflichtfeld fehlt: mindestens eine Quelle (jede Zahl muss belegt sein)' : 'muss eine Liste von Quellen sein (jede mit „- name: …“)') })
      .min(1, { error: 'braucht mindestens eine Quelle: Jede Zahl auf dieser Seite muss belegt sein' }),
    image: imageSchema.optional(),
    draft: flag,
    featured: flag,
    /** Published corrections, oldest first. */
    corrections: z
      .array(correctionSchema, { error: 'muss eine Liste sein: je Korrektur „- date: …“ und „text: …“' })
      .default([]),
    /** Key figures for the "Kennzahlen" box at the top; values as the editor wrote them. */
    figures: z
      .array(figureSchema, { error: 'muss eine Liste von Kennzahlen sein: je Eintrag „- value: …“ und „label: …“' })
      .max(limits.figures.max, { error: `höchstens ${limits.figures.max} Kennzahlen: Der Kasten soll das Wichtigste auf einen Blick zeigen` })
      .default([]),
    /** Former slugs that still lead to this article. */
    aliases: z
      .array(
        text().regex(slugPattern, {
          error: 'ist keine frühere Adresse (erlaubt: der alte Dateiname ohne .md, z. B. xiaomi-su7-alt)',
        }),
        { error: 'muss eine Liste früherer Adressen sein (je Zeile „- alter-dateiname“)' },
      )
      .default([]),
  })
  .superRefine((matter, context) => {
    const notBeforeDate = 'liegt vor „date“ (erlaubt: gleich oder nach dem Erscheinungsdatum)';
    if (matter.updated && matter.updated.instant < matter.date.instant) {
      context.addIssue({ code: 'custom', path: ['updated'], message: notBeforeDate });
    }
    matter.corrections.forEach((correction, index) => {
      if (correction.date.instant < matter.date.instant) {
        context.addIssue({ code: 'custom', path: ['corrections', index, 'date'], message: notBeforeDate });
      }
    });
  });

export type FrontMatter = z.output<typeof frontMatterSchema>;
