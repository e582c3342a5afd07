import { afterAll, describe, expect, it } from 'vitest';
import { headlineFigure, type DatasetRow } from '@/lib/content/datasets';
import { formatIssue } from '@/lib/content/issues';
import { readContent } from '@/lib/content/load';
import { formatPartialDate, parsePartialDate, partialDateAttribute } from '@/lib/dates';
import { contentErrorFrom, issuesFor, readFixture, removeTempDirs, writeTempContent } from './helpers';

afterAll(removeTempDirs);

const themen = readFixture('valid/themen.yaml');
const article = readFixture('valid/artikel/su7-auslieferungen-steigen.md');

const deliveries = `title: "Auslieferungen je Monat"
description: "Testdaten: drei Monate, zwei davon nur als Untergrenze."
chart: säulen
unit: "Fahrzeuge"
labelHeading: "Monat"
asOf: 2025-12-01
sources:
  weibo:
    name: "Weibo-Beiträge von Xiaomi"
rows:
  - label: "September"
    value: 40000
    lowerBound: true
    source: weibo
  - label: "Oktober"
    value: 48654
    source: weibo
`;

const timeline = `title: "Zeitleiste"
description: "Testereignisse"
sources:
  blog:
    name: "mobilegeeks.de"
events:
  - date: 2018-11
    title: "Partnerschaft"
    text: "Ein Ereignis mit einem Artikel dazu."
    article: su7-auslieferungen-steigen
    source: blog
  - date: 2024
    dateLabel: "Ende 2024"
    title: "Ohne Artikel"
    text: "Ein Ereignis, zu dem es noch keinen Artikel gibt."
    article: false
    source: blog
  - date: 2025-03-22
    title: "Treffen"
    text: "Ein Ereignis an einem genauen Tag."
    article: su7-auslieferungen-steigen
    source: [blog]
`;

function site(daten: Record<string, string>, extra: Record<string, string> = {}) {
  return writeTempContent({
    'themen.yaml': themen,
    'artikel/su7-auslieferungen-steigen.md': article,
    ...Object.fromEntries(Object.entries(daten).map(([name, text]) => [`daten/${name}`, text])),
    ...extra,
  });
}

/** Replaces one line of a YAML text (1-based), so a test names exactly the line it breaks. */
function withLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}

