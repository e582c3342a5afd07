import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Article } from '@/lib/content/article';
import type { Author } from '@/lib/content/authors';
import { ContentError, type ContentIssue } from '@/lib/content/issues';
import { readContent } from '@/lib/content/load';
import { frontMatterSchema } from '@/lib/content/schema';
import type { Tag } from '@/lib/content/themen';
import { parseArticleDate, type ArticleDate } from '@/lib/dates';
import { toSlug } from '@/lib/slug';

/** Absolute path of a committed fixture, e.g. `fixture('valid')` or `fixture('valid/themen.yaml')`. */
export function fixture(relativePath: string): string {
  return path.resolve(import.meta.dirname, '../fixtures', relativePath);
}

export function readFixture(relativePath: string): string {
  return readFileSync(fixture(relativePath), 'utf8');
}

const temporaryDirectories: string[] = [];

/**
 * The authors the test articles name (`Redaktion Test`, `Anna Beispiel`, …): the same as the
 * committed fixtures' autoren.yaml, so every temp content set declares them unless it says otherwise.
 */
export const testAuthorsYaml = readFixture('valid/autoren.yaml');

/** Complete, invented operator details (no placeholders): every temp content set has them unless it says otherwise. */
export const testOperatorYaml = readFixture('valid/betreiber.yaml');

/**
 * Writes a content directory into the OS temp folder from a map of relative path → content
 * (`'themen.yaml'`, `'artikel/x.md'`). Returns its absolute path; remove with `removeTempDirs()`.
 * Without an `'autoren.yaml'` entry it writes the test authors; `'autoren.yaml': null` writes none.
 * Likewise `'betreiber.yaml'`: the test operator details unless given (or `null`).
 */
export function writeTempContent(files: Record<string, string | Uint8Array | null>): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'xiaomi-im-blick-'));
  temporaryDirectories.push(directory);
  const withDefaults = {
    'autoren.yaml': testAuthorsYaml,
    'betreiber.yaml': testOperatorYaml,
    ...files,
  };
  for (const [relativePath, content] of Object.entries(withDefaults)) {
    if (content === null) continue;
    const target = path.join(directory, relativePath);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return directory;
}

export function removeTempDirs(): void {
  for (const directory of temporaryDirectories.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/** Runs the loader and returns the ContentError it must throw. */
export function contentErrorFrom(directory: string): ContentError {
  try {
    readContent(directory);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error(`readContent(${directory}) was expected to throw a ContentError but succeeded`);
}

/** The issues reported for one file, matched by the end of its path (`artikel/<name>`). */
export function issuesFor(issues: readonly ContentIssue[], fileName: string): ContentIssue[] {
  return issues.filter((issue) => issue.file.endsWith(`/${fileName}`));
}

/** A date as the loader would produce it; throws on an invalid value so factories stay honest. */
export function articleDate(value: string): ArticleDate {
  const parsed = parseArticleDate(value);
  if (!parsed) throw new Error(`invalid test date: ${value}`);
  return parsed;
}

export function makeTag(name: string): Tag {
  return { name, slug: toSlug(name), description: `Alles zu ${name}.` };
}

/** A declared author; a name starting with "Redaktion" is the newsroom, like in the fixtures' autoren.yaml. */
export function makeAuthor(name: string, extra: Partial<Author> = {}): Author {
  const kind = /^Redaktion\b/.test(name) ? 'redaktion' : 'person';
  return {
    name,
    slug: toSlug(name),
    kind,
    role: kind === 'redaktion' ? 'Redaktion' : 'Testautorin',
    bio: `Über ${name}.`,
    links: [],
    ...extra,
  };
}

export type ArticleSpec = Partial<Omit<Article, 'date' | 'updated' | 'tags' | 'author'>> & {
  slug: string;
  /** `YYYY-MM-DD` or a date-time with offset; default 2025-01-01. */
  date?: string;
  /** Like `date`; absent by default. */
  updated?: string;
  /** Tag names; turned into tags with their slugs. */
  tags?: string[];
  /** An author name (see makeAuthor) or a whole author; default „Redaktion Test“. */
  author?: string | Author;
};

/**
 * The smallest front matter the schema accepts. Parsed, it brings the schema's own defaults (type,
 * draft, featured, corrections, …), so a new field with a default needs no change to makeArticle.
 */
const minimalFrontMatter = {
  title: 'Titel',
  teaser: 'Ein Vorspann, der lang genug ist, damit das Schema ihn annimmt: achtzig Zeichen sind das Mindeste.',
  date: '2025-01-01',
  author: 'Redaktion Test',
  ressort: 'expansion',
  tags: ['SU7'],
  sources: [{ name: 'Xiaomi-Pressemitteilung' }],
};

/** An in-memory article with sensible defaults, for catalog and publish-rule tests. */
export function makeArticle({
  slug,
  date = '2025-01-01',
  updated,
  tags = ['SU7'],
  author = 'Redaktion Test',
  ...rest
}: ArticleSpec): Article {
  return {
    slug,
    ...frontMatterSchema.parse(minimalFrontMatter), // parsed per article: no list is shared between two
    ...(updated === undefined ? {} : { updated: articleDate(updated) }),
    title: `Titel ${slug}`,
    teaser: `Teaser zu ${slug}`,
    date: articleDate(date),
    author: typeof author === 'string' ? makeAuthor(author) : author,
    tags: tags.map(makeTag),
    html: `<p>${slug}</p>`,
    headings: [],
    charts: [],
    readingMinutes: 1,
    file: `content/artikel/${slug}.md`,
    ...rest,
  };
}

/**
 * Machine time zones the date tests run under, with the offset of 1 January 1970 in minutes as
 * getTimezoneOffset() reports it (positive = behind UTC), so a test can prove TZ really changed.
 */
export const testTimeZones: [zone: string, offsetIn1970: number][] = [
  ['UTC', 0],
  ['Europe/Berlin', -60],
  ['America/Los_Angeles', 480],
  ['Pacific/Kiritimati', 640],
  ['Asia/Tokyo', -540],
  ['Pacific/Pago_Pago', 660],
];
