// A fingerprint of everything a production build depends on, so `npm start` rebuilds exactly when
// something changed since the last build (and never serves a stale or missing one).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const inputs = [
  'app',
  'components',
  'lib',
  'content',
  'public',
  'next.config.ts',
  'proxy.ts',
  'tsconfig.json',
  'package-lock.json',
];
// Everything the pages read from the environment at build time (lib/site.ts, lib/content/).
const environment = [
  'SITE_URL',
  'CONTENT_DIR',
  'STATIC_EXPORT',
  'NEXT_DIST_DIR',
  'BUILD_NOW',
  'REPOSITORY_URL',
  'REPOSITORY_BRANCH',
  'GITHUB_SERVER_URL',
  'GITHUB_REPOSITORY',
];

function* filesBelow(entry) {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) yield* filesBelow(path.join(entry, name));
  } else {
    yield entry;
  }
}

export function buildFingerprint() {
  const hash = createHash('sha256');
  const roots = process.env.CONTENT_DIR ? [...inputs, process.env.CONTENT_DIR] : inputs;
  for (const root of roots) {
    for (const file of filesBelow(root)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  }
  for (const name of environment) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  return hash.digest('hex');
}
