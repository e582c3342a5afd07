// `npm run build:export`: the whole site as plain files in out/, for any static host.
// `--out DIR` moves the result elsewhere (the tests keep a fixture site's export beside out/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

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

const build = spawnSync(process.execPath, [nextBin, 'build'], {
  stdio: 'inherit',
  env: { ...process.env, STATIC_EXPORT: '1' },
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
if (build.status !== 0) process.exit(build.status ?? 1);

const outIndex = process.argv.indexOf('--out');
const target = outIndex === -1 ? undefined : process.argv[outIndex + 1];
if (target && target !== 'out') {
  rmSync(target, { recursive: true, force: true });
  renameSync('out', target);
}
