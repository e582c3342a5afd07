import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { contentDirectory, projectRoot, seed, workDirectory } from './config';

/**
 * Writes `count` synthetic articles with the project's themen.yaml and chart datasets into the
 * work directory (scripts/generate-articles.ts, which replaces its own earlier output). The
 * generator is deterministic: the same count gives byte-identical files, so builds of an earlier
 * run stay valid (their fingerprint covers the content's bytes).
 */
export function generateContent(count: number): string {
  const directory = contentDirectory(count);
  mkdirSync(workDirectory, { recursive: true });
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join('scripts', 'generate-articles.ts'),
      '--out',
      directory,
      '--count',
      String(count),
      '--seed',
      String(seed),
      '--daten',
      path.join('content', 'daten'),
    ],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`Generator für ${count} Artikel fehlgeschlagen:\n${result.stderr}`);
  return directory;
}
