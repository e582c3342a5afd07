import type { ValueKind } from '../content/dataset-schema';
import type { DatasetRow } from '../content/datasets';
import { formatChartValue, formatNumber } from './format';
import { estimateTextWidth, linearScale, zeroBasedTicks } from './scale';

/**
 * Each chart is drawn twice: for narrow screens (`compact`) and for the article column or wider
 * (`regular`). An SVG scales as a whole, so one drawing cannot keep its text readable from a
 * 320 px phone to a desktop; CSS shows the one that fits its container.
 */
export type ChartVariant = 'regular' | 'compact';

export const variantSizes: Record<
  ChartVariant,
  { width: number; fontSize: number; columnHeight: number; barHeight: number; tickCount: number }
> = {
  regular: { width: 680, fontSize: 14, columnHeight: 320, barHeight: 22, tickCount: 5 },
  compact: { width: 360, fontSize: 14, columnHeight: 300, barHeight: 20, tickCount: 5 },
};

/** A drawn rectangle: solid for a result, hatched for a target or a plan. */
export interface Mark {
  x: number;
  y: number;
  width: number;
  height: number;
  kind: ValueKind;
}

/**
 * The honest end of a lower bound: the region beyond the known value, with dashed sides and no
 * closing edge, and an arrow pointing on (up for columns, right for bars).
 */
export interface OpenEnd {
  x: number;
  y: number;
  width: number;
  height: number;
  direction: 'up' | 'right';
  /** The arrow's tip. */
  tip: { x: number; y: number };
}