describe('readContent: datasets in daten/', () => {
  it('reads chart datasets and the timeline, with sources resolved per row', () => {
    const content = readContent(site({ 'auslieferungen.yaml': deliveries, 'zeitleiste.yaml': timeline }));
    expect(content.warnings).toEqual([]);
    const dataset = content.datasets.chart('auslieferungen')!;
    expect(dataset).toMatchObject({ id: 'auslieferungen', chart: 'säulen', unit: 'Fahrzeuge', labelHeading: 'Monat' });
    expect(dataset.file).toMatch(/daten\/auslieferungen\.yaml$/);
    expect(dataset.rows.map((row) => [row.label, row.value, row.lowerBound, row.unit, row.kind])).toEqual([
      ['September', 40_000, true, 'Fahrzeuge', 'ergebnis'],
      ['Oktober', 48_654, false, 'Fahrzeuge', 'ergebnis'],
    ]);
    expect(dataset.rows[0]!.sources).toEqual([{ key: 'weibo', name: 'Weibo-Beiträge von Xiaomi' }]);
    expect(
      content.datasets.timeline?.events.map((event) => [
        event.title,
        event.article,
        formatPartialDate(event.date),
        event.dateLabel,
      ]),
    ).toEqual([
      ['Partnerschaft', 'su7-auslieferungen-steigen', 'November 2018', undefined],
      ['Ohne Artikel', null, '2024', 'Ende 2024'],
      ['Treffen', 'su7-auslieferungen-steigen', '22. März 2025', undefined],
    ]);
    expect(content.datasets.chart('zeitleiste')).toBeUndefined();
  });

  it('orders chart datasets by `order`, then by name', () => {
    const second = deliveries.replace('chart: säulen', 'chart: säulen\norder: 2');
    const first = deliveries.replace('chart: säulen', 'chart: säulen\norder: 1');
    const content = readContent(site({ 'a.yaml': second, 'b.yaml': first, 'c.yaml': deliveries }));
    expect(content.datasets.charts.map((dataset) => dataset.id)).toEqual(['b', 'a', 'c']);
  });

  it('needs no daten/ folder at all', () => {
    const content = readContent(site({}));
    expect(content.datasets.charts).toEqual([]);
    expect(content.datasets.timeline).toBeUndefined();
  });

  it('names file, line and row of a bad value, in the editors’ format', () => {
    const broken = withLine(deliveries, 16, '    value: "viele"');
    const error = contentErrorFrom(site({ 'x.yaml': broken }));
    const [issue] = issuesFor(error.issues, 'x.yaml');
    expect(issue).toMatchObject({ line: 16, field: 'rows.2.value', severity: 'error' });
    expect(formatIssue(issue!)).toMatch(
      /daten\/x\.yaml:16 {2}rows\.2\.value: „viele“ ist keine Zahl: nur Ziffern ohne Tausenderpunkt schreiben/,
    );
    expect(error.message).toContain('x.yaml:16  rows.2.value');
  });

  it('catches a German thousands separator that YAML would read as a decimal', () => {
    const error = contentErrorFrom(site({ 'x.yaml': withLine(deliveries, 16, '    value: 48.654') }));
    expect(issuesFor(error.issues, 'x.yaml')).toEqual([
      expect.objectContaining({
        line: 16,
        field: 'rows.2.value',
        message: '„48.654“ wird als Kommazahl gelesen: Zahlen ohne Tausenderpunkt schreiben (48654)',
      }),
    ]);
  });

  it('requires a source for every row, and one that is listed under sources', () => {
    const unknown = contentErrorFrom(site({ 'x.yaml': withLine(deliveries, 17, '    source: twitter') }));
    expect(issuesFor(unknown.issues, 'x.yaml')).toEqual([
      expect.objectContaining({
        line: 17,
        field: 'rows.2.source',
        message: 'Quelle „twitter“ ist nicht unter „sources“ eingetragen (vorhanden: weibo)',
      }),
    ]);
    const missing = contentErrorFrom(site({ 'x.yaml': withLine(deliveries, 17, '') }));
    expect(issuesFor(missing.issues, 'x.yaml')).toEqual([
      expect.objectContaining({
        field: 'rows.2.source',
        message: expect.stringMatching(/^Pflichtfeld fehlt: das Kürzel einer Quelle/),
      }),
    ]);
  });

  it('suggests the field an editor meant and reports an unknown chart type', () => {
    const error = contentErrorFrom(
      site({ 'x.yaml': deliveries.replace('unit:', 'einheit:').replace('chart: säulen', 'chart: torte') }),
    );
    const messages = issuesFor(error.issues, 'x.yaml').map(
      (issue) => `${issue.line}  ${issue.field}: ${issue.message}`,
    );
    expect(messages).toContainEqual('3  chart: „torte“ ist keine Diagrammart (erlaubt: säulen, balken)');
    expect(messages).toContainEqual(expect.stringMatching(/^4 {2}einheit: unbekanntes Feld – meinten Sie „unit“\?/));
  });

  it('checks `adds`: an earlier key in the same group, never on a column chart', () => {
    const bars = `${deliveries.replace('chart: säulen', 'chart: balken')}  - label: "Geplant"
    value: 5000
    kind: plan
    adds: gibt-es-nicht
    source: weibo
`;
    const error = contentErrorFrom(site({ 'x.yaml': bars }));
    expect(issuesFor(error.issues, 'x.yaml')).toEqual([
      expect.objectContaining({
        line: 21,
        field: 'rows.3.adds',
        message: expect.stringMatching(/^„gibt-es-nicht“ ist keine frühere Zeile dieses Datensatzes/),
      }),
    ]);
    const onBound = `${deliveries.replace('chart: säulen', 'chart: balken').replace('  - label: "September"', '  - label: "September"\n    key: september')}  - label: "Geplant"
    value: 5000
    kind: plan
    adds: september
    source: weibo
`;
    expect(issuesFor(contentErrorFrom(site({ 'x.yaml': onBound })).issues, 'x.yaml')).toEqual([
      expect.objectContaining({
        field: 'rows.3.adds',
        message: '„september“ ist eine Untergrenze: Eine Verlängerung braucht einen genauen Ausgangswert',
      }),
    ]);
    const columns = contentErrorFrom(site({ 'x.yaml': withLine(deliveries, 14, '    source: weibo\n    group: "A"') }));
    expect(issuesFor(columns.issues, 'x.yaml')[0]).toMatchObject({
      field: 'rows.1.group',
      message: expect.stringMatching(/^Säulendiagramme haben weder Gruppen/),
    });
  });

  it('reports YAML syntax errors with the line, without calling the file a front matter', () => {
    const error = contentErrorFrom(site({ 'x.yaml': `${deliveries}title: "doppelt"\n` }));
    expect(issuesFor(error.issues, 'x.yaml')).toEqual([
      expect.objectContaining({ line: 18, message: expect.stringMatching(/^Ein Feld steht doppelt in der Datei/) }),
    ]);
  });

  it('rejects file names that cannot be dataset names and ignores other files with a warning', () => {
    const error = contentErrorFrom(site({ 'Mein Datensatz.yaml': deliveries }));
    expect(issuesFor(error.issues, 'Mein Datensatz.yaml')[0]?.message).toMatch(
      /ist als Name eines Datensatzes ungeeignet/,
    );
    const content = readContent(site({ 'notizen.txt': 'Ideen' }));
    expect(content.warnings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: 'wird ignoriert: Datensätze sind Dateien mit der Endung .yaml.',
      }),
    ]);
  });
});

