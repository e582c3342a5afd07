// The pull-request workflow's job summary: `tsx scripts/pr-summary.ts <base-ref>` compares the
// checked-out commit with the base branch and appends a Markdown table of the changed articles to
// $GITHUB_STEP_SUMMARY (or prints it when that is not set, for trying it locally).
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../lib/content/issues';
import { contentDirectory, readContent } from '../lib/content/load';
import { buildNow } from '../lib/content/publish';
import { parseNameStatus, pullRequestSummary } from '../lib/github/pr-summary';

const base = process.argv[2] ?? process.env.GITHUB_BASE_REF ?? 'main';
const contentFolder = path.relative(process.cwd(), contentDirectory()).split(path.sep).join('/') || '.';
const diff = execFileSync(
  'git',
  [
    'diff',
    '--name-status',
    '--no-renames',
    `${base.includes('/') ? base : `origin/${base}`}...HEAD`,
    '--',
    contentFolder,
  ],
  { encoding: 'utf8' },
);

let summary: string;
try {
  const content = readContent();
  summary = pullRequestSummary({
    changed: parseNameStatus(diff),
    articles: content.articles,
    issues: content.warnings,
    now: buildNow(),
  });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  summary = pullRequestSummary({ changed: parseNameStatus(diff), articles: [], issues: error.issues, now: buildNow() });
}

if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${summary}\n`);
else console.log(summary);
