import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import type { MachineInfo } from './report';

const requireFromHere = createRequire(import.meta.url);

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(requireFromHere.resolve(`${name}/package.json`), 'utf8')) as { version: string })
    .version;
}

function osName(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os.type();
  } catch {
    return os.type();
  }
}

function chromiumVersion(): string | undefined {
  const result = spawnSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? /([\d.]+)/.exec(result.stdout)?.[1] : undefined;
}

/** The machine and software versions, and the system load when called (other processes make noise). */
export function describeMachine(nginx: string | undefined): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unbekannt',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    os: osName(),
    kernel: os.release(),
    node: process.version,
    next: packageVersion('next'),
    react: packageVersion('react'),
    nginx,
    chromium: chromiumVersion(),
    autocannon: packageVersion('autocannon'),
    date: new Date().toISOString(),
    loadAverage: os.loadavg()[0]!,
  };
}

export function currentLoadAverage(): number {
  return os.loadavg()[0]!;
}
