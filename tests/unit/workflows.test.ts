import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without type declarations
import { pagesSiteUrl } from '../../scripts/pages-site-url.mjs';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const workflowDir = path.join(projectRoot, '.github/workflows');
const validator = path.join(projectRoot, 'node_modules/.bin/action-validator');
const workflowFiles = readdirSync(workflowDir).filter((name) => /\.ya?ml$/.test(name));

/** GitHub's own schema for workflow files, as @action-validator/cli checks it. */
function validate(file: string) {
  const result = spawnSync(validator, [file], { encoding: 'utf8', timeout: 20_000 });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps?: Step[]; permissions?: Record<string, string>; needs?: string }>;
}
const workflow = (name: string) => parse(readFileSync(path.join(workflowDir, name), 'utf8')) as Workflow;
const steps = (file: string) => Object.values(workflow(file).jobs).flatMap((job) => job.steps ?? []);

const scratch = mkdtempSync(path.join(os.tmpdir(), 'xiaomi-im-blick-workflows-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('workflow files', { timeout: 60_000 }, () => {
  it.each(workflowFiles)('%s is a valid GitHub Actions workflow', (name) => {
    const { status, output } = validate(path.join(workflowDir, name));
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('the validator really rejects a broken workflow (a job without runs-on, a misspelt trigger)', () => {
    const broken = path.join(scratch, 'kaputt.yml');
    writeFileSync(broken, 'name: x\non:\n  pushh:\njobs:\n  a:\n    steps:\n      - run: echo\n');
    const { status, output } = validate(broken);
    expect(status).not.toBe(0);
    expect(output).toContain("Additional property 'pushh' is not allowed");
    expect(output).toContain('/jobs/a/runs-on');
  });
});

describe('the deploy workflow', () => {
  const deploy = workflow('deploy.yml');

  it('publishes on every push to main, every hour and by hand', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    expect(deploy.on.schedule).toEqual([{ cron: '7 * * * *' }]);
    expect(deploy.on).toHaveProperty('workflow_dispatch');
  });

  it('uses the official Pages actions, uploads the static export and deploys it with the least permissions', () => {
    const uses = steps('deploy.yml').map((step) => step.uses?.split('@')[0]);
    expect(uses).toEqual(
      expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']),
    );
    expect(steps('deploy.yml').find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({
      path: 'out/',
    });
    expect(steps('deploy.yml').some((step) => step.run === 'npm run build:export')).toBe(true);
    expect(deploy.jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.jobs.deploy?.needs).toBe('build');
  });
});

describe('the pull-request workflow', () => {
  it('checks the content, builds the export, attaches it as "Vorschau" and writes the summary', () => {
    expect(workflow('preview.yml').on).toHaveProperty('pull_request');
    const runs = steps('preview.yml').map((step) => step.run);
    expect(runs).toEqual(expect.arrayContaining(['npm run check:content', 'npm run build:export']));
    expect(runs.some((run) => run?.startsWith('npx tsx scripts/pr-summary.ts'))).toBe(true);
    expect(steps('preview.yml').find((step) => step.uses?.startsWith('actions/upload-artifact'))?.with).toMatchObject({
      name: 'Vorschau',
      path: 'out/',
    });
  });
});

describe('only a complete export is uploaded (docs/deploy.md, "Atomarer Export")', () => {
  it.each([
    ['deploy.yml', 'actions/upload-pages-artifact'],
    ['preview.yml', 'actions/upload-artifact'],
  ])('%s uploads out/ after npm run build:export, and only when every step before it succeeded', (file, action) => {
    const all = steps(file);
    const build = all.findIndex((step) => step.run === 'npm run build:export');
    const upload = all.findIndex((step) => step.uses?.startsWith(action));
    expect(build).toBeGreaterThanOrEqual(0);
    expect(upload).toBeGreaterThan(build);
    expect(all[upload]!.with?.path).toBe('out/');
    // No `if:` (such as always()): a failed build ends the job before the upload.
    expect(all[upload]!.if).toBeUndefined();
  });
});

describe('SITE_URL for GitHub Pages', () => {
  it('takes the repository variable first, else the Pages URL, as an origin', () => {
    expect(pagesSiteUrl({ variable: 'https://xiaomi-im-blick.de/', pagesUrl: 'https://o.github.io/r' })).toEqual({
      url: 'https://xiaomi-im-blick.de',
    });
    expect(pagesSiteUrl({ variable: '', pagesUrl: 'https://news.example.org' })).toEqual({
      url: 'https://news.example.org',
    });
  });

  it('refuses a sub-path (a project page) with a German explanation that points to the docs', () => {
    const result = pagesSiteUrl({ variable: undefined, pagesUrl: 'https://owner.github.io/xiaomi-im-blick' });
    expect(result.error).toContain('Unterpfad liegen („/xiaomi-im-blick“');
    expect(result.error).toContain('docs/deploy.md');
  });

  it('refuses what is not an address', () => {
    expect(pagesSiteUrl({ variable: 'xiaomi-im-blick.de', pagesUrl: undefined }).error).toContain(
      'keine gültige Adresse',
    );
    expect(pagesSiteUrl({ variable: 'ftp://x.de', pagesUrl: undefined }).error).toContain('https://');
    expect(pagesSiteUrl({ variable: undefined, pagesUrl: undefined }).error).toContain('Keine Adresse');
  });
});
