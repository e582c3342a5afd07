import { describe, expect, it } from 'vitest';
import { readArticleFiles, textField, type ArticleFile } from '../content-files';
import { copiedRuns, lineAt, readSourceHashes, runHash } from '../copy-check';
import { fixture } from './helpers';

/**
 * No article may share a run of seven words with the published reports behind the briefs
 * (CONTRIBUTING.md, „Sorgfalt“). The reports are not in the project, only the hashes of their
 * seven-word runs (tests/fixtures/source-shingles.txt, from the newsroom's copy-check tool); the
 * test hashes every seven-word run of every article the same way. Quotations in „…“ or «…» are
 * left out, as in the tool: citing a title is not copying. Besides the body the test reads the
 * text a reader sees from the front matter (title, kicker, teaser, key figures, corrections).
 */
const known = readSourceHashes(fixture('source-shingles.txt'));

/**
 * A run of a report's wording (the BYD/CATL clause the Samsung piece carried when issue 13 was
 * filed), to prove the check finds what it should.
 */
const knownSourceRun = 'in china von unternehmen wie byd und catl dominiert wird';

/** The front-matter texts a reader sees, each checked on its own (no run crosses two fields). */
function frontMatterTexts(article: ArticleFile): { field: string; text: string }[] {
  const texts = ['title', 'kicker', 'teaser'].map((field) => ({ field, text: textField(article, field) }));
  const list = (name: string, keys: string[]) => {
    const entries = article.data[name];
    if (!Array.isArray(entries)) return [];
    return entries.flatMap((entry: unknown, index) =>
      keys.flatMap((key) => {
        const value = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[key] : undefined;
        return typeof value === 'string' ? [{ field: `${name}.${index + 1}.${key}`, text: value }] : [];
      }),
    );
  };
  return [...texts, ...list('figures', ['value', 'label', 'note']), ...list('corrections', ['text'])];
}

/** Every copied run of an article, as `file:line  „run“` (body) or `file  field: „run“` (front matter). */
function copiedRunsOf(article: ArticleFile): string[] {
  const inBody = copiedRuns(article.body, known).map(
    ({ run, offset }) => `${article.file}:${article.bodyStartLine + lineAt(article.body, offset) - 1}  „${run}“`,
  );
  const inFrontMatter = frontMatterTexts(article).flatMap(({ field, text }) =>
    copiedRuns(text, known).map(({ run }) => `${article.file}  ${field}: „${run}“`),
  );
  return [...inFrontMatter, ...inBody];
}

describe('the copy check itself', () => {
  it('has the hash list: thousands of 16-digit hex hashes', () => {
    expect(known.size).toBeGreaterThan(1000);
    expect([...known].filter((hash) => !/^[0-9a-f]{16}$/.test(hash))).toEqual([]);
  });

  it('finds a known run of a report, in any case and punctuation, and joins overlapping matches into one run', () => {
    expect(known.has(runHash('in china von unternehmen wie byd und'))).toBe(true);
    const text =
      'Xiaomi sucht Partner für ein Geschäft, das in China von Unternehmen wie BYD und CATL dominiert wird. Mehr nicht.';
    expect(copiedRuns(text, known).map(({ run }) => run)).toEqual([knownSourceRun]);
    expect(copiedRuns('IN CHINA VON UNTERNEHMEN WIE BYD UND CATL', known).map(({ run }) => run)).toEqual([
      'in china von unternehmen wie byd und catl',
    ]);
  });

  it('finds the run in an article body and names file and line', () => {
    const article: ArticleFile = {
      file: 'content/artikel/probe.md',
      slug: 'probe',
      data: { title: 'Probe', teaser: 'Ein Vorspann ohne Übernahme.' },
      body: `\nErster Absatz.\n\nEin Geschäft, das in China von Unternehmen wie BYD und CATL dominiert wird.\n`,
      bodyStartLine: 12,
    };
    expect(copiedRunsOf(article)).toEqual([`content/artikel/probe.md:15  „${knownSourceRun}“`]);
  });

  it('finds the run in the teaser too, and names the field', () => {
    const article: ArticleFile = {
      file: 'content/artikel/probe.md',
      slug: 'probe',
      data: { teaser: `Ein Geschäft, das ${knownSourceRun}.` },
      body: 'Text.',
      bodyStartLine: 8,
    };
    expect(copiedRunsOf(article)).toEqual([`content/artikel/probe.md  teaser: „${knownSourceRun}“`]);
  });

  it('leaves out quotations and titles in „…“ and «…», and runs shorter than seven words', () => {
    expect(copiedRuns(`Der Bericht trägt den Titel „${knownSourceRun}“.`, known)).toEqual([]);
    expect(copiedRuns(`Der Bericht trägt den Titel «${knownSourceRun}».`, known)).toEqual([]);
    expect(copiedRuns('in China von Unternehmen wie BYD', known)).toEqual([]);
  });
});

describe('the articles in content/artikel', () => {
  it('share no run of seven words with a published report (rewrite each listed run in your own words)', () => {
    const articles = readArticleFiles();
    expect(articles.length).toBeGreaterThanOrEqual(5);
    expect(articles.flatMap(copiedRunsOf)).toEqual([]);
  });
});
