import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPath } from '@/lib/content/folder';

/**
 * Turbopack reads every path expression in bundled code and traces the files it could name: from
 * `path.join(directory, 'artikel')` it would take every `artikel` folder in the project (with 10,000
 * articles a warning that the pattern matches 20,000 files, and a bloated trace). The content loader
 * builds its paths with contentPath (lib/content/folder.ts), which the bundler does not follow.
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');
const contentModules = readdirSync(path.join(projectRoot, 'lib/content')).filter((name) => name.endsWith('.ts'));

describe('paths in the content loader', () => {
  it('joins like path.join', () => {
    expect(contentPath('/srv/site/content', 'artikel', 'su7.md')).toBe(
      path.join('/srv/site/content', 'artikel', 'su7.md'),
    );
    expect(contentPath('content', '..', 'public')).toBe('public');
  });

  it('are built with contentPath or marked for the bundler to ignore, never with a bare path.join or path.resolve', () => {
    const bare = contentModules.flatMap((name) => {
      // Doc and line comments blanked out (keeping the line numbers): they may mention path.join.
      const source = readFileSync(path.join(projectRoot, 'lib/content', name), 'utf8')
        .replace(/\/\*\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
        .replace(/^\s*\/\/.*$/gm, '');
      return [...source.matchAll(/path\.(?:join|resolve)\((?!\s*\/\*\s*turbopackIgnore: true\s*\*\/)/g)].map(
        (match) => `lib/content/${name}:${source.slice(0, match.index).split('\n').length}`,
      );
    });
    expect(bare).toEqual([]);
  });
});
