// Installs dependencies when node_modules is missing or was installed from another lockfile,
// so `npm start` and `npm test` work on a fresh clone with no step first. Node built-ins only.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const stampFile = 'node_modules/.install-stamp';

function lockfileHash() {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) {
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

const installed = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
if (!existsSync('node_modules') || installed !== lockfileHash()) {
  console.log('Abhängigkeiten fehlen oder sind veraltet: npm install …');
  // `npm install` honours package-lock.json; `npm ci` would reject a lockfile written on this platform.
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, `${lockfileHash()}\n`);
}
