import { readFileSync } from 'node:fs';

/**
 * The pages' data, prepared by the benchmark from the same generated articles our site builds
 * (scripts/bench/loader-child.ts): bodies already HTML, dates already formatted, newest first. The
 * floor app only reads and lists it – no parsing, no validation, no Markdown.
 */
export interface FloorArticle {
  slug: string;
  title: string;
  kicker?: string;
  teaser: string;
  date: string;
  dateLabel: string;
  /** Berlin year and month, `2025-11`. */
  month: string;
  author: string;
  ressort: string;
  tags: string[];
  html: string;
  sources: { name: string; url?: string }[];
}

export interface FloorTopic {
  slug: string;
  name: string;
  description: string;
}

export interface FloorData {
  articles: FloorArticle[];
  tags: FloorTopic[];
  ressorts: FloorTopic[];
}

let cached: FloorData | undefined;

export function floorData(): FloorData {
  const file = process.env.FLOOR_DATA;
  if (!file) throw new Error('FLOOR_DATA must name the JSON file written by the benchmark');
  cached ??= JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as FloorData;
  return cached;
}

export const pageSize = 10;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** `[]` for page 1, `['seite', 'n']` after it. */
export function pageParams(count: number): string[][] {
  return Array.from({ length: count }, (_, index) => (index === 0 ? [] : ['seite', String(index + 1)]));
}

export function pageNumber(segments: string[] | undefined): number {
  return segments?.length === 2 ? Number(segments[1]) : 1;
}

export function pageOf<T>(items: T[], number: number): T[] {
  return items.slice((number - 1) * pageSize, number * pageSize);
}
