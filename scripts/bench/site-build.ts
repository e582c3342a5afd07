import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot, siteDistDir, siteEnvironment } from './config';

export const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

/** The same file `npm start` (scripts/start.mjs) checks, so it and the load test reuse a build. */
const fingerprintFile = path.join(projectRoot, siteDistDir, 'build-fingerprint');

/** scripts/build-inputs.mjs's fingerprint of everything a build of this environment depends on. */
export function buildFingerprint(env: NodeJS.ProcessEnv): string {
  const script =
    "import('./scripts/build-inputs.mjs').then((inputs) => process.stdout.write(inputs.buildFingerprint()))";
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Fingerabdruck des Builds nicht berechenbar:\n${result.stderr}`);
  return result.stdout.trim();
}

/** Records that siteDistDir holds a build of this environment (called after a successful build). */
export function markBuilt(env: NodeJS.ProcessEnv): void {
  writeFileSync(fingerprintFile, `${buildFingerprint(env)}\n`);
}

function isBuilt(env: NodeJS.ProcessEnv): boolean {
  return (
    existsSync(path.join(projectRoot, siteDistDir, 'BUILD_ID')) &&
    existsSync(fingerprintFile) &&
    readFileSync(fingerprintFile, 'utf8').trim() === buildFingerprint(env)
  );
}

/** Our site built from `count` generated articles in siteDistDir; builds (untimed) only when needed. */
export function ensureSiteBuilt(count: number, log: (line: string) => void): void {
  const env = siteEnvironment(count);
  if (isBuilt(env)) return;
  log(`  next build (N = ${count}) für die Messung …`);
  rmSync(path.join(projectRoot, siteDistDir), { recursive: true, force: true });
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (result.status !== 0)
    throw new Error(
      `next build (N = ${count}) fehlgeschlagen:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`,
    );
  markBuilt(env);
}
