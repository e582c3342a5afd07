import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import type { ValueKind } from '../content/dataset-schema';
import { keyFigureRows, plottedRows, type ChartDataset, type DatasetRow } from '../content/datasets';
import { citedOutletSuffix } from '../content/source-label';
import { formatGermanDate } from '../dates';
import { formatValue, formatValueWithUnit, kindLabels } from './format';
import {
  layoutBars,
  layoutColumns,
  type ChartGeometry,
  type ChartVariant,
  type Mark,
  type OpenEnd,
  type TextPlacement,
} from './layout';

/**
 * A dataset as one self-contained figure: the chart (SVG, twice: regular and compact), a legend,
 * key figures in other units, notes, the data table and the sources. Built as a hast tree, the
 * form the Markdown pipeline works in, so articles (```chart <id>) and /daten share one renderer;
 * the page turns it into HTML with hast-util-to-html. Colours come from CSS custom properties
 * through classes; the presentation attributes (currentColor, dashes) keep the chart readable where
 * no stylesheet applies, such as in feed readers.
 */
export interface ChartFigureOptions {
  /** Makes every id in the figure unique on its page (patterns, SVG title and description). */
  idPrefix: string;
  /**
   * `caption`: the figure names itself with a <figcaption> (in articles). `labelledBy`: a heading
   * outside already names it (on /daten).
   */
  label: { caption: true } | { labelledBy: string };
  /**
   * In articles (issue 18): drawing, legend and a one-line source stay visible; key figures, notes,
   * table and the full source list fold into a `<details>` („Daten und Quellen anzeigen“), closed,
   * without JavaScript. On /daten everything stays open.
   */
  fold?: boolean;
}

export function chartFigure(dataset: ChartDataset, { idPrefix, label, fold = false }: ChartFigureOptions): Element {
  const captionId = `${idPrefix}-titel`;
  const children: ElementContent[] = [];
  if ('caption' in label) {
    children.push(
      h('figcaption.chart__caption', { id: captionId }, [
        h('span.chart__title', dataset.title),
        ' ',
        h('span.chart__description', dataset.description),
      ]),
    );
  }
  children.push(chartGraphic(dataset, idPrefix));
  const legend = legendFor(dataset, idPrefix);
  if (legend) children.push(legend);
  const details: ElementContent[] = [];
  const figures = keyFigureRows(dataset);
  if (figures.length > 0) details.push(keyFigures(figures));
  if (dataset.notes.length > 0)
    details.push(
      h(
        'div.chart__notes',
        dataset.notes.map((note) => h('p', note)),
      ),
    );
  details.push(dataTable(dataset, idPrefix));
  if (!fold) children.push(...details, sourceList(dataset, idPrefix));
  else {
    // One source is named in full on the visible line; several get their numbered list inside.
    if (dataset.sources.length > 1) details.push(sourceList(dataset, idPrefix));
    children.push(
      sourceSummary(dataset),
      h('details.chart__more', [
        h('summary.chart__more-button', ['Daten und Quellen anzeigen', h('span.sr-only', `: ${dataset.title}`)]),
        ...details,
      ]),
    );
  }
  return h(
    `figure.chart.chart--${dataset.chart === 'säulen' ? 'columns' : 'bars'}`,
    { ariaLabelledBy: 'caption' in label ? captionId : label.labelledBy },
    children,
  );
}

/**
 * The drawing alone, both variants (the stylesheet shows the one that fits its `.chart` container):
 * in every figure, and beside the lead story on the home page.
 */
export function chartGraphic(dataset: ChartDataset, idPrefix: string): Element {
  return h('div.chart__graphic', [
    h('div.chart__variant.chart__variant--regular', [chartSvg(dataset, 'regular', idPrefix)]),
    // Hidden without CSS (feed readers) so only one drawing shows; the stylesheet swaps them by width.
    h('div.chart__variant.chart__variant--compact', { hidden: true }, [chartSvg(dataset, 'compact', idPrefix)]),
  ]);
}

export function chartGeometry(dataset: ChartDataset, variant: ChartVariant): ChartGeometry {
  const rows = plottedRows(dataset);
  return dataset.chart === 'säulen' ? layoutColumns(rows, variant) : layoutBars(rows, variant);
}