describe('readContent: the timeline', () => {
  it('rejects a link to an article that does not exist, with file and line', () => {
    const error = contentErrorFrom(site({ 'zeitleiste.yaml': withLine(timeline, 10, '    article: gibt-es-nicht') }));
    expect(issuesFor(error.issues, 'zeitleiste.yaml')).toEqual([
      expect.objectContaining({
        line: 10,
        field: 'events.1.article',
        message:
          'Es gibt keinen Artikel content/artikel/gibt-es-nicht.md (für ein Ereignis ohne Artikel „article: false“ schreiben)',
      }),
    ]);
  });

  it('requires `article` on every event: a slug or an explicit false', () => {
    const error = contentErrorFrom(site({ 'zeitleiste.yaml': withLine(timeline, 16, '') }));
    expect(issuesFor(error.issues, 'zeitleiste.yaml')).toEqual([
      expect.objectContaining({
        field: 'events.2.article',
        message: expect.stringMatching(/^Pflichtfeld fehlt: der Dateiname des Artikels ohne \.md – oder „false“/),
      }),
    ]);
  });

  it('warns about a source that names no outlet and links no report, in charts and the timeline alike', () => {
    const vague = '    name: "Deutscher Tech-Blog"';
    const content = readContent(
      site({ 'auslieferungen.yaml': withLine(deliveries, 9, vague), 'zeitleiste.yaml': withLine(timeline, 5, vague) }),
    );
    expect(content.warnings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 9,
        field: 'sources.weibo.name',
        message: expect.stringMatching(/„Deutscher Tech-Blog“ nennt kein bestimmtes Medium/),
      }),
      expect.objectContaining({
        severity: 'warning',
        line: 5,
        field: 'sources.blog.name',
        message: expect.stringMatching(/nennt kein bestimmtes Medium/),
      }),
    ]);
    // With the report's address the same name can be checked by a reader: no warning.
    const linked = readContent(
      site({ 'auslieferungen.yaml': withLine(deliveries, 9, `${vague}\n    url: "https://example.org/bericht"`) }),
    );
    expect(linked.warnings).toEqual([]);
  });

  it('warns when the linked article is a draft: the page shows no link until it appears', () => {
    const draft = readFixture('valid/artikel/entwurf-smart-home.md');
    const content = readContent(
      site(
        { 'zeitleiste.yaml': withLine(timeline, 10, '    article: entwurf-smart-home') },
        { 'artikel/entwurf-smart-home.md': draft },
      ),
    );
    expect(content.warnings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 10,
        field: 'events.1.article',
        message: expect.stringMatching(/ist ein Entwurf/),
      }),
    ]);
  });

  it('keeps events in the order they happened; vague dates only need to overlap', () => {
    const swapped = withLine(timeline, 18, '  - date: 2018-10-01');
    const error = contentErrorFrom(site({ 'zeitleiste.yaml': swapped }));
    expect(issuesFor(error.issues, 'zeitleiste.yaml')).toEqual([
      expect.objectContaining({
        line: 18,
        field: 'events.3.date',
        message: expect.stringMatching(/^liegt vor dem Ereignis davor/),
      }),
    ]);
  });

  it('rejects an impossible date', () => {
    const error = contentErrorFrom(site({ 'zeitleiste.yaml': withLine(timeline, 7, '  - date: 2018-13') }));
    expect(issuesFor(error.issues, 'zeitleiste.yaml')[0]).toMatchObject({
      line: 7,
      field: 'events.1.date',
      message: '„2018-13“ ist kein gültiges Datum (erlaubt: 2025-03-22, 2025-03 oder 2025)',
    });
  });
});