export interface TextPlacement {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface BarGeometry {
  /** The category (columns: under the column; bars: above the bar). */
  label: TextPlacement;
  body: Mark;
  /** A row that `adds` to this bar (a plan on top of a stock), drawn as its continuation. */
  extension?: Mark;
  openEnd?: OpenEnd;
  value: TextPlacement;
}

export interface TickGeometry {
  value: number;
  line: { x1: number; y1: number; x2: number; y2: number };
  /** Absent where labels would collide: the grid line stays, every other number goes. */
  label?: TextPlacement;
}

export interface ChartGeometry {
  orientation: 'vertical' | 'horizontal';
  width: number;
  height: number;
  fontSize: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** The zero line bars grow from. */
  baseline: { x1: number; y1: number; x2: number; y2: number };
  ticks: TickGeometry[];
  groups: TextPlacement[];
  bars: BarGeometry[];
}

/** One decimal place is plenty for SVG coordinates and keeps the markup short. */
const round = (value: number) => Math.round(value * 10) / 10;

/** Room the open end of a lower bound takes beyond the value, and its arrow. */
function openEndSize(fontSize: number) {
  return { length: Math.round(fontSize * 1.3), arrow: Math.round(fontSize * 0.55) };
}

/** Vertical columns, one per row, side by side (months of a year). */
export function layoutColumns(rows: readonly DatasetRow[], variant: ChartVariant): ChartGeometry {
  const { width, fontSize, columnHeight: height, tickCount } = variantSizes[variant];
  const open = openEndSize(fontSize);
  const ticks = zeroBasedTicks(Math.max(...rows.map((row) => row.value)), tickCount);
  const domainMax = ticks.at(-1)!;
  const tickWidth = Math.max(...ticks.map((tick) => estimateTextWidth(formatNumber(tick), fontSize)));
  const plot = {
    left: tickWidth + 10,
    right: width - 4,
    top: open.length + open.arrow + fontSize + 12,
    bottom: height - fontSize - 16,
  };
  const y = linearScale([0, domainMax], [plot.bottom, plot.top]);
  const band = (plot.right - plot.left) / rows.length;
  const barWidth = Math.min(band * 0.58, fontSize * 7);

  const bars = rows.map((row, index): BarGeometry => {
    const center = plot.left + band * (index + 0.5);
    const top = y(row.value);
    const body: Mark = {
      x: round(center - barWidth / 2),
      y: round(top),
      width: round(barWidth),
      height: round(plot.bottom - top),
      kind: row.kind,
    };
    const openEnd: OpenEnd | undefined = row.lowerBound
      ? {
          x: body.x,
          y: round(top - open.length),
          width: body.width,
          height: open.length,
          direction: 'up',
          tip: { x: round(center), y: round(top - open.length - open.arrow) },
        }
      : undefined;
    const valueY = (openEnd ? openEnd.tip.y : top) - 7;
    return {
      label: { text: row.label, x: round(center), y: round(plot.bottom + fontSize + 8), anchor: 'middle' },
      body,
      ...(openEnd ? { openEnd } : {}),
      value: { text: formatChartValue(row), x: round(center), y: round(valueY), anchor: 'middle' },
    };
  });

  return {
    orientation: 'vertical',
    width,
    height,
    fontSize,
    plot,
    baseline: { x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom },
    ticks: ticks.map((value) => {
      const position = round(y(value));
      return {
        value,
        line: { x1: plot.left, y1: position, x2: plot.right, y2: position },
        label: { text: formatNumber(value), x: plot.left - 8, y: round(position + fontSize * 0.35), anchor: 'end' },
      };
    }),
    groups: [],
    bars,
  };
}

/** The words after an extension's number: "+ 36 geplant". */
const extensionWords: Record<ValueKind, string> = { plan: ' geplant', ziel: ' als Ziel', ergebnis: '' };

/**
 * Horizontal bars with the label above each bar, optionally in groups: long labels ("Verkauft im
 * ersten Verkaufsjahr") fit on a phone. A row with `adds` continues the bar it names.
 */
export function layoutBars(rows: readonly DatasetRow[], variant: ChartVariant): ChartGeometry {
  const { width, fontSize, barHeight, tickCount } = variantSizes[variant];
  const open = openEndSize(fontSize);
  const extensions = new Map(rows.filter((row) => row.adds).map((row) => [row.adds!, row]));
  const bases = rows
    .filter((row) => !row.adds)
    .map((row) => {
      const extension = row.key ? extensions.get(row.key) : undefined;
      const valueText = extension
        ? `${formatChartValue(row)} + ${formatNumber(extension.value)}${extensionWords[extension.kind]}`
        : formatChartValue(row);
      return { row, extension, valueText, end: row.value + (extension?.value ?? 0) };
    });

  const labelSpace =
    Math.max(
      ...bases.map(
        ({ row, valueText }) =>
          estimateTextWidth(valueText, fontSize) + (row.lowerBound ? open.length + open.arrow + 4 : 0),
      ),
    ) + 10;
  const ticks = zeroBasedTicks(Math.max(...bases.map((base) => base.end)), tickCount);
  const domainMax = ticks.at(-1)!;
  const plot = { left: 0, right: width - labelSpace, top: 0, bottom: 0 };
  const x = linearScale([0, domainMax], [plot.left, plot.right]);
  // Numbers side by side on the axis need their width and a gap; on a phone, label every other tick.
  const tickSpacing = (plot.right - plot.left) / (ticks.length - 1);
  const widestTick = Math.max(...ticks.map((tick) => estimateTextWidth(formatNumber(tick), fontSize)));
  const labelEvery = tickSpacing >= widestTick + 8 ? 1 : 2;

  const groups: TextPlacement[] = [];
  const bars: BarGeometry[] = [];
  let cursor = 0;
  let currentGroup: string | undefined;
  for (const { row, extension, valueText } of bases) {
    if (row.group !== undefined && row.group !== currentGroup) {
      if (groups.length > 0 || bars.length > 0) cursor += fontSize * 0.8;
      groups.push({ text: row.group, x: 0, y: round(cursor + fontSize), anchor: 'start' });
      cursor += fontSize * 1.9;
    }
    currentGroup = row.group;
    const label: TextPlacement = { text: row.label, x: 0, y: round(cursor + fontSize), anchor: 'start' };
    cursor += fontSize * 1.5;
    const end = x(row.value);
    const body: Mark = {
      x: plot.left,
      y: round(cursor),
      width: round(end - plot.left),
      height: barHeight,
      kind: row.kind,
    };
    const extensionMark: Mark | undefined = extension
      ? {
          x: round(end),
          y: round(cursor),
          width: round(x(row.value + extension.value) - end),
          height: barHeight,
          kind: extension.kind,
        }
      : undefined;
    const openEnd: OpenEnd | undefined = row.lowerBound
      ? {
          x: round(end),
          y: round(cursor),
          width: open.length,
          height: barHeight,
          direction: 'right',
          tip: { x: round(end + open.length + open.arrow), y: round(cursor + barHeight / 2) },
        }
      : undefined;
    const valueX = openEnd
      ? openEnd.tip.x
      : extensionMark
        ? extensionMark.x + extensionMark.width
        : body.x + body.width;
    bars.push({
      label,
      body,
      ...(extensionMark ? { extension: extensionMark } : {}),
      ...(openEnd ? { openEnd } : {}),
      value: {
        text: valueText,
        x: round(valueX + 6),
        y: round(cursor + barHeight / 2 + fontSize * 0.35),
        anchor: 'start',
      },
    });
    cursor += barHeight + fontSize * 0.9;
  }
  plot.bottom = round(cursor);
  const height = Math.ceil(cursor + fontSize + 12);

  return {
    orientation: 'horizontal',
    width,
    height,
    fontSize,
    plot,
    baseline: { x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom },
    ticks: ticks.map((value, index) => {
      const position = round(x(value));
      return {
        value,
        line: { x1: position, y1: plot.top, x2: position, y2: plot.bottom },
        ...(index % labelEvery === 0
          ? {
              label: {
                text: formatNumber(value),
                x: position,
                y: round(plot.bottom + fontSize + 4),
                anchor: index === 0 ? 'start' : 'middle',
              } as const,
            }
          : {}),
      };
    }),
    groups,
    bars,
  };
}