function chartSvg(dataset: ChartDataset, variant: ChartVariant, idPrefix: string): Element {
  const geometry = chartGeometry(dataset, variant);
  const id = `${idPrefix}-${variant}`;
  const hatchId = `${id}-schraffur`;
  const textAttributes = (placement: TextPlacement) => ({
    x: placement.x,
    y: placement.y,
    textAnchor: placement.anchor,
  });
  return s(
    'svg.chart__svg',
    {
      viewBox: `0 0 ${geometry.width} ${geometry.height}`,
      width: '100%',
      role: 'img',
      ariaLabelledBy: `${id}-titel ${id}-beschreibung`,
      fontFamily: 'system-ui, sans-serif',
      fontSize: geometry.fontSize,
      fill: 'currentColor',
    },
    [
      s('title', { id: `${id}-titel` }, dataset.title),
      s('desc', { id: `${id}-beschreibung` }, describeChart(dataset)),
      s('defs', [hatchPattern(hatchId)]),
      s(
        'g.chart__grid',
        { stroke: 'currentColor', strokeOpacity: 0.18 },
        geometry.ticks.map((tick) => s('line', { ...tick.line })),
      ),
      s(
        'g.chart__ticks',
        { fillOpacity: 0.75 },
        geometry.ticks.flatMap((tick) => (tick.label ? [s('text', textAttributes(tick.label), tick.label.text)] : [])),
      ),
      ...(geometry.groups.length > 0
        ? [
            s(
              'g.chart__groups',
              { fontWeight: 700 },
              geometry.groups.map((group) => s('text', textAttributes(group), group.text)),
            ),
          ]
        : []),
      ...geometry.bars.map((bar) =>
        s('g.chart__bar', [
          markRect(bar.body, hatchId),
          ...(bar.extension ? [markRect(bar.extension, hatchId)] : []),
          ...(bar.openEnd ? openEndMarks(bar.openEnd, bar.body.kind) : []),
          s('text.chart__label', textAttributes(bar.label), bar.label.text),
          s('text.chart__value', { ...textAttributes(bar.value), fontWeight: 700 }, bar.value.text),
        ]),
      ),
      s('line.chart__baseline', { ...geometry.baseline, stroke: 'currentColor', strokeWidth: 1.5 }),
    ],
  );
}

/** Diagonal lines for targets and plans: told apart from results by more than colour. */
function hatchPattern(id: string): Element {
  return s('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
    s('rect.chart__hatch-ground', { width: 6, height: 6, fill: 'currentColor', fillOpacity: 0.1 }),
    s('line.chart__hatch', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: 'currentColor', strokeWidth: 2.4 }),
  ]);
}

function markRect(mark: Mark, hatchId: string): Element {
  const { x, y, width, height } = mark;
  return mark.kind === 'ergebnis'
    ? s('rect.chart__mark.chart__mark--ergebnis', { x, y, width, height })
    : s(`rect.chart__mark.chart__mark--${mark.kind}`, {
        x,
        y,
        width,
        height,
        fill: `url(#${hatchId})`,
        stroke: 'currentColor',
        strokeWidth: 1.5,
      });
}

/** The region beyond a lower bound: a faint fill, dashed sides, no closing edge, an arrow. */
function openEndMarks(open: OpenEnd, kind: ValueKind): Element[] {
  const { x, y, width, height, tip } = open;
  const sides =
    open.direction === 'up'
      ? `M${x} ${y + height}V${y}M${x + width} ${y + height}V${y}`
      : `M${x} ${y}H${x + width}M${x} ${y + height}H${x + width}`;
  // The arrowhead sits on the open end: its base where the dashed region stops, its tip beyond.
  const base = open.direction === 'up' ? y : x + width;
  const half = open.direction === 'up' ? base - tip.y : tip.x - base;
  const head =
    open.direction === 'up'
      ? `M${tip.x - half} ${base}L${tip.x} ${tip.y}L${tip.x + half} ${base}`
      : `M${base} ${tip.y - half}L${tip.x} ${tip.y}L${base} ${tip.y + half}`;
  return [
    s(`rect.chart__open-ground.chart__open-ground--${kind}`, {
      x,
      y,
      width,
      height,
      fill: 'currentColor',
      fillOpacity: 0.12,
    }),
    s(`path.chart__open.chart__open--${kind}`, {
      d: sides,
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: 1.5,
      strokeDasharray: '4 3',
    }),
    s(`path.chart__open.chart__open--${kind}`, {
      d: head,
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: 2,
      strokeLinecap: 'round',
      strokeLinejoin: 'round',
    }),
  ];
}

const chartTypeNames = { säulen: 'Säulendiagramm', balken: 'Balkendiagramm' } as const;

