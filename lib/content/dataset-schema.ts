import { z } from 'zod';
import { parsePartialDate, type PartialDate } from '../dates';
import { boundedText, dateField, flag, oneOf, sourceFields, text } from './schema';

/** Chart types: `säulen` (vertical, e.g. months side by side) and `balken` (horizontal, long labels). */
export const chartTypes = ['säulen', 'balken'] as const;
export type ChartType = (typeof chartTypes)[number];

/** What a value is: a reported result, a target someone set, or a plan for the future. */
export const valueKinds = ['ergebnis', 'ziel', 'plan'] as const;
export type ValueKind = (typeof valueKinds)[number];

/** Keys name a source or a row inside one file: lower case, digits and hyphens, like slugs. */
const keyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const key = (what: string) => text().regex(keyPattern, { error: `ist kein gültiger Schlüssel für ${what} (erlaubt: Kleinbuchstaben a–z, Ziffern und Bindestriche, z. B. weibo)` });

const sourceSchema = z.strictObject(sourceFields, {
  error: (issue) =>
    issue.code === 'unrecognized_keys' ? undefined : 'jede Quelle braucht einen Namen: „name: …“ (optional „url:“ und „cites:“)',
});

/** Sources as a map from a short key to the source, so every row can name its own: `source: weibo`. */
const sourcesSchema = z
  .record(key('eine Quelle'), sourceSchema, {
    error: (issue) => (issue.input === undefined ? 'Pflichtfeld fehlt: mindestens eine Quelle (jeder Wert muss belegt sein)' : 'muss eine Liste von Quellen der Form „kürzel: { name: … }“ sein'),
  })
  .refine((sources) => Object.keys(sources).length > 0, { error: 'braucht mindestens eine Quelle: Jeder Wert muss belegt sein' });

/** A row's or an event's source: one key from `sources`, or a list of keys. */
const sourceReference = z
  .union([key('eine Quelle'), z.array(key('eine Quelle')).min(1)], {
    error: (issue) => (issue.input === undefined ? 'Pflichtfeld fehlt: das Kürzel einer Quelle aus „sources“ (jeder Wert braucht seine Quelle)' : 'muss das Kürzel einer Quelle aus „sources“ sein, z. B. „source: weibo“'),
  })
  .transform((value) => (Array.isArray(value) ? value : [value]));

const valueSchema = z
  .number({
    error: (issue) =>
      issue.input === undefined
        ? 'Pflichtfeld fehlt: die Zahl, ohne Tausenderpunkt (48654)'
        : typeof issue.input === 'string'
          ? `„${issue.input}“ ist keine Zahl: nur Ziffern ohne Tausenderpunkt schreiben (48654, Kommazahlen mit Punkt: 4.5); für „mehr als …“ zusätzlich „lowerBound: true“`
          : 'muss eine Zahl sein (48654)',
  })
  .refine((value) => Number.isFinite(value) && value >= 0, { error: 'muss eine Zahl ab 0 sein' });

const rowSchema = z.strictObject(
  {
    key: key('eine Zeile').optional(),
    group: boundedText({ max: 60 }).optional(),
    label: boundedText({ max: 60 }),
    value: valueSchema,
    unit: boundedText({ max: 30 }).optional(),
    lowerBound: flag,
    kind: oneOf(valueKinds, 'keine Art von Wert').default('ergebnis'),
    period: boundedText({ max: 80 }).optional(),
    note: boundedText({ max: 160 }).optional(),
    adds: key('eine Zeile').optional(),
    source: sourceReference,
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'jede Zeile braucht mindestens „label“, „value“ und „source“') },
);

/** A dataset shown as a chart with its table: `content/daten/<id>.yaml` (see CONTRIBUTING.md). */
export const chartDatasetSchema = z.strictObject({
  title: boundedText({ max: 110 }),
  description: boundedText({ max: 320 }),
  chart: oneOf(chartTypes, 'keine Diagrammart'),
  order: z.int({ error: 'muss eine ganze Zahl sein (Position auf der Seite /daten, 1 zuerst)' }).min(1, { error: 'muss 1 oder größer sein' }).optional(),
  unit: boundedText({ max: 30 }),
  labelHeading: boundedText({ max: 40 }).default('Kennzahl'),
  asOf: dateField.optional(),
  sources: sourcesSchema,
  rows: z
    .array(rowSchema, { error: (issue) => (issue.input === undefined ? 'Pflichtfeld fehlt: die Werte als Liste (je Zeile „- label: …“)' : 'muss eine Liste von Zeilen sein (je Zeile „- label: …“)') })
    .min(1, { error: 'braucht mindestens eine Zeile' }),
  notes: z.array(boundedText({ max: 400 }), { error: 'muss eine Liste von Hinweisen sein (je Zeile „- …“)' }).default([]),
});

/** `2025-03-22`, `2025-03` or `2025` (YAML reads a bare year as a number). */
const partialDateField = z.union([z.string(), z.int()], { error: (issue) => (issue.input === undefined ? 'Pflichtfeld fehlt' : 'muss ein Datum sein') }).transform((value, context): PartialDate => {
  const parsed = parsePartialDate(String(value));
  if (!parsed) {
    context.issues.push({ code: 'custom', input: value, message: `„${value}“ ist kein gültiges Datum (erlaubt: 2025-03-22, 2025-03 oder 2025)` });
    return z.NEVER;
  }
  return parsed;
});

const eventSchema = z.strictObject(
  {
    date: partialDateField,
    dateLabel: boundedText({ max: 40 }).optional(),
    title: boundedText({ max: 90 }),
    text: boundedText({ min: 20, max: 400 }),
    article: z.union([text().regex(keyPattern, { error: 'ist kein Artikel: der Dateiname ohne .md, z. B. xiaomi-su7-startet' }), z.literal(false)], {
      error: (issue) =>
        issue.input === undefined
          ? 'Pflichtfeld fehlt: der Dateiname des Artikels ohne .md – oder „false“, wenn es noch keinen Artikel gibt'
          : 'muss der Dateiname eines Artikels ohne .md sein oder „false“, wenn es noch keinen gibt',
    }),
    source: sourceReference,
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'jedes Ereignis braucht „date“, „title“, „text“, „article“ und „source“') },
);

/** The timeline, `content/daten/zeitleiste.yaml`: events in the order they happened. */
export const timelineSchema = z.strictObject({
  title: boundedText({ max: 110 }),
  description: boundedText({ max: 320 }),
  sources: sourcesSchema,
  events: z
    .array(eventSchema, { error: (issue) => (issue.input === undefined ? 'Pflichtfeld fehlt: die Ereignisse als Liste (je Ereignis „- date: …“)' : 'muss eine Liste von Ereignissen sein') })
    .min(1, { error: 'braucht mindestens ein Ereignis' }),
});

export type ChartDatasetInput = z.output<typeof chartDatasetSchema>;
export type TimelineInput = z.output<typeof timelineSchema>;
