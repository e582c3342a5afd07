import { toHtml } from 'hast-util-to-html';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DatasetFigure } from '@/components/charts/DatasetFigure';
import { chartFigure, chartGeometry, describeChart } from '@/lib/charts/figure';
import { formatChartValue, formatNumber, formatValue, formatValueWithUnit } from '@/lib/charts/format';
import { layoutBars, layoutColumns, variantSizes } from '@/lib/charts/layout';
import { estimateTextWidth, linearScale, niceStep, zeroBasedTicks } from '@/lib/charts/scale';
import type { ChartDataset, DatasetRow } from '@/lib/content/datasets';

const weibo = { key: 'weibo', name: 'Weibo-Beiträge von Xiaomi' };
const verband = { key: 'cpca', name: 'Pkw-Verband CPCA', url: 'https://example.org/cpca' };

function row(spec: Partial<DatasetRow> & Pick<DatasetRow, 'label' | 'value'>): DatasetRow {
  return { unit: 'Fahrzeuge', lowerBound: false, kind: 'ergebnis', sources: [weibo], ...spec };
}

/** Three months: two lower bounds around an exact record, like the real deliveries. */
const deliveries: ChartDataset = {
  id: 'auslieferungen-test',
  file: 'content/daten/auslieferungen-test.yaml',
  title: 'Auslieferungen je Monat',
  description: 'Testdaten mit Untergrenzen.',
  chart: 'säulen',
  order: 1,
  unit: 'Fahrzeuge',
  labelHeading: 'Monat',
  sources: [weibo],
  rows: [
    row({ label: 'September', value: 40_000, lowerBound: true }),
    row({ label: 'Oktober', value: 48_654, note: 'Rekordmonat' }),
    row({ label: 'November', value: 20_000 }),
  ],
  notes: [],
};

/** Targets against results, a revenue in another unit and a planned extension. */
const targets: ChartDataset = {
  ...deliveries,
  id: 'ziele-test',
  title: 'Ziele und Ergebnisse',
  chart: 'balken',
  labelHeading: 'Kennzahl',
  sources: [weibo, verband],
  rows: [
    row({ group: 'SU7', label: 'Ziel 2024', value: 130_000, kind: 'ziel', period: 'Kalenderjahr 2024' }),
    row({ group: 'SU7', label: 'Verkauft', value: 137_000, period: 'erstes Verkaufsjahr', sources: [verband] }),
    row({ group: 'SU7', label: 'Umsatz', value: 4.5, unit: 'Mrd. US-Dollar' }),
    row({ group: '2025', key: 'stores', label: 'Stores', value: 300_000 }),
    row({ group: '2025', label: 'Geplant', value: 50_000, kind: 'plan', adds: 'stores' }),
    row({ group: '2025', label: 'Neues Ziel', value: 400_000, kind: 'ziel', lowerBound: true }),
  ],
  notes: ['Die Zeiträume sind nicht deckungsgleich.'],
};

describe('number formats', () => {
  it('writes numbers the German way, on every machine', () => {
    expect(formatNumber(48_654)).toBe('48.654');
    expect(formatNumber(4.5)).toBe('4,5');
    expect(formatNumber(441)).toBe('441');
    expect(formatNumber(400_000)).toBe('400.000');
  });

  it('keeps a lower bound a lower bound: "mehr als" in text, ">" in the chart', () => {
    const bound = { value: 40_000, lowerBound: true };
    expect(formatValue(bound)).toBe('mehr als 40.000');
    expect(formatChartValue(bound)).toBe('> 40.000');
    expect(formatValue({ value: 48_654, lowerBound: false })).toBe('48.654');
    expect(formatValueWithUnit({ value: 4.5, lowerBound: false, unit: 'Mrd. US-Dollar' })).toBe('4,5 Mrd. US-Dollar');
  });
});

