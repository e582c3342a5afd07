import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { staticPagePaths } from '@/lib/paths';

/**
 * Every site address comes from lib/paths.ts. An address written out in a page, a component or another
 * lib/ module silently survives renaming the page in lib/paths.ts and then links into the void; these
 * tests find string literals that look like site paths ('/themen', `/artikel/${slug}`, href="/").
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');
const pathsModule = 'lib/paths.ts';

/** Literals that look like a site path but are none, per file (project-relative), each with its reason. */
const allowed: Record<string, readonly string[]> = {
  // A robots.txt rule ("every path below the root"), not a link to the front page.
  'app/robots.ts': ['/'],
};

/**
 * The string and template literals of a TypeScript/TSX source that start like a site path: a slash
 * and a letter or digit, without spaces (prose such as "/ beginnen" is no path). With `loneSlash`,
 * '/' alone counts as well (in app/ and components/ it is a link to the front page; in lib/ it is
 * mostly a separator, as in split('/')). Comments and import specifiers never count.
 */
function sitePathLiterals(source: string, fileName: string, { loneSlash }: { loneSlash: boolean }): string[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, kind);
  const found: string[] = [];
  const looksLikePath = (text: string) => /^\/[\p{L}\d][^\s]*$/u.test(text) || (loneSlash && text === '/');
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) {
      if (looksLikePath(node.text)) found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(path.join(projectRoot, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('site paths come from lib/paths.ts', () => {
  it('finds path literals in code, not in comments or imports (the check below relies on it)', () => {
    const source = [
      "import { x } from '@/lib/paths';",
      '// a comment naming /themen',
      "const entry = { href: '/themen', label: 'Themen' };",
      'const article = `/artikel/${slug}`;',
      'const page = <Link href="/">Start</Link>;',
      "const message = 'muss mit / beginnen'; const parts = path.split('/');",
      "const asset = '/_next/static/';",
    ].join('\n');
    expect(sitePathLiterals(source, 'example.tsx', { loneSlash: true })).toEqual(['/themen', '/artikel/', '/', '/']);
    expect(sitePathLiterals(source, 'example.tsx', { loneSlash: false })).toEqual(['/themen', '/artikel/']);
  });

  it('no page, route, component or lib/ module writes out a site address itself', () => {
    const offenders: string[] = [];
    for (const directory of ['app', 'components', 'lib']) {
      for (const file of sourceFiles(directory)) {
        if (file === pathsModule) continue;
        const literals = sitePathLiterals(readFileSync(path.join(projectRoot, file), 'utf8'), file, {
          loneSlash: directory !== 'lib',
        });
        const unexpected = literals.filter((literal) => !(allowed[file] ?? []).includes(literal));
        offenders.push(...unexpected.map((literal) => `${file}: '${literal}'`));
      }
    }
    expect(offenders, 'use (or add) a constant or function in lib/paths.ts instead').toEqual([]);
  });

  it('every fixed address in lib/paths.ts has its route in app/ or its file in public/', () => {
    const served = (address: string) => {
      if (address === '/') return existsSync(path.join(projectRoot, 'app/[[...seite]]/page.tsx'));
      const name = address.slice(1);
      const candidates = [
        `app/${name}/page.tsx`,
        `app/${name}/route.ts`,
        `app/${name}/route.tsx`,
        `app/${name}`, // file-based metadata such as icon.svg
        `app/${name.replace(/\.(xml|txt)$/, '')}.ts`, // metadata routes: sitemap.ts, robots.ts
        `public/${name}`,
      ];
      return candidates.some((candidate) => existsSync(path.join(projectRoot, candidate)));
    };
    expect(staticPagePaths.filter((address) => !served(address))).toEqual([]);
  });
});
