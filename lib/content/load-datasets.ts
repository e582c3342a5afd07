import { partialDateSpan } from '../dates';
import { slugPattern } from '../slug';
import { chartDatasetSchema, timelineSchema, type ChartDatasetInput, type TimelineInput } from './dataset-schema';
import type { Source } from './schema';
import { createDatasets, timelineId, type ChartDataset, type Datasets, type DatasetRow, type DatasetSource, type Timeline } from './datasets';
import { describeYamlError, parseYaml, type ParsedYaml } from './front-matter';
import { contentPath, isSymlink, listContentFolder, type ContentPlace } from './folder';
import type { ContentIssue } from './issues';
import { describeSchemaIssue, fieldName } from './schema-issues';
import { readContentText } from './read-text';
import { datasetLimit, sizeProblem } from './size-limits';
import { vagueSourceWarning } from './source-names';

export const datasetFolder = 'daten';

/** A timeline event's link to an article, kept with its line for the check across files. */
export interface ArticleReference {
  file: string;
  slug: string;
  field: string;
  line: number | undefined;
}

export interface ReadDatasets {
  datasets: Datasets;
  articleReferences: ArticleReference[];
}

/** Sorts chart datasets without `order` after those with one. */
const defaultOrder = 1000;

/**
 * Reads every `content/daten/*.yaml`: `zeitleiste.yaml` is the timeline, every other file a chart
 * dataset named by its file name. The folder is optional (a site without data pages' content
 * still builds); problems go to `issues` with file, line and field, like article problems.
 */
export function readDatasets(place: ContentPlace, issues: ContentIssue[]): ReadDatasets {
  const folder = contentPath(place.root, datasetFolder);
  const files = isSymlink(folder) ? undefined : listContentFolder(folder, { extension: '.yaml', ignoredHint: 'Datensätze sind Dateien mit der Endung .yaml.' }, place, issues);
  if (!files) return { datasets: createDatasets([], undefined), articleReferences: [] };
  const charts: ChartDataset[] = [];
  let timeline: Timeline | undefined;
  const articleReferences: ArticleReference[] = [];
  for (const entry of files) {
    const absolute = contentPath(folder, entry.name);
    const file = place.shown(absolute);
    const id = entry.name.slice(0, -'.yaml'.length);
    if (!slugPattern.test(id)) {
      issues.push({ file, severity: 'error', message: `Dateiname „${entry.name}“ ist als Name eines Datensatzes ungeeignet (erlaubt: Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. auslieferungen-2025.yaml)` });
      continue;
    }
    const parsed = parseDatasetFile(absolute, file, issues);
    if (!parsed) continue;
    if (id === timelineId) {
      const result = readTimeline(id, file, parsed, issues);
      timeline = result?.timeline;
      articleReferences.push(...(result?.articleReferences ?? []));
    } else {
      const dataset = readChartDataset(id, file, parsed, issues);
      if (dataset) charts.push(dataset);
    }
  }
  return { datasets: createDatasets(charts, timeline), articleReferences };
}

function parseDatasetFile(absolute: string, file: string, issues: ContentIssue[]): ParsedYaml | undefined {
  const fail = (message: string, line?: number) => issues.push({ file, severity: 'error', message, ...(line === undefined ? {} : { line }) });
  const tooLarge = sizeProblem(absolute, datasetLimit);
  if (tooLarge) {
    fail(tooLarge);
    return undefined;
  }
  const read = readContentText(absolute);
  if ('problem' in read) {
    fail(read.problem, read.line);
    return undefined;
  }
  const source = read.text;
  let parsed: ParsedYaml;
  try {
    parsed = parseYaml(source);
  } catch (error) {
    const syntax = describeYamlError(error, 'in der Datei');
    if (!syntax) throw error;
    fail(syntax.message, syntax.line);
    return undefined;
  }
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    fail('Die Datei muss aus Feldern der Form „name: Wert“ bestehen (title, description, …).', 1);
    return undefined;
  }
  return parsed;
}