describe('scales', () => {
  it('maps a domain linearly onto a range, also backwards (SVG y grows downwards)', () => {
    const y = linearScale([0, 50_000], [290, 40]);
    expect(y(0)).toBe(290);
    expect(y(50_000)).toBe(40);
    expect(y(25_000)).toBe(165);
  });

  it('picks nice steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.7, 1.5, 2.2, 3, 9730, 95_400].map(niceStep)).toEqual([1, 2, 2.5, 5, 10_000, 100_000]);
  });

  it('starts every value axis at zero and ends on the first nice tick at or above the maximum', () => {
    expect(zeroBasedTicks(48_654, 5)).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000]);
    expect(zeroBasedTicks(477, 5)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(zeroBasedTicks(400_000, 5)).toEqual([0, 100_000, 200_000, 300_000, 400_000]);
    expect(zeroBasedTicks(0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('estimates label widths generously', () => {
    expect(estimateTextWidth('48.654', 14)).toBeGreaterThanOrEqual(45);
  });
});

describe('layoutColumns', () => {
  const geometry = layoutColumns(deliveries.rows, 'regular');
  const { plot } = geometry;
  const unit = (plot.bottom - plot.top) / 50_000;

  it('draws one column per row, side by side, growing from the baseline', () => {
    expect(geometry.bars).toHaveLength(3);
    expect(geometry.width).toBe(variantSizes.regular.width);
    for (const bar of geometry.bars) expect(bar.body.y + bar.body.height).toBeCloseTo(plot.bottom, 0);
    const xs = geometry.bars.map((bar) => bar.body.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('gives each column a height proportional to its value on a zero-based axis', () => {
    expect(geometry.bars.map((bar) => bar.body.height)).toEqual(
      [40_000, 48_654, 20_000].map((value) => expect.closeTo(value * unit, 0)),
    );
    expect(geometry.ticks.map((tick) => tick.label?.text)).toEqual([
      '0',
      '10.000',
      '20.000',
      '30.000',
      '40.000',
      '50.000',
    ]);
  });

  it('labels columns with their category below and their value above, a lower bound with ">"', () => {
    expect(geometry.bars.map((bar) => bar.label.text)).toEqual(['September', 'Oktober', 'November']);
    expect(geometry.bars.map((bar) => bar.value.text)).toEqual(['> 40.000', '48.654', '20.000']);
    for (const bar of geometry.bars) expect(bar.value.y).toBeLessThan(bar.body.y);
  });

  it('draws the open end above a lower bound only, pointing up, with the label above its arrow', () => {
    const [september, october] = geometry.bars;
    expect(october!.openEnd).toBeUndefined();
    expect(september!.openEnd).toMatchObject({ direction: 'up', x: september!.body.x, width: september!.body.width });
    expect(september!.openEnd!.y + september!.openEnd!.height).toBeCloseTo(september!.body.y, 0);
    expect(september!.openEnd!.tip.y).toBeLessThan(september!.openEnd!.y);
    expect(september!.value.y).toBeLessThan(september!.openEnd!.tip.y);
  });

  it('fits the compact variant into its narrower drawing', () => {
    const compact = layoutColumns(deliveries.rows, 'compact');
    expect(compact.width).toBe(360);
    for (const bar of compact.bars) expect(bar.body.x + bar.body.width).toBeLessThanOrEqual(compact.width);
  });
});

describe('layoutBars', () => {
  const rows = targets.rows.filter((candidate) => candidate.unit === 'Fahrzeuge');
  const geometry = layoutBars(rows, 'regular');
  const scale = (geometry.plot.right - geometry.plot.left) / 400_000;

  it('draws one bar per row, an `adds` row as the continuation of its bar', () => {
    expect(geometry.bars.map((bar) => bar.label.text)).toEqual(['Ziel 2024', 'Verkauft', 'Stores', 'Neues Ziel']);
    const stores = geometry.bars[2]!;
    expect(stores.extension).toMatchObject({ kind: 'plan', x: stores.body.x + stores.body.width });
    expect(stores.extension!.width).toBeCloseTo(50_000 * scale, 0);
    expect(stores.value.text).toBe('300.000 + 50.000 geplant');
  });

  it('gives bars lengths proportional to their values and keeps the kind for the style', () => {
    expect(geometry.bars.map((bar) => bar.body.width)).toEqual(
      [130_000, 137_000, 300_000, 400_000].map((value) => expect.closeTo(value * scale, 0)),
    );
    expect(geometry.bars.map((bar) => bar.body.kind)).toEqual(['ziel', 'ergebnis', 'ergebnis', 'ziel']);
  });

  it('heads each group once and stacks bars below their labels', () => {
    expect(geometry.groups.map((group) => group.text)).toEqual(['SU7', '2025']);
    for (const bar of geometry.bars) expect(bar.label.y).toBeLessThan(bar.body.y);
    const ys = geometry.bars.map((bar) => bar.body.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(geometry.height).toBeGreaterThan(geometry.plot.bottom);
  });

  it('leaves room right of the plot for the longest value label and the open end of a lower bound', () => {
    const bound = geometry.bars[3]!;
    expect(bound.openEnd).toMatchObject({ direction: 'right', x: bound.body.x + bound.body.width });
    expect(bound.value.x).toBeGreaterThan(bound.openEnd!.tip.x);
    for (const bar of geometry.bars)
      expect(bar.value.x + estimateTextWidth(bar.value.text, geometry.fontSize)).toBeLessThanOrEqual(
        geometry.width + 1,
      );
  });

  it('labels every other tick when the numbers would collide on a phone', () => {
    const compact = layoutBars(rows, 'compact');
    const labelled = compact.ticks.filter((tick) => tick.label);
    expect(labelled.length).toBeLessThan(compact.ticks.length);
    expect(compact.ticks.every((tick) => tick.line.y2 === compact.plot.bottom)).toBe(true);
  });
});

describe('chartFigure', () => {
  const html = toHtml(chartFigure(deliveries, { idPrefix: 'test', label: { caption: true } }));

  it('names the drawing for assistive technology: role="img", <title> and a <desc> with every value', () => {
    expect(html).toMatch(
      /<svg class="chart__svg" viewBox="0 0 680 \d+" width="100%" role="img" aria-labelledby="test-regular-titel test-regular-beschreibung"/,
    );
    expect(html).toContain('<title id="test-regular-titel">Auslieferungen je Monat</title>');
    expect(describeChart(deliveries)).toBe(
      'Säulendiagramm. September: mehr als 40.000 Fahrzeuge; Oktober: 48.654 Fahrzeuge; November: 20.000 Fahrzeuge. Alle Werte mit Quellen stehen in der Tabelle unter dem Diagramm.',
    );
  });

  it('draws both variants, the compact one hidden where no stylesheet decides', () => {
    expect(html.match(/<svg class="chart__svg"/g)).toHaveLength(2);
    expect(html).toContain('<div class="chart__variant chart__variant--compact" hidden>');
    expect(html).toContain('viewBox="0 0 360 300"');
  });

  it('explains the lower bound in a legend and writes "mehr als" in the table', () => {
    expect(html).toContain('Untergrenze: Die Quelle nennt nur „mehr als …“ – der tatsächliche Wert liegt darüber');
    expect(html).toContain('<td class="chart__number">mehr als 40.000</td>');
    expect(html).toContain('<th scope="row">Oktober</th><td class="chart__number">48.654</td>');
    expect(html).toContain('Quelle: Weibo-Beiträge von Xiaomi');
  });

  it('shows a value in another unit as a key figure, not as a bar, and numbers the sources', () => {
    const figure = toHtml(chartFigure(targets, { idPrefix: 'ziele', label: { labelledBy: 'ueberschrift' } }));
    expect(figure).toContain('aria-labelledby="ueberschrift"');
    expect(figure).not.toContain('<figcaption');
    expect(figure).toContain(
      '<dl class="chart__figures"><div class="chart__figure"><dt>Umsatz</dt><dd>4,5 Mrd. US-Dollar</dd></div></dl>',
    );
    expect(chartGeometry(targets, 'regular').bars.map((bar) => bar.label.text)).not.toContain('Umsatz');
    // "Quelle 2" leads to the second entry of the numbered list (issue 18: it was plain text).
    expect(figure).toContain(
      '<span class="chart__facts">Ergebnis · erstes Verkaufsjahr · <a href="#ziele-quelle-2">Quelle 2</a></span>',
    );
    expect(figure).toContain('<li id="ziele-quelle-2"><a class="extern" href="https://example.org/cpca"');
    expect(figure).not.toContain('<details');
    expect(figure).toContain(
      '<a class="extern" href="https://example.org/cpca" rel="noopener noreferrer">Pkw-Verband CPCA<span class="sr-only"> (externer Link)</span></a>',
    );
    expect(figure).toContain('<p>Die Zeiträume sind nicht deckungsgleich.</p>');
    expect(figure).toContain('Ziel: angekündigte Marke, kein Ergebnis');
  });
});

describe('chartFigure folded for an article (issue 18)', () => {
  const folded = toHtml(chartFigure(targets, { idPrefix: 'ziele', label: { caption: true }, fold: true }));
  const single = toHtml(chartFigure(deliveries, { idPrefix: 'test', label: { caption: true }, fold: true }));
  const visible = (html: string) => html.slice(0, html.indexOf('<details'));
  const inside = (html: string) => html.slice(html.indexOf('<details'));

  it('keeps drawing, legend and a one-line source visible; folds key figures, notes, table and sources, closed', () => {
    expect(folded).toContain(
      '<details class="chart__more"><summary class="chart__more-button">Daten und Quellen anzeigen<span class="sr-only">: Ziele und Ergebnisse</span></summary>',
    );
    expect(folded).not.toContain('<details class="chart__more" open');
    expect(visible(folded)).toContain('<svg class="chart__svg"');
    expect(visible(folded)).toContain('<ul class="chart__legend"');
    expect(visible(folded)).toContain(
      '<p class="chart__source-line">Quellen: <a class="extern" href="https://example.org/cpca" rel="noopener noreferrer">Pkw-Verband CPCA<span class="sr-only"> (externer Link)</span></a> und eine weitere</p>',
    );
    for (const part of ['<dl class="chart__figures">', '<div class="chart__notes">', '<table', '<ol>']) {
      expect(visible(folded)).not.toContain(part);
      expect(inside(folded)).toContain(part);
    }
  });

  it('names a single source in full on the visible line and does not repeat it inside', () => {
    expect(visible(single)).toContain('<p class="chart__source-line">Quelle: Weibo-Beiträge von Xiaomi');
    expect(inside(single)).toContain('<table');
    expect(inside(single)).not.toContain('Weibo-Beiträge von Xiaomi');
  });
});

describe('DatasetFigure (rendered with react-dom/server)', () => {
  const html = renderToStaticMarkup(createElement(DatasetFigure, { dataset: deliveries, labelledBy: 'h2-id' }));

  it('renders three columns per drawing with the right heights and labels', () => {
    const regular = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const rects = [
      ...regular.matchAll(
        /<rect class="chart__mark chart__mark--(\w+)" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g,
      ),
    ];
    expect(rects).toHaveLength(3);
    const geometry = layoutColumns(deliveries.rows, 'regular');
    expect(rects.map(([, , , height]) => Number(height))).toEqual(geometry.bars.map((bar) => bar.body.height));
    expect(rects.map(([, kind]) => kind)).toEqual(['ergebnis', 'ergebnis', 'ergebnis']);
    expect([...regular.matchAll(/<text class="chart__value"[^>]*>([^<]+)<\/text>/g)].map(([, text]) => text)).toEqual([
      '> 40.000',
      '48.654',
      '20.000',
    ]);
    expect([...regular.matchAll(/<text class="chart__label"[^>]*>([^<]+)<\/text>/g)].map(([, text]) => text)).toEqual([
      'September',
      'Oktober',
      'November',
    ]);
  });

  it('draws the open end of the lower bound dashed and without a closing edge', () => {
    const regular = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    expect(regular.match(/stroke-dasharray="4 3"/g)).toHaveLength(1);
    expect(regular).toMatch(
      /<path class="chart__open chart__open--ergebnis" d="M[\d.]+ [\d.]+V[\d.]+M[\d.]+ [\d.]+V[\d.]+"/,
    );
  });

  it('uses CSS classes and currentColor for colour, never a hard-coded colour', () => {
    expect(html).not.toMatch(/#[0-9a-f]{3,6}\b/i);
    expect(html).not.toMatch(/rgb\(/);
    expect(html).toContain('fill="currentColor"');
  });

  it('brings a real table with a caption, column and row headers', () => {
    expect(html).toContain(
      '<caption id="daten-auslieferungen-test-tabelle">Die Werte als Tabelle (Fahrzeuge)</caption>',
    );
    expect(html).toContain('<th scope="col">Monat</th>');
    expect(html.match(/<th scope="row">/g)).toHaveLength(3);
  });
});
