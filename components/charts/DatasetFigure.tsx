import { toHtml } from 'hast-util-to-html';
import { chartFigure } from '@/lib/charts/figure';
import type { ChartDataset } from '@/lib/content/datasets';

/**
 * A dataset's chart, legend, table and sources on a page, named by a heading outside the figure.
 * The markup comes from lib/charts, the renderer articles use too (```chart <id>): both places
 * show exactly the same figure, drawn on the server, with no script in the browser.
 */
export function DatasetFigure({ dataset, labelledBy }: { dataset: ChartDataset; labelledBy: string }) {
  const html = toHtml(chartFigure(dataset, { idPrefix: `daten-${dataset.id}`, label: { labelledBy } }));
  return <div className="chart-block" dangerouslySetInnerHTML={{ __html: html }} />;
}
