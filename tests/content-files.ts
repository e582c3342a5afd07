import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseFile } from '@/lib/content/front-matter';
import { readContentText } from '@/lib/content/read-text';

/** One article file as the loader splits it: raw front matter, Markdown body and where the body starts. */
export interface ArticleFile {
  /** Path relative to the project, e.g. `content/artikel/su7.md`, as failure messages name it. */
  file: string;
  slug: string;
  /** The front matter as YAML data; the fields the editorial tests read are looked up with `field()`. */
  data: Record<string, unknown>;
  body: string;
  /** File line of the body's first line. */
  bodyStartLine: number;
}

export const articleFolder = path.resolve(import.meta.dirname, '../content/artikel');

/**
 * Every `.md` file of an article folder, split with the project's own reader (UTF-8, line breaks,
 * front matter), without rendering: editorial tests on the text stay fast. Drafts count too: they
 * are published later, and the text rules hold for them then.
 */
export function readArticleFiles(folder: string = articleFolder): ArticleFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const absolute = path.join(folder, name);
      const read = readContentText(absolute);
      if ('problem' in read) throw new Error(`${absolute}: ${read.problem}`);
      const parsed = parseFile(read.text);
      const data =
        typeof parsed.data === 'object' && parsed.data !== null && !Array.isArray(parsed.data)
          ? (parsed.data as Record<string, unknown>)
          : {};
      return {
        file: path
          .relative(path.resolve(import.meta.dirname, '..'), absolute)
          .split(path.sep)
          .join('/'),
        slug: name.slice(0, -'.md'.length),
        data,
        body: parsed.body,
        bodyStartLine: parsed.bodyStartLine,
      };
    });
}

/** A text field of the front matter, or '' when it is missing or not text (check:content reports that). */
export function textField(article: ArticleFile, name: string): string {
  const value = article.data[name];
  return typeof value === 'string' ? value : '';
}
