import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

/**
 * scripts/build-export.mjs around a stand-in for `next build`: with `output: 'export'` Next writes its
 * intermediate build to .next/ whatever distDir says, where the server build of `npm start` and the
 * end-to-end tests lives. The script keeps that build aside and puts it back, and leaves the export in out/
 * (or --out); Next's build cache goes to the export and back. The stand-in fails if it still finds the
 * server build, and writes what a real export writes.
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');
const stubNext = `const fs = require('node:fs');
if (process.env.STATIC_EXPORT !== '1') process.exit(3);
if (fs.existsSync('.next/BUILD_ID')) process.exit(4);
fs.mkdirSync('.next/cache', { recursive: true });
fs.writeFileSync('.next/cache/export', fs.existsSync('.next/cache/server') ? 'built with the server build cache' : 'cold');
fs.writeFileSync('.next/BUILD_ID', 'intermediate build of the export');
// The export goes where EXPORT_DIR says (next.config.ts makes it the distDir): the script's staging folder.
const outDir = process.env.EXPORT_DIR;
if (!outDir || require('node:path').isAbsolute(outDir)) process.exit(5);
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(outDir + '/index.html', 'exported');
// STUB_KILL: the script itself is killed (kill -9) halfway through writing the export.
if (process.env.STUB_KILL === '1') process.kill(process.ppid, 'SIGKILL');
if (process.env.STUB_INCOMPLETE !== '1') fs.writeFileSync(outDir + '/404.html', 'not found');
process.exit(Number(process.env.STUB_STATUS ?? 0));
`;

const root = mkdtempSync(path.join(os.tmpdir(), 'xiaomi-im-blick-build-export-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let project: string;
let runs = 0;

beforeEach(() => {
  project = path.join(root, String(runs++));
  mkdirSync(path.join(project, 'scripts'), { recursive: true });
  for (const script of ['build-export.mjs', 'export-swap.mjs'])
    cpSync(path.join(projectRoot, 'scripts', script), path.join(project, 'scripts', script));
  writeFileSync(path.join(project, 'package.json'), '{ "type": "module" }\n');
  const nextBin = path.join(project, 'node_modules', 'next', 'dist', 'bin');
  mkdirSync(nextBin, { recursive: true });
  writeFileSync(path.join(project, 'node_modules', 'next', 'package.json'), '{ "name": "next" }\n');
  writeFileSync(path.join(nextBin, 'next'), stubNext);
});

const file = (relative: string) => path.join(project, relative);
const read = (relative: string) => readFileSync(file(relative), 'utf8');
function serverBuild() {
  mkdirSync(file('.next'));
  writeFileSync(file('.next/BUILD_ID'), 'server build');
}
function buildExport(args: string[] = [], stubStatus = 0, stubEnv: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/build-export.mjs', ...args], {
    cwd: project,
    env: { ...process.env, STUB_STATUS: String(stubStatus), ...stubEnv },
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return result.status;
}
/** A finished earlier export in out/. */
function previousExport() {
  mkdirSync(file('out'));
  writeFileSync(file('out/index.html'), 'previous export');
  writeFileSync(file('out/404.html'), 'previous 404');
}

describe('npm run build:export (scripts/build-export.mjs)', () => {
  it('leaves the export in out/ and the server build in .next/ as it was', () => {
    serverBuild();
    expect(buildExport()).toBe(0);
    expect(read('out/index.html')).toBe('exported');
    expect(read('.next/BUILD_ID')).toBe('server build');
    expect(existsSync(file('.next-kept-during-export'))).toBe(false);
  });

  it('moves the export to --out', () => {
    serverBuild();
    expect(buildExport(['--out', '.out-fixture'])).toBe(0);
    expect(read('.out-fixture/index.html')).toBe('exported');
    expect(existsSync(file('out'))).toBe(false);
    expect(read('.next/BUILD_ID')).toBe('server build');
  });

  it('puts the server build back and fails with the build when the build fails', () => {
    serverBuild();
    expect(buildExport([], 2)).toBe(2);
    expect(read('.next/BUILD_ID')).toBe('server build');
  });

  it('after an interrupted export, drops its intermediate build and restores the server build', () => {
    serverBuild();
    renameSync(file('.next'), file('.next-kept-during-export'));
    mkdirSync(file('.next'));
    writeFileSync(file('.next/BUILD_ID'), 'half an export');
    expect(buildExport()).toBe(0);
    expect(read('.next/BUILD_ID')).toBe('server build');
    expect(existsSync(file('.next-kept-during-export'))).toBe(false);
  });

  it("hands Next's build cache to the export and keeps what the export adds", () => {
    serverBuild();
    mkdirSync(file('.next/cache'));
    writeFileSync(file('.next/cache/server'), 'cached by the server build');
    expect(buildExport()).toBe(0);
    expect(read('.next/cache/export')).toBe('built with the server build cache');
    expect(readdirSync(file('.next/cache')).sort()).toEqual(['export', 'server']);
    expect(read('.next/BUILD_ID')).toBe('server build');
  });

  it('without a server build leaves only the build cache in .next/', () => {
    expect(buildExport()).toBe(0);
    expect(read('out/index.html')).toBe('exported');
    expect(readdirSync(file('.next'))).toEqual(['cache']);
  });

  it('replaces the previous out/ only after a successful build, with nothing left beside it', () => {
    previousExport();
    expect(buildExport()).toBe(0);
    expect(read('out/index.html')).toBe('exported');
    expect(existsSync(file('.out-building'))).toBe(false);
    expect(existsSync(file('.out-previous'))).toBe(false);
  });

  it('keeps the previous out/ whole when the build fails, and removes the half-written staging folder', () => {
    previousExport();
    expect(buildExport([], 2)).toBe(2);
    expect(read('out/index.html')).toBe('previous export');
    expect(read('out/404.html')).toBe('previous 404');
    expect(existsSync(file('.out-building'))).toBe(false);
  });

  it('keeps the previous out/ when the build says it succeeded but its export is incomplete', () => {
    previousExport();
    expect(buildExport([], 0, { STUB_INCOMPLETE: '1' })).toBe(1);
    expect(read('out/index.html')).toBe('previous export');
    expect(existsSync(file('.out-building'))).toBe(false);
  });

  it('keeps the previous out/ whole when the script is killed (kill -9) halfway; the next run clears up and succeeds', () => {
    serverBuild();
    previousExport();
    expect(buildExport([], 0, { STUB_KILL: '1' })).toBeNull();
    expect(read('out/index.html')).toBe('previous export');
    expect(read('out/404.html')).toBe('previous 404');
    expect(existsSync(file('.out-building/index.html'))).toBe(true);
    expect(buildExport()).toBe(0);
    expect(read('out/index.html')).toBe('exported');
    expect(read('.next/BUILD_ID')).toBe('server build');
    expect(existsSync(file('.out-building'))).toBe(false);
    expect(existsSync(file('.next-kept-during-export'))).toBe(false);
  });

  it('builds a --out export in a staging folder beside it and leaves out/ alone', () => {
    previousExport();
    expect(buildExport(['--out', '.out-fixture'])).toBe(0);
    expect(read('.out-fixture/index.html')).toBe('exported');
    expect(read('out/index.html')).toBe('previous export');
    expect(existsSync(file('.out-fixture-building'))).toBe(false);
  });
});