/** The SVG's description for screen readers: every drawn value in words. */
export function describeChart(dataset: ChartDataset): string {
  const values = plottedRows(dataset).map((row) => {
    const kind = row.kind === 'ergebnis' ? '' : ` (${kindLabels[row.kind]})`;
    const group = row.group ? `${row.group}, ` : '';
    return `${group}${row.label}: ${formatValueWithUnit(row)}${kind}`;
  });
  return `${chartTypeNames[dataset.chart]}. ${values.join('; ')}. Alle Werte mit Quellen stehen in der Tabelle unter dem Diagramm.`;
}

const legendTexts: Record<ValueKind, string> = {
  ergebnis: 'Ergebnis: erreichter Wert',
  ziel: 'Ziel: angekündigte Marke, kein Ergebnis',
  plan: 'Plan: angekündigter Zuwachs',
};

/** Explains the marks in use: kinds (when more than one) and the open end of a lower bound. */
function legendFor(dataset: ChartDataset, idPrefix: string): Element | undefined {
  const rows = plottedRows(dataset);
  const kinds = [...new Set(rows.map((row) => row.kind))];
  const boundKinds = [...new Set(rows.filter((row) => row.lowerBound).map((row) => row.kind))];
  const hatchId = `${idPrefix}-legende-schraffur`;
  const items: Element[] = [];
  if (kinds.length > 1) {
    for (const kind of kinds) {
      items.push(
        legendItem(
          [markRect({ x: 1, y: 2, width: 26, height: 12, kind }, hatchId)],
          legendTexts[kind],
          kind !== 'ergebnis' ? hatchId : undefined,
        ),
      );
    }
  }
  if (boundKinds.length > 0) {
    const kind = boundKinds[0]!;
    const open: OpenEnd = { x: 12, y: 3, width: 9, height: 10, direction: 'right', tip: { x: 26, y: 8 } };
    items.push(
      legendItem(
        [markRect({ x: 1, y: 3, width: 11, height: 10, kind }, hatchId), ...openEndMarks(open, kind)],
        'Untergrenze: Die Quelle nennt nur „mehr als …“ – der tatsächliche Wert liegt darüber',
        kind !== 'ergebnis' ? hatchId : undefined,
      ),
    );
  }
  if (items.length === 0) return undefined;
  return h('ul.chart__legend', { ariaLabel: 'Legende' }, items);
}

function legendItem(marks: Element[], text: string, hatchId: string | undefined): Element {
  return h('li', [
    s(
      'svg.chart__swatch',
      { viewBox: '0 0 28 16', width: 28, height: 16, ariaHidden: 'true', focusable: 'false', fill: 'currentColor' },
      [...(hatchId ? [s('defs', [hatchPattern(hatchId)])] : []), ...marks],
    ),
    ' ',
    text,
  ]);
}

/** Values in another unit than the axis (revenue in US dollars): shown as key figures, not as bars. */
function keyFigures(rows: readonly DatasetRow[]): Element {
  return h(
    'dl.chart__figures',
    rows.map((row) =>
      h('div.chart__figure', [
        h('dt', [row.label, ...(row.period ? [h('span.chart__period', ` (${row.period})`)] : [])]),
        h('dd', formatValueWithUnit(row)),
      ]),
    ),
  );
}

/**
 * Every value with its kind, period, note and source: the chart's numbers as a real table. Kind,
 * period, source and note share one column ("Einordnung"), so three columns fit a phone; should
 * the table still be too wide, its wrapper scrolls and can be reached with the keyboard.
 */