const chartFields = Object.keys(chartDatasetSchema.shape);
const timelineFields = Object.keys(timelineSchema.shape);

function readChartDataset(id: string, file: string, parsed: ParsedYaml, issues: ContentIssue[]): ChartDataset | undefined {
  const errorsBefore = issues.length;
  const report = (message: string, fieldPath: readonly PropertyKey[]) =>
    issues.push({ file, severity: 'error', field: fieldName(fieldPath), line: parsed.lineOf(fieldPath), message });

  // YAML reads "48.654" as the decimal 48.654: catch the German thousands separator before zod sees a number.
  const rawRows = (parsed.data as { rows?: unknown }).rows;
  if (Array.isArray(rawRows)) {
    rawRows.forEach((_, index) => {
      const written = parsed.sourceOf(['rows', index, 'value']);
      if (written !== undefined && /^\d{1,3}(?:\.\d{3})+$/.test(written)) {
        report(`„${written}“ wird als Kommazahl gelesen: Zahlen ohne Tausenderpunkt schreiben (${written.replaceAll('.', '')})`, ['rows', index, 'value']);
      }
    });
  }

  const result = chartDatasetSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) issues.push(...describeSchemaIssue(file, issue, parsed.lineOf, chartFields));
    return undefined;
  }
  const input = result.data;
  const sources = sourceList(input.sources);
  const rows = input.rows.map((row, index) => toRow(row, index, input, sources, report));
  checkRowReferences(input, report);
  if (issues.length > errorsBefore) return undefined;
  warnAboutVagueSources(input.sources, file, parsed, issues);
  return {
    id,
    file,
    title: input.title,
    description: input.description,
    chart: input.chart,
    order: input.order ?? defaultOrder,
    unit: input.unit,
    labelHeading: input.labelHeading,
    ...(input.asOf ? { asOf: input.asOf } : {}),
    sources: sources.filter((source) => rows.some((row) => row.sources.includes(source))),
    rows,
    notes: input.notes,
  };
}

/** The same warning as for articles: a source that names no outlet and links no report (source-names.ts). */
function warnAboutVagueSources(sources: Record<string, Source>, file: string, parsed: ParsedYaml, issues: ContentIssue[]) {
  for (const [key, source] of Object.entries(sources)) {
    const message = vagueSourceWarning(source);
    const fieldPath = ['sources', key, 'name'];
    if (message) issues.push({ file, severity: 'warning', field: fieldName(fieldPath), line: parsed.lineOf(fieldPath), message });
  }
}

function sourceList(sources: Record<string, Source>): DatasetSource[] {
  return Object.entries(sources).map(([key, source]) => ({ key, ...source }));
}

/** The row's source keys resolved; an unknown key is reported at the row's `source`. */
function resolveSources(keys: readonly string[], sources: readonly DatasetSource[], fieldPath: readonly PropertyKey[], report: (message: string, fieldPath: readonly PropertyKey[]) => void): DatasetSource[] {
  const known = sources.map((source) => source.key);
  return keys.flatMap((key) => {
    const source = sources.find((candidate) => candidate.key === key);
    if (!source) report(`Quelle „${key}“ ist nicht unter „sources“ eingetragen (vorhanden: ${known.join(', ')})`, fieldPath);
    return source ? [source] : [];
  });
}

function toRow(
  row: ChartDatasetInput['rows'][number],
  index: number,
  input: ChartDatasetInput,
  sources: readonly DatasetSource[],
  report: (message: string, fieldPath: readonly PropertyKey[]) => void,
): DatasetRow {
  return {
    ...(row.key ? { key: row.key } : {}),
    ...(row.group ? { group: row.group } : {}),
    label: row.label,
    value: row.value,
    unit: row.unit ?? input.unit,
    lowerBound: row.lowerBound,
    kind: row.kind,
    ...(row.period ? { period: row.period } : {}),
    ...(row.note ? { note: row.note } : {}),
    ...(row.adds ? { adds: row.adds } : {}),
    sources: resolveSources(row.source, sources, ['rows', index, 'source'], report),
  };
}

