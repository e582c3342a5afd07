import type { ArticleDate, PartialDate } from '../dates';
import type { ChartType, ValueKind } from './dataset-schema';
import type { Source } from './schema';

/** Where a value comes from; `key` is the short name rows use (`source: weibo`). */
export interface DatasetSource extends Source {
  key: string;
}

/** One value of a dataset, with everything a chart, a table and a reader need to judge it. */
export interface DatasetRow {
  /** Only needed when another row `adds` to this one. */
  key?: string;
  group?: string;
  label: string;
  value: number;
  /** The row's unit: the dataset's unit unless the row names another (then it is not drawn). */
  unit: string;
  /** True when the source gives only a lower bound: "mehr als 40.000". */
  lowerBound: boolean;
  kind: ValueKind;
  period?: string;
  note?: string;
  /** Drawn as an extension of the bar of the row with this key (a plan on top of a stock). */
  adds?: string;
  sources: DatasetSource[];
}

/** `content/daten/<id>.yaml`: a chart with its table, on /daten and in articles (```chart <id>). */
export interface ChartDataset {
  id: string;
  file: string;
  title: string;
  description: string;
  chart: ChartType;
  order: number;
  unit: string;
  labelHeading: string;
  asOf?: ArticleDate;
  sources: DatasetSource[];
  rows: DatasetRow[];
  notes: string[];
}

export interface TimelineEvent {
  date: PartialDate;
  /** Shown instead of the date where the source is vaguer than a month ("Ende 2024"). */
  dateLabel?: string;
  title: string;
  text: string;
  /** The slug of the article that covers the event; null where the data says there is none yet. */
  article: string | null;
  sources: DatasetSource[];
}

/** `content/daten/zeitleiste.yaml`. */
export interface Timeline {
  id: string;
  file: string;
  title: string;
  description: string;
  events: TimelineEvent[];
}

/** The file name of the timeline; every other dataset is a chart. */
export const timelineId = 'zeitleiste';

/** All datasets of the site, read once with the articles. */
export interface Datasets {
  /** Chart datasets in page order (`order`, then id). */
  readonly charts: readonly ChartDataset[];
  readonly timeline: Timeline | undefined;
  chart(id: string): ChartDataset | undefined;
}

export function createDatasets(charts: readonly ChartDataset[], timeline: Timeline | undefined): Datasets {
  const sorted = charts.toSorted((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const byId = new Map(sorted.map((dataset) => [dataset.id, dataset]));
  return { charts: sorted, timeline, chart: (id) => byId.get(id) };
}

export const noDatasets: Datasets = createDatasets([], undefined);

/** Rows drawn in the chart: those in the dataset's unit. Others (revenue in US dollars) are key figures. */
export function plottedRows(dataset: Pick<ChartDataset, 'rows' | 'unit'>): DatasetRow[] {
  return dataset.rows.filter((row) => row.unit === dataset.unit);
}

/** Rows in another unit than the chart's axis: shown as key figures beside the chart, never on its axis. */
export function keyFigureRows(dataset: Pick<ChartDataset, 'rows' | 'unit'>): DatasetRow[] {
  return dataset.rows.filter((row) => row.unit !== dataset.unit);
}

/**
 * The one number a dataset is summed up by on the home page (issue 18): its largest drawn result,
 * an exact value before a lower bound of the same size; undefined when it has no drawn result.
 */
export function headlineFigure(dataset: Pick<ChartDataset, 'rows' | 'unit'>): DatasetRow | undefined {
  let best: DatasetRow | undefined;
  for (const row of plottedRows(dataset)) {
    if (row.kind !== 'ergebnis') continue;
    if (!best || row.value > best.value || (row.value === best.value && best.lowerBound && !row.lowerBound)) best = row;
  }
  return best;
}
