// `npm run build:export`: the whole site as plain files in out/, for any static host.
// `--out DIR` moves the result elsewhere (the tests keep a fixture site's export beside out/).
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

// With `output: 'export'` Next writes its intermediate build to .next/ whatever distDir says (a custom
// distDir would only move the export away from out/). The server build that `npm start` and the
// end-to-end tests serve lives there too: keep it aside during the export and put it back afterwards,
// so an export never costs a server rebuild. Do not export while a server runs from .next/.
const serverBuild = '.next';
const keptServerBuild = '.next-kept-during-export';
if (existsSync(keptServerBuild)) {
  // An interrupted export: .next/ holds its intermediate build, the server build is still kept aside.
  rmSync(serverBuild, { recursive: true, force: true });
} else if (existsSync(serverBuild)) {
  renameSync(serverBuild, keptServerBuild);
}

const build = spawnSync(process.execPath, [nextBin, 'build'], {
  stdio: 'inherit',
  env: { ...process.env, STATIC_EXPORT: '1' },
});

rmSync(serverBuild, { recursive: true, force: true });
if (existsSync(keptServerBuild)) renameSync(keptServerBuild, serverBuild);
if (build.status !== 0) process.exit(build.status ?? 1);

const outIndex = process.argv.indexOf('--out');
const target = outIndex === -1 ? undefined : process.argv[outIndex + 1];
if (target && target !== 'out') {
  rmSync(target, { recursive: true, force: true });
  renameSync('out', target);
}