/** Keys must be unique; `adds` must point to an earlier bar in the same group and unit; columns have no groups. */
function checkRowReferences(input: ChartDatasetInput, report: (message: string, fieldPath: readonly PropertyKey[]) => void): void {
  const seen = new Map<string, ChartDatasetInput['rows'][number]>();
  input.rows.forEach((row, index) => {
    const unit = row.unit ?? input.unit;
    if (row.key) {
      if (seen.has(row.key)) report(`Schlüssel „${row.key}“ steht schon bei einer anderen Zeile`, ['rows', index, 'key']);
      else seen.set(row.key, row);
    }
    if (input.chart === 'säulen' && (row.group || row.adds)) {
      report('Säulendiagramme haben weder Gruppen noch Verlängerungen: „group“ und „adds“ gibt es nur bei „chart: balken“', ['rows', index, row.group ? 'group' : 'adds']);
    }
    if (row.adds) {
      const base = seen.get(row.adds);
      if (!base) report(`„${row.adds}“ ist keine frühere Zeile dieses Datensatzes (adds nennt den „key“ des Balkens, den diese Zeile verlängert)`, ['rows', index, 'adds']);
      else if (base.adds) report(`„${row.adds}“ verlängert selbst einen Balken: Verlängerungen lassen sich nicht verketten`, ['rows', index, 'adds']);
      else if (base.lowerBound) report(`„${row.adds}“ ist eine Untergrenze: Eine Verlängerung braucht einen genauen Ausgangswert`, ['rows', index, 'adds']);
      else if (base.group !== row.group || (base.unit ?? input.unit) !== unit) report(`„${row.adds}“ liegt in einer anderen Gruppe oder Einheit: Eine Verlängerung muss zum selben Balken passen`, ['rows', index, 'adds']);
    }
    if (row.lowerBound && row.adds) report('Eine Verlängerung kann keine Untergrenze sein: „lowerBound“ gehört an den Balken selbst', ['rows', index, 'lowerBound']);
  });
  const plotted = input.rows.filter((row) => (row.unit ?? input.unit) === input.unit);
  if (plotted.length === 0) report(`keine Zeile in der Einheit des Diagramms („${input.unit}“): Das Diagramm wäre leer`, ['unit']);
}

function readTimeline(id: string, file: string, parsed: ParsedYaml, issues: ContentIssue[]): { timeline: Timeline; articleReferences: ArticleReference[] } | undefined {
  const errorsBefore = issues.length;
  const report = (message: string, fieldPath: readonly PropertyKey[]) =>
    issues.push({ file, severity: 'error', field: fieldName(fieldPath), line: parsed.lineOf(fieldPath), message });
  const result = timelineSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) issues.push(...describeSchemaIssue(file, issue, parsed.lineOf, timelineFields));
    return undefined;
  }
  const input: TimelineInput = result.data;
  const sources = sourceList(input.sources);
  const events = input.events.map((event, index) => ({
    date: event.date,
    ...(event.dateLabel ? { dateLabel: event.dateLabel } : {}),
    title: event.title,
    text: event.text,
    article: event.article === false ? null : event.article,
    sources: resolveSources(event.source, sources, ['events', index, 'source'], report),
  }));
  // Events are listed in the order they happened; vague dates ("2024") only need to overlap.
  events.forEach((event, index) => {
    const previous = events[index - 1];
    if (previous && partialDateSpan(event.date).last < partialDateSpan(previous.date).first) {
      report('liegt vor dem Ereignis davor: Ereignisse bitte in zeitlicher Reihenfolge eintragen, das älteste zuerst', ['events', index, 'date']);
    }
  });
  if (issues.length > errorsBefore) return undefined;
  warnAboutVagueSources(input.sources, file, parsed, issues);
  const articleReferences = events.flatMap((event, index) =>
    event.article === null ? [] : [{ file, slug: event.article, field: fieldName(['events', index, 'article']), line: parsed.lineOf(['events', index, 'article']) }],
  );
  return { timeline: { id, file, title: input.title, description: input.description, events }, articleReferences };
}
