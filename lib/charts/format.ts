import type { ValueKind } from '../content/dataset-schema';
import type { DatasetRow } from '../content/datasets';

/** German number format, the same on every machine: 48.654, 4,5. */
const germanNumber = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return germanNumber.format(value);
}

type ValueOf = Pick<DatasetRow, 'value' | 'lowerBound'>;

/** The value as a table or a sentence shows it: "48.654" or, for a lower bound, "mehr als 40.000". */
export function formatValue(row: ValueOf): string {
  return row.lowerBound ? `mehr als ${formatNumber(row.value)}` : formatNumber(row.value);
}

/** The value as a chart label shows it, where space is short: "48.654" or "> 40.000". */
export function formatChartValue(row: ValueOf): string {
  return row.lowerBound ? `> ${formatNumber(row.value)}` : formatNumber(row.value);
}

/** With its unit, for key figures and descriptions: "4,5 Mrd. US-Dollar", "mehr als 40.000 Fahrzeuge". */
export function formatValueWithUnit(row: ValueOf & Pick<DatasetRow, 'unit'>): string {
  return `${formatValue(row)} ${row.unit}`;
}

export const kindLabels: Record<ValueKind, string> = {
  ergebnis: 'Ergebnis',
  ziel: 'Ziel',
  plan: 'Plan',
};
