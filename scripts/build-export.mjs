// `npm run build:export`: the whole site as plain files in out/, for any static host.
// `--out DIR` moves the result elsewhere (the tests keep a fixture site's export beside out/).
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
// The export build also writes its dist folder (.next/ unless NEXT_DIST_DIR says otherwise): forget the
// server build there, so `npm start` rebuilds it.
rmSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'build-fingerprint'), { force: true });
const build = spawnSync(process.execPath, [nextBin, 'build'], {
  stdio: 'inherit',
  env: { ...process.env, STATIC_EXPORT: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const outIndex = process.argv.indexOf('--out');
const target = outIndex === -1 ? undefined : process.argv[outIndex + 1];
if (target && target !== 'out') {
  rmSync(target, { recursive: true, force: true });
  renameSync('out', target);
}
