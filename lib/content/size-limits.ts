import { statSync } from 'node:fs';

/**
 * The largest content files the loader reads (issue 17). Checked with the file's size on disk before
 * it is read, so one huge file (a pasted export, a log) fails at once instead of stalling the build.
 * Rendering times near and above the article limit: docs/BENCHMARKS.md, section "Größengrenzen".
 */
export const articleSizeLimit = 300 * 1024;
export const datasetSizeLimit = 256 * 1024;

/** What a limit is for, as the message names it, and what the editor can do instead. */
export interface SizeLimit {
  bytes: number;
  what: string;
  instead: string;
}

export const articleLimit: SizeLimit = {
  bytes: articleSizeLimit,
  what: 'einen Artikel',
  instead: 'Sehr lange Texte bitte auf mehrere Artikel verteilen; Tabellen mit vielen Zahlen gehören als Datensatz nach content/daten/.',
};

export const datasetLimit: SizeLimit = {
  bytes: datasetSizeLimit,
  what: 'einen Datensatz',
  instead: 'Große Datensätze bitte auf mehrere Dateien verteilen (je Diagramm eine).',
};

const oneDecimal = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** `300 KB`, `300,1 KB`, `10 MB` (1 KB = 1024 bytes); rounded up, so a file over a limit never reads as the limit. */
export function formatSize(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : [bytes / 1024, 'KB'];
  return `${oneDecimal.format(Math.ceil(value * 10) / 10)} ${unit}`;
}

/** The German message for a file over its limit; undefined when it fits (or cannot be looked at: the read reports that). */
export function sizeProblem(absolute: string, limit: SizeLimit): string | undefined {
  let size: number;
  try {
    size = statSync(absolute).size;
  } catch {
    return undefined;
  }
  if (size <= limit.bytes) return undefined;
  return `Die Datei ist zu groß: ${formatSize(size)} (erlaubt für ${limit.what}: höchstens ${formatSize(limit.bytes)}). ${limit.instead}`;
}
