import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  missingExportFiles,
  previousDir,
  recoverInterruptedExport,
  stagingDir,
  swapIntoPlace,
} from '../../scripts/export-swap.mjs';

/** The swap of scripts/build-export.mjs on real folders in the OS temp folder (no build involved). */
const root = mkdtempSync(path.join(os.tmpdir(), 'xiaomi-im-blick-export-swap-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir: string;
let runs = 0;
beforeEach(() => {
  dir = path.join(root, String(runs++));
  mkdirSync(dir);
});

const at = (name: string) => path.join(dir, name);
/** A folder holding an export: index.html and 404.html with the given text. */
function exportIn(name: string, text: string, files = ['index.html', '404.html']) {
  mkdirSync(at(name), { recursive: true });
  for (const file of files) writeFileSync(path.join(at(name), file), `${text}: ${file}`);
}
const index = (name: string) => readFileSync(path.join(at(name), 'index.html'), 'utf8');

describe('stagingDir and previousDir', () => {
  it('are hidden folders beside the target', () => {
    expect(stagingDir('out')).toBe('.out-building');
    expect(previousDir('out')).toBe('.out-previous');
    expect(stagingDir('/tmp/site/.out-fixture')).toBe('/tmp/site/.out-fixture-building');
    expect(previousDir('/tmp/site/.out-fixture')).toBe('/tmp/site/.out-fixture-previous');
  });
});

describe('swapIntoPlace', () => {
  it('puts the new export in place of the old and leaves nothing else behind', () => {
    exportIn('out', 'alt');
    writeFileSync(at('out/nur-alt.html'), 'nur im alten Export');
    exportIn('.out-building', 'neu');
    swapIntoPlace(at('.out-building'), at('out'));
    expect(index('out')).toBe('neu: index.html');
    expect(existsSync(at('out/nur-alt.html'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('works when there is no export yet', () => {
    exportIn('.out-building', 'neu');
    swapIntoPlace(at('.out-building'), at('out'));
    expect(index('out')).toBe('neu: index.html');
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('refuses an incomplete build and leaves the old export untouched', () => {
    exportIn('out', 'alt');
    exportIn('.out-building', 'neu', ['index.html']);
    expect(() => swapIntoPlace(at('.out-building'), at('out'))).toThrow(
      /^Der Export in .*\.out-building\/ ist unvollständig \(es fehlt: 404\.html\) – .*out\/ bleibt unverändert\.$/,
    );
    expect(index('out')).toBe('alt: index.html');
    expect(readFileSync(at('out/404.html'), 'utf8')).toBe('alt: 404.html');
  });

  it('refuses a missing staging folder', () => {
    exportIn('out', 'alt');
    expect(() => swapIntoPlace(at('.out-building'), at('out'))).toThrow(/es fehlt: index\.html, 404\.html/);
    expect(index('out')).toBe('alt: index.html');
  });

  it('drops a stale previous export before it sets the current one aside', () => {
    exportIn('out', 'alt');
    exportIn('.out-previous', 'uralt');
    exportIn('.out-building', 'neu');
    swapIntoPlace(at('.out-building'), at('out'));
    expect(index('out')).toBe('neu: index.html');
    expect(readdirSync(dir)).toEqual(['out']);
  });
});

describe('missingExportFiles', () => {
  it('names the required files a folder lacks, a folder of that name counts as missing', () => {
    exportIn('x', 'x', ['index.html']);
    mkdirSync(at('x/404.html'));
    expect(missingExportFiles(at('x'))).toEqual(['404.html']);
    expect(missingExportFiles(at('fehlt'))).toEqual(['index.html', '404.html']);
    expect(missingExportFiles(at('x'), ['index.html'])).toEqual([]);
  });
});

describe('recoverInterruptedExport: what a killed run left behind', () => {
  it('does nothing after a clean run', () => {
    exportIn('out', 'alt');
    expect(recoverInterruptedExport(at('out'))).toEqual([]);
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('removes a half-written staging folder (killed during the build), out/ stays as it was', () => {
    exportIn('out', 'alt');
    exportIn('.out-building', 'halb', ['index.html']);
    expect(recoverInterruptedExport(at('out'))).toEqual([
      expect.stringMatching(/^unvollständigen Build in .*\.out-building\/ entfernt$/),
    ]);
    expect(readdirSync(dir)).toEqual(['out']);
    expect(index('out')).toBe('alt: index.html');
  });

  it('puts the previous export back when the run died between the two renames of the swap', () => {
    exportIn('.out-previous', 'alt');
    exportIn('.out-building', 'neu');
    const done = recoverInterruptedExport(at('out'));
    expect(done).toHaveLength(2);
    expect(done[1]).toMatch(/^vorherigen Export aus .*\.out-previous\/ nach .*out\/ zurückgelegt$/);
    expect(readdirSync(dir)).toEqual(['out']);
    expect(index('out')).toBe('alt: index.html');
  });

  it('removes the previous export when the run died after the swap, before cleaning up', () => {
    exportIn('out', 'neu');
    exportIn('.out-previous', 'alt');
    expect(recoverInterruptedExport(at('out'))).toEqual([expect.stringMatching(/^Rest des letzten Austauschs/)]);
    expect(readdirSync(dir)).toEqual(['out']);
    expect(index('out')).toBe('neu: index.html');
  });
});