describe('partial dates', () => {
  it('parses a day, a month or a year and nothing else', () => {
    expect(parsePartialDate('2025-03-22')).toEqual({ year: 2025, month: 3, day: 22 });
    expect(parsePartialDate('2024-03')).toEqual({ year: 2024, month: 3 });
    expect(parsePartialDate('2024')).toEqual({ year: 2024 });
    for (const wrong of ['2025-02-30', '2025-00', '25-03', 'März 2025', '2025-3'])
      expect(parsePartialDate(wrong), wrong).toBeNull();
  });

  it('formats in German and for <time datetime>', () => {
    expect(formatPartialDate({ year: 2025, month: 3, day: 22 })).toBe('22. März 2025');
    expect(formatPartialDate({ year: 2024, month: 3 })).toBe('März 2024');
    expect(partialDateAttribute({ year: 2024, month: 3 })).toBe('2024-03');
    expect(partialDateAttribute({ year: 2025, month: 3, day: 2 })).toBe('2025-03-02');
    expect(partialDateAttribute({ year: 2024 })).toBe('2024');
  });
});

describe('headlineFigure (the number per dataset on the home page)', () => {
  const row = (label: string, value: number, extra: Partial<DatasetRow> = {}): DatasetRow => ({
    label,
    value,
    unit: 'Fahrzeuge',
    lowerBound: false,
    kind: 'ergebnis',
    sources: [],
    ...extra,
  });

  it('is the largest drawn result: no target, no plan, no value in another unit', () => {
    const rows = [
      row('September', 40000, { lowerBound: true }),
      row('Oktober', 48654),
      row('Ziel', 400000, { kind: 'ziel' }),
      row('Plan', 90000, { kind: 'plan' }),
      row('Umsatz', 4.5e9, { unit: 'US-Dollar' }),
    ];
    expect(headlineFigure({ rows, unit: 'Fahrzeuge' })?.label).toBe('Oktober');
  });

  it('prefers an exact value to a lower bound of the same size, and is undefined without a result', () => {
    const rows = [row('Untergrenze', 40000, { lowerBound: true }), row('Genau', 40000)];
    expect(headlineFigure({ rows, unit: 'Fahrzeuge' })?.label).toBe('Genau');
    expect(headlineFigure({ rows: [row('Ziel', 1, { kind: 'ziel' })], unit: 'Fahrzeuge' })).toBeUndefined();
  });
});
