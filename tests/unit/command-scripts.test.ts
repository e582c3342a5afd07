import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/commands/check-content';
import { generateArticlesCommand } from '../../scripts/commands/generate-articles';
import { newArticle } from '../../scripts/commands/new-article';

/**
 * The scripts behind `npm run check:content`, `npm run new:artikel` and scripts/generate-articles.ts, each
 * started once as editors and the tests start them (one child process each: they are slow): they pass the environment and the arguments to their
 * command (scripts/commands/) and print its output and exit status unchanged. What the commands do is
 * specified in editor-scripts.test.ts, github-annotations.test.ts and synthetic.test.ts.
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');
// A child process with tsx is slow on a busy machine.
const scriptTimeout = 60_000;
const buildNow = '2025-12-02T12:00:00+01:00';

function runScript(script: string, args: string[], env: Record<string, string>) {
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['BUILD_NOW', 'CONTENT_DIR', 'GITHUB_ACTIONS']) delete inherited[name];
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', script), ...args], {
    cwd: projectRoot,
    env: { ...inherited, ...env },
    encoding: 'utf8',
    timeout: scriptTimeout - 5_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const directories: string[] = [];
afterAll(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});
const tempDir = () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'xiaomi-im-blick-commands-'));
  directories.push(directory);
  return directory;
};

describe('the command scripts', { timeout: scriptTimeout }, () => {
  it('check-content.ts checks CONTENT_DIR at BUILD_NOW, annotates for GITHUB_ACTIONS=true, and exits with the status', () => {
    const run = runScript('check-content.ts', [], {
      CONTENT_DIR: 'tests/fixtures/checks',
      BUILD_NOW: buildNow,
      GITHUB_ACTIONS: 'true',
    });
    const saved = process.env.BUILD_NOW;
    process.env.BUILD_NOW = buildNow;
    try {
      expect(run).toEqual(checkContent(path.join(projectRoot, 'tests/fixtures/checks'), { githubActions: true }));
    } finally {
      if (saved === undefined) delete process.env.BUILD_NOW;
      else process.env.BUILD_NOW = saved;
    }
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=tests\/fixtures\/checks\//m);
  });

  it('new-article.ts joins its arguments to the title and writes into CONTENT_DIR/artikel', () => {
    const contentDir = tempDir();
    writeFileSync(path.join(contentDir, 'themen.yaml'), readFileSync(path.join(projectRoot, 'content/themen.yaml')));
    const words = ['Xiaomi', 'eröffnet', 'größten', 'Store'];
    const file = path.join(contentDir, 'artikel', 'xiaomi-eroeffnet-groessten-store.md');
    const shown = path.relative(projectRoot, file);
    const run = runScript('new-article.ts', words, { CONTENT_DIR: contentDir });
    expect(run).toEqual({
      status: 0,
      stdout: `Angelegt: ${shown}\nAls Nächstes: Felder ausfüllen, Text schreiben, mit „npm run check:content“ prüfen, mit „npm run dev“ ansehen.\n`,
      stderr: '',
    });
    expect(readdirSync(path.join(contentDir, 'artikel'))).toEqual(['xiaomi-eroeffnet-groessten-store.md']);
    // The command itself now finds the file the script wrote under the same title.
    expect(newArticle(words, contentDir).stderr).toContain(`${shown} gibt es schon`);
  });

  it('generate-articles.ts passes its arguments, and its error on stderr with status 1', () => {
    const target = tempDir();
    const args = ['--out', target, '--count', 'viele'];
    const run = runScript('generate-articles.ts', args, {});
    expect(run).toEqual(generateArticlesCommand(args));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('„viele“');
  });
});
