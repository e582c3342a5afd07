// The atomic part of `npm run build:export` (scripts/build-export.mjs): the export is written into a
// staging folder beside its target and takes the target's place only once the build has succeeded. A
// failed or killed build (even `kill -9`) leaves the previous export whole. Plain JavaScript, so the
// build script needs no TypeScript; types in export-swap.d.mts, tests in tests/unit/export-swap.test.ts.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files every complete export has: without them nothing is swapped in. */
export const requiredExportFiles = ['index.html', '404.html'];

/** A hidden folder beside `target`, on the same file system so a rename moves it: `out` → `.out-<suffix>`. */
function beside(target, suffix) {
  return path.join(path.dirname(target), `.${path.basename(target).replace(/^\.+/, '')}-${suffix}`);
}

/** Where the build for `target` is written until it is complete: `out` → `.out-building`. */
export function stagingDir(target) {
  return beside(target, 'building');
}

/** Where the previous export waits, for the moment of the swap: `out` → `.out-previous`. */
export function previousDir(target) {
  return beside(target, 'previous');
}

/**
 * Before a build: clears what an interrupted run left behind and returns what it did, in German.
 * A staging folder is always incomplete (its build never got to the swap) and is removed. A previous
 * export left aside means the run was killed during the swap: between the two renames the target is
 * missing, and the previous export goes back in its place; after them, the previous one is only
 * leftover and is removed.
 */
export function recoverInterruptedExport(target) {
  const done = [];
  const staging = stagingDir(target);
  const previous = previousDir(target);
  if (existsSync(staging)) {
    rmSync(staging, { recursive: true, force: true });
    done.push(`unvollständigen Build in ${staging}/ entfernt`);
  }
  if (existsSync(previous)) {
    if (existsSync(target)) {
      rmSync(previous, { recursive: true, force: true });
      done.push(`Rest des letzten Austauschs (${previous}/) entfernt`);
    } else {
      renameSync(previous, target);
      done.push(`vorherigen Export aus ${previous}/ nach ${target}/ zurückgelegt`);
    }
  }
  return done;
}

/** The required files a finished build lacks in `dir` (all of them when the folder is missing). */
export function missingExportFiles(dir, required = requiredExportFiles) {
  return required.filter((name) => {
    const file = path.join(dir, name);
    return !existsSync(file) || !statSync(file).isFile();
  });
}

/**
 * After a successful build: the staging folder becomes `target`, the old `target` is removed. Each step
 * is a rename within one folder (atomic on one file system), so at every moment either the old or the
 * new export is complete in place – except between the two renames, where `recoverInterruptedExport`
 * puts the old one back if the process dies right there. Refuses an incomplete build.
 */
export function swapIntoPlace(staging, target, required = requiredExportFiles) {
  const missing = missingExportFiles(staging, required);
  if (missing.length > 0) {
    throw new Error(
      `Der Export in ${staging}/ ist unvollständig (es fehlt: ${missing.join(', ')}) – ${target}/ bleibt unverändert.`,
    );
  }
  const previous = previousDir(target);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}
