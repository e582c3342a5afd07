import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runsInGitHubActions, workflowAnnotation } from '@/lib/github/annotations';
import { checkContent as checkContentCommand } from '../../scripts/commands/check-content';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/**
 * `npm run check:content` as the pull-request workflow runs it, on a fixture folder: its command, with
 * the annotations on as the script turns them on for GITHUB_ACTIONS=true (command-scripts.test.ts).
 */
function checkContent(contentDir: string, githubActions: boolean) {
  expect(process.cwd()).toBe(projectRoot);
  const saved = process.env.BUILD_NOW;
  process.env.BUILD_NOW = '2025-12-02T12:00:00+01:00';
  try {
    const result = checkContentCommand(path.resolve(contentDir), { githubActions });
    return { status: result.status, lines: result.stdout.split('\n') };
  } finally {
    if (saved === undefined) delete process.env.BUILD_NOW;
    else process.env.BUILD_NOW = saved;
  }
}

describe('workflow annotations for content problems', () => {
  it('turns an error into ::error with file, line and the field as title', () => {
    expect(
      workflowAnnotation({
        file: 'content/artikel/su7.md',
        line: 4,
        field: 'teaser',
        message: 'ist zu kurz: 45 Zeichen (erlaubt: 80 bis 320 Zeichen)',
        severity: 'error',
      }),
    ).toBe(
      '::error file=content/artikel/su7.md,line=4,title=Inhaltsprüfung%3A teaser::ist zu kurz: 45 Zeichen (erlaubt: 80 bis 320 Zeichen)',
    );
  });

  it('turns a warning into ::warning and leaves out a line it does not know', () => {
    expect(
      workflowAnnotation({ file: 'content/themen.yaml', message: 'Thema ohne Artikel', severity: 'warning' }),
    ).toBe('::warning file=content/themen.yaml,title=Inhaltsprüfung::Thema ohne Artikel');
  });

  it('escapes what would end or split the command: newlines and percent signs in the message, commas and colons in properties', () => {
    expect(
      workflowAnnotation({
        file: 'content/artikel/a,b.md',
        line: 1,
        field: 'sources.0:url',
        message: '100 % falsch\nzweite Zeile\r',
        severity: 'error',
      }),
    ).toBe(
      '::error file=content/artikel/a%2Cb.md,line=1,title=Inhaltsprüfung%3A sources.0%3Aurl::100 %25 falsch%0Azweite Zeile%0D',
    );
  });

  it('is on only when GitHub Actions says so', () => {
    expect(runsInGitHubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(runsInGitHubActions({})).toBe(false);
    expect(runsInGitHubActions({ GITHUB_ACTIONS: 'false' })).toBe(false);
  });
});

describe('check:content in GitHub Actions', { timeout: 60_000 }, () => {
  it('prints every problem once as text and once as an annotation, and still fails', () => {
    const local = checkContent('tests/fixtures/checks', false);
    const github = checkContent('tests/fixtures/checks', true);
    expect(local.status).toBe(1);
    expect(github.status).toBe(1);

    // The human-readable output is unchanged; the annotations come on top of it.
    const annotations = github.lines.filter((line) => line.startsWith('::'));
    expect(github.lines.filter((line) => !line.startsWith('::'))).toEqual(local.lines);
    expect(local.lines.some((line) => line.startsWith('::'))).toBe(false);

    const problems = local.lines.filter((line) => line.startsWith('tests/fixtures/checks/'));
    expect(annotations).toHaveLength(problems.length);
    expect(annotations.filter((line) => line.startsWith('::error '))).toHaveLength(
      problems.filter((line) => !line.includes('  Warnung: ')).length,
    );
    expect(annotations.filter((line) => line.startsWith('::warning '))).toHaveLength(
      problems.filter((line) => line.includes('  Warnung: ')).length,
    );
    expect(annotations.filter((line) => line.startsWith('::warning ')).length).toBeGreaterThan(0);
    // Each annotation points at the same file and line as its text line.
    for (const [index, problem] of problems.entries()) {
      const [place] = problem.split('  ');
      const [file, line] = place!.split(':');
      expect(annotations).toContainEqual(expect.stringContaining(`file=${file}${line ? `,line=${line},` : ','}`));
      expect(annotations[index]).toMatch(/^::(error|warning) file=tests\/fixtures\/checks\//);
    }
  });
});
