import { closest } from 'fastest-levenshtein';
import type { z } from 'zod';
import type { ChartDatasetInput, TimelineInput } from './dataset-schema';
import type { ContentIssue } from './issues';
import type { OperatorInput } from './operator';
import type { FrontMatter } from './schema';

/** `sources.1.name`: the path as editors see it, list entries counted from 1. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? String(part + 1) : String(part))).join('.');
}

/** The top-level fields of the schemas whose unknown fields get hints: articles, chart datasets, the timeline, the operator. */
type KnownField = keyof FrontMatter | keyof ChartDatasetInput | keyof TimelineInput | keyof OperatorInput;

/**
 * German words editors naturally write for our English field names: "dachzeile" is not close to
 * "kicker" by spelling, so edit distance alone would suggest the wrong field. Each one must name a
 * field of a schema, so renaming a field there cannot leave a hint here that never fires.
 */
const germanFieldNames: Readonly<Record<string, KnownField>> = {
  dachzeile: 'kicker',
  titel: 'title',
  ueberschrift: 'title',
  überschrift: 'title',
  vorspann: 'teaser',
  datum: 'date',
  aktualisiert: 'updated',
  autor: 'author',
  autorin: 'author',
  quellen: 'sources',
  quelle: 'sources',
  bild: 'image',
  entwurf: 'draft',
  themen: 'tags',
  schlagworte: 'tags',
  korrekturen: 'corrections',
  kennzahlen: 'figures',
  typ: 'type',
  einheit: 'unit',
  anschrift: 'address',
  adresse: 'address',
  telefon: 'phone',
  verantwortlich: 'responsible',
  hoster: 'hosting',
  handelsregister: 'register',
  ustid: 'vatId',
  datenschutzbeauftragter: 'dataProtectionOfficer',
  zusammenfassung: 'teaser',
  kategorie: 'ressort',
  rubrik: 'ressort',
  veröffentlicht: 'date',
  veroeffentlicht: 'date',
  schlagwörter: 'tags',
  schlagwoerter: 'tags',
  stichworte: 'tags',
  titelbild: 'image',
  verfasser: 'author',
};

/**
 * Field names of other publishing systems (WordPress, Hugo, Jekyll, …) an editor may bring along:
 * "description" is closest to "corrections" by spelling, but means our "teaser". Written without
 * case, "-" and "_" (`pubDate`, `publish_date` → `pubdate`, `publishdate`).
 */
const otherSystemsFieldNames: Readonly<Record<string, KnownField>> = {
  summary: 'teaser',
  description: 'teaser',
  excerpt: 'teaser',
  abstract: 'teaser',
  headline: 'title',
  category: 'ressort',
  categories: 'ressort',
  section: 'ressort',
  published: 'date',
  publishdate: 'date',
  publisheddate: 'date',
  pubdate: 'date',
  created: 'date',
  modified: 'updated',
  lastmod: 'updated',
  lastmodified: 'updated',
  updatedat: 'updated',
  keywords: 'tags',
  topics: 'tags',
  cover: 'image',
  thumbnail: 'image',
  featuredimage: 'image',
  hero: 'image',
  writer: 'author',
  byline: 'author',
  authors: 'author',
  redirectfrom: 'aliases',
  redirects: 'aliases',
  references: 'sources',
};

/** The allowed field an editor most likely meant by an unknown one. */
function likelyField(key: string, allowedFields: readonly string[]): string {
  const translated = germanFieldNames[key.toLowerCase()] ?? otherSystemsFieldNames[key.toLowerCase().replace(/[-_\s]/g, '')];
  return translated && allowedFields.includes(translated) ? translated : closest(key, [...allowedFields]);
}

/**
 * One zod issue as editors read it, with the file line. Unknown fields at the top level get a
 * "meinten Sie …?" hint from `allowedFields` (German field names first, then the closest spelling).
 */
export function describeSchemaIssue(
  file: string,
  issue: z.core.$ZodIssue,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  allowedFields: readonly string[],
): ContentIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const atRoot = issue.path.length === 0;
      const hint = atRoot ? ` – meinten Sie „${likelyField(key, allowedFields)}“? (erlaubt: ${allowedFields.join(', ')})` : '';
      return {
        file,
        line: lineOf([...issue.path, key]),
        field: fieldName([...issue.path, key]),
        severity: 'error' as const,
        message: `unbekanntes Feld${hint}`,
      };
    });
  }
  return [{ file, line: lineOf(issue.path), field: fieldName(issue.path) || undefined, severity: 'error', message: issue.message }];
}
