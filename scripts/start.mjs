// `npm start`: builds the production site if there is no build or it is stale, then serves it
// on http://localhost:3000 (PORT overrides) with scripts/serve-next.mjs: Next's request handler
// behind the request guard of issue 19 (plain `next start` would skip the guard).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFingerprint } from './build-inputs.mjs';

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const distDir = process.env.NEXT_DIST_DIR || '.next';
const fingerprintFile = path.join(distDir, 'build-fingerprint');
const fingerprint = buildFingerprint();
const built =
  existsSync(path.join(distDir, 'BUILD_ID')) &&
  existsSync(fingerprintFile) &&
  readFileSync(fingerprintFile, 'utf8').trim() === fingerprint;

if (!built) {
  console.log('Kein aktueller Build vorhanden: next build …');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(fingerprintFile, `${fingerprint}\n`);
}

const serveNext = fileURLToPath(new URL('./serve-next.mjs', import.meta.url));
const server = spawn(process.execPath, [serveNext], {
  stdio: 'inherit',
  env: { ...process.env, PORT: process.env.PORT ?? '3000' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
