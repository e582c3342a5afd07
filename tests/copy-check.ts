import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The copy check as a test can run it: the same normalisation and hashing as the newsroom's tool
 * (copy-check.mjs), whose list of hashes is committed as tests/fixtures/source-shingles.txt. The
 * list holds only hashes of every run of seven words of the published reports behind the briefs,
 * not the reports themselves, so it can only say "this run of seven words is in a report".
 */
export const runLength = 7;

/** The hash list: one 16-digit hex hash per line, `#` lines are comments. */
export function readSourceHashes(file: string): Set<string> {
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

/** First 16 hex digits of the SHA-1 of a run of words joined with single spaces. */
export function runHash(run: string): string {
  return createHash('sha1').update(run).digest('hex').slice(0, 16);
}

/**
 * Quoted titles and quotations in German („…“) or French («…») quotation marks: citing a title is
 * not copying. Replaced by spaces of the same length so offsets (and file lines) stay right.
 */
const quoted = /„[^“]*“|«[^»]*»/g;

interface Word {
  word: string;
  offset: number;
}

/** The words as the tool sees them: quotations left out, lower case, letters a–z, äöüß and digits. */
function wordsOf(text: string): Word[] {
  const unquoted = text.replace(quoted, (match) => ' '.repeat(match.length)).toLowerCase();
  return [...unquoted.matchAll(/[a-zäöüß0-9]+/g)].map((match) => ({ word: match[0], offset: match.index }));
}

/** A stretch of text that shares every run of seven words with a source: its words and where it starts. */
export interface CopiedRun {
  run: string;
  offset: number;
}

/**
 * Every longest stretch of `text` whose runs of seven words all match a source hash, as the tool
 * lists them: overlapping matches are joined into one run, the next search starts after it.
 */
export function copiedRuns(text: string, known: ReadonlySet<string>): CopiedRun[] {
  const words = wordsOf(text);
  const matches = (start: number) =>
    known.has(
      runHash(
        words
          .slice(start, start + runLength)
          .map(({ word }) => word)
          .join(' '),
      ),
    );
  const runs: CopiedRun[] = [];
  let start = 0;
  while (start <= words.length - runLength) {
    if (!matches(start)) {
      start++;
      continue;
    }
    let next = start + 1;
    while (next <= words.length - runLength && matches(next)) next++;
    const end = next - 1 + runLength;
    runs.push({
      run: words
        .slice(start, end)
        .map(({ word }) => word)
        .join(' '),
      offset: words[start]!.offset,
    });
    start = end;
  }
  return runs;
}

/** 1-based line of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}
