import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { contentDirectory, projectRoot } from './config';

export interface LoaderResult {
  count: number;
  /** Wall time of readContent(): read, parse, validate and render every article. */
  ms: number;
  /** Peak RSS of the child process before loading (Node, tsx and the loaded modules) and after. */
  baselineRss: number;
  peakRss: number;
}

/**
 * Loads a generated set in a fresh child process, so each measurement starts cold and its peak
 * memory is its own. With `floorFile`, the child then writes the floor app's data for that set.
 */
export function measureLoader(count: number, floorFile?: string): LoaderResult {
  const args = [
    '--import',
    'tsx',
    path.join('scripts', 'bench', 'loader-child.ts'),
    contentDirectory(count),
    ...(floorFile ? ['--floor', floorFile] : []),
  ];
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`Laden von ${count} Artikeln fehlgeschlagen:\n${result.stderr}`);
  const { articles, ms, baselineRss, peakRss } = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {
    articles: number;
    ms: number;
    baselineRss: number;
    peakRss: number;
  };
  if (articles !== count) throw new Error(`Erwartet ${count} Artikel, geladen ${articles}`);
  return { count, ms, baselineRss, peakRss };
}
