// `npm run build:export`: the whole site as plain files in out/, for any static host.
// `--out DIR` puts the result elsewhere (the tests keep a fixture site's export beside out/).
//
// Atomic: Next writes the export into a staging folder beside the target (`.out-building/`, via
// EXPORT_DIR, see next.config.ts), and only a build that succeeded and is complete replaces out/
// (scripts/export-swap.mjs). A failed or killed build – even `kill -9` halfway – leaves the previous
// out/ whole; the next run clears what it left behind. docs/deploy.md, "Atomarer Export".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { recoverInterruptedExport, stagingDir, swapIntoPlace } from './export-swap.mjs';

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

// With `output: 'export'` Next writes its intermediate build to .next/ whatever distDir says (a custom
// distDir would only move the export away from out/). The server build that `npm start` and the
// end-to-end tests serve lives there too: keep it aside during the export and put it back afterwards,
// so an export never costs a server rebuild. Do not export while a server runs from .next/. Next's build
// cache (.next/cache/) goes to the export and back, so exports and server builds share it as before.
const serverBuild = '.next';
const keptServerBuild = '.next-kept-during-export';
const cache = (build) => path.join(build, 'cache');
const moveCache = (from, to) => {
  if (existsSync(cache(from)) && !existsSync(cache(to))) renameSync(cache(from), cache(to));
};

if (existsSync(keptServerBuild)) {
  // An interrupted export: .next/ holds its intermediate build, the server build is still kept aside.
  if (existsSync(serverBuild)) moveCache(serverBuild, keptServerBuild);
  rmSync(serverBuild, { recursive: true, force: true });
} else if (existsSync(serverBuild)) {
  renameSync(serverBuild, keptServerBuild);
}
mkdirSync(serverBuild);
if (existsSync(keptServerBuild)) moveCache(keptServerBuild, serverBuild);

const outIndex = process.argv.indexOf('--out');
const target = (outIndex === -1 ? undefined : process.argv[outIndex + 1]) || 'out';
const staging = stagingDir(target);
for (const step of recoverInterruptedExport(target)) console.log(`Export: ${step}.`);

const build = spawnSync(process.execPath, [nextBin, 'build'], {
  stdio: 'inherit',
  // Next joins distDir to the project folder: a relative path, even for an absolute --out.
  env: { ...process.env, STATIC_EXPORT: '1', EXPORT_DIR: path.relative(process.cwd(), staging) },
});

if (existsSync(keptServerBuild)) {
  moveCache(serverBuild, keptServerBuild);
  rmSync(serverBuild, { recursive: true, force: true });
  renameSync(keptServerBuild, serverBuild);
} else {
  // There was no server build: only the cache stays.
  for (const name of readdirSync(serverBuild)) {
    if (name !== 'cache') rmSync(path.join(serverBuild, name), { recursive: true, force: true });
  }
}
if (build.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`Export fehlgeschlagen: ${target}/ bleibt unverändert.`);
  process.exit(build.status ?? 1);
}
try {
  swapIntoPlace(staging, target);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