function dataTable(dataset: ChartDataset, idPrefix: string): Element {
  const sourceNumbers = new Map(dataset.sources.map((source, index) => [source, index + 1]));
  const singleUnit = dataset.rows.every((row) => row.unit === dataset.unit);
  const showKind = dataset.rows.some((row) => row.kind !== 'ergebnis');
  const showSource = dataset.sources.length > 1;
  const context = showKind || showSource || dataset.rows.some((row) => row.period || row.note);
  const captionId = `${idPrefix}-tabelle`;
  const header = h('tr', [
    h('th', { scope: 'col' }, dataset.labelHeading),
    h('th.chart__number', { scope: 'col' }, singleUnit ? dataset.unit : 'Wert'),
    ...(context ? [h('th', { scope: 'col' }, 'Einordnung')] : []),
  ]);
  const columnCount = context ? 3 : 2;
  const contextCell = (item: DatasetRow) => {
    const facts = [...(showKind ? [kindLabels[item.kind]] : []), ...(item.period ? [item.period] : [])].join(' · ');
    // "Quelle 3" leads to the third entry of the figure's numbered source list.
    const references: ElementContent[] = showSource
      ? item.sources.flatMap((entry, index): ElementContent[] => {
          const number = sourceNumbers.get(entry)!;
          return [
            { type: 'text', value: index > 0 ? ', ' : facts ? ' · ' : '' },
            h('a', { href: `#${sourceId(idPrefix, number)}` }, `Quelle ${number}`),
          ];
        })
      : [];
    return h('td.chart__context', [
      ...(facts || references.length > 0 ? [h('span.chart__facts', [facts, ...references])] : []),
      ...(item.note ? [h('span.chart__row-note', item.note)] : []),
    ]);
  };
  const row = (item: DatasetRow) =>
    h('tr', [
      h('th', { scope: 'row' }, item.label),
      h('td.chart__number', item.unit === dataset.unit ? formatValue(item) : formatValueWithUnit(item)),
      ...(context ? [contextCell(item)] : []),
    ]);
  const groups = groupRows(dataset.rows);
  const bodies = groups.map(({ group, rows }) =>
    h('tbody', [
      ...(group === undefined
        ? []
        : [h('tr.chart__group-row', [h('th', { scope: 'colgroup', colSpan: columnCount }, group)])]),
      ...rows.map(row),
    ]),
  );
  const caption = singleUnit
    ? `Die Werte als Tabelle (${dataset.unit})`
    : `Die Werte als Tabelle (${dataset.unit}, sofern nicht anders angegeben)`;
  return h('div.chart__table-wrap', { role: 'region', ariaLabelledBy: captionId, tabIndex: 0 }, [
    h('table.chart__table', [h('caption', { id: captionId }, caption), h('thead', [header]), ...bodies]),
  ]);
}

function groupRows(rows: readonly DatasetRow[]): { group: string | undefined; rows: DatasetRow[] }[] {
  const groups: { group: string | undefined; rows: DatasetRow[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.group === row.group) last.rows.push(row);
    else groups.push({ group: row.group, rows: [row] });
  }
  return groups;
}

function sourceId(idPrefix: string, number: number): string {
  return `${idPrefix}-quelle-${number}`;
}

type Source = ChartDataset['sources'][number];

/** A source's name, linked where the dataset has the address of its report. */
function sourceName(source: Source): ElementContent {
  return source.url
    ? h('a.extern', { href: source.url, rel: ['noopener', 'noreferrer'] }, [
        source.name,
        h('span.sr-only', ' (externer Link)'),
      ])
    : { type: 'text', value: source.name };
}

function sourceWithCited(source: Source): ElementContent[] {
  return [sourceName(source), ...(source.cites ? [{ type: 'text' as const, value: citedOutletSuffix(source) }] : [])];
}

function asOfLine(dataset: ChartDataset): Element[] {
  return dataset.asOf ? [h('p.chart__as-of', `Stand: ${formatGermanDate(dataset.asOf)}`)] : [];
}

/** "Quelle: …" or a numbered list the table's source column refers to; with the data's date. */
function sourceList(dataset: ChartDataset, idPrefix: string): Element {
  if (dataset.sources.length === 1) {
    return h('div.chart__sources', [
      h('p', ['Quelle: ', ...sourceWithCited(dataset.sources[0]!)]),
      ...asOfLine(dataset),
    ]);
  }
  return h('div.chart__sources', [
    h('p', 'Quellen:'),
    h(
      'ol',
      dataset.sources.map((source, index) => h('li', { id: sourceId(idPrefix, index + 1) }, sourceWithCited(source))),
    ),
    ...asOfLine(dataset),
  ]);
}

/**
 * The one visible source line of a folded figure: the only source in full, or the first one with an
 * address and how many more the list inside the <details> names; with the data's date.
 */
function sourceSummary(dataset: ChartDataset): Element {
  const asOf = dataset.asOf ? [` · Stand: ${formatGermanDate(dataset.asOf)}`] : [];
  if (dataset.sources.length === 1) {
    return h('p.chart__source-line', ['Quelle: ', ...sourceWithCited(dataset.sources[0]!), ...asOf]);
  }
  const first = dataset.sources.find((source) => source.url) ?? dataset.sources[0]!;
  const others = dataset.sources.length - 1;
  return h('p.chart__source-line', [
    'Quellen: ',
    sourceName(first),
    ` und ${others === 1 ? 'eine weitere' : `${others} weitere`}`,
    ...asOf,
  ]);
}
