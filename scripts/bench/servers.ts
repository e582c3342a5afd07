import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { exportDir, projectRoot, siteEnvironment, workDirectory } from './config';
import { benchMainConfig, benchServerBlock, nginxVersion } from './nginx-config';
import { buildFingerprint, nextBin } from './site-build';

export interface RunningServer {
  name: string;
  url: string;
  /** The process that answers requests (its RSS is the server's memory). */
  pid: number;
  stop(): Promise<void>;
}

async function waitUntilReady(url: string, child: ChildProcess, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} hat sich beendet (Exit-Code ${child.exitCode})`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${name} antwortet nicht unter ${url}`);
}

function stopper(child: ChildProcess, signal: NodeJS.Signals): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
}

/**
 * `next start` of the site build in siteDistDir (see ensureSiteBuilt). With `memoryProbeFile`, the
 * server answers SIGUSR2 with a full GC and a memory reading in that file (memory-probe.mjs).
 */
export async function startNext(
  count: number,
  port: number,
  { memoryProbeFile }: { memoryProbeFile?: string } = {},
): Promise<RunningServer> {
  const logFile = path.join(workDirectory, 'next-start.log');
  const probe = memoryProbeFile
    ? ['--expose-gc', '--import', pathToFileURL(path.join(projectRoot, 'scripts', 'bench', 'memory-probe.mjs')).href]
    : [];
  const child = spawn(
    process.execPath,
    [...probe, nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    {
      cwd: projectRoot,
      env: { ...siteEnvironment(count), ...(memoryProbeFile ? { MEMORY_PROBE_FILE: memoryProbeFile } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.on('exit', () => writeFileSync(logFile, output.join('')));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(`${url}/`, child, 'next start');
  return { name: 'next start', url, pid: child.pid!, stop: stopper(child, 'SIGTERM') };
}

const nginxBinaryCandidates = ['nginx', '/usr/sbin/nginx'];

function findNginx(): { binary: string; version: string } | undefined {
  for (const binary of nginxBinaryCandidates) {
    const result = spawnSync(binary, ['-v'], { encoding: 'utf8' });
    const version = result.status === 0 ? nginxVersion(`${result.stdout}${result.stderr}`) : undefined;
    if (version) return { binary, version };
  }
  return undefined;
}

/** nginx from Debian's package; installed with apt-get when missing (as root, else with sudo). */
export function ensureNginx(log: (line: string) => void): { binary: string; version: string } {
  const found = findNginx();
  if (found) return found;
  log('nginx fehlt: installiere Debians Paket nginx …');
  const asRoot = process.getuid?.() === 0;
  const run = (args: string[]) => {
    const [command, ...rest] = asRoot ? args : ['sudo', ...args];
    const result = spawnSync(command!, rest, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) throw new Error(`${args.join(' ')} fehlgeschlagen`);
  };
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'nginx']);
  const installed = findNginx();
  if (!installed) throw new Error('nginx ist nach der Installation nicht aufrufbar');
  return installed;
}

const exportFingerprintFile = path.join(workDirectory, 'export-fingerprint');

/** The static export of `count` generated articles in exportDir; built (untimed) only when needed. */
export function ensureExport(count: number, log: (line: string) => void): string {
  const env = siteEnvironment(count, { staticExport: true });
  const fingerprint = buildFingerprint(env);
  const target = path.join(projectRoot, exportDir);
  if (
    existsSync(path.join(target, 'index.html')) &&
    existsSync(exportFingerprintFile) &&
    readFileSync(exportFingerprintFile, 'utf8') === fingerprint
  )
    return target;
  log(`  statischer Export (N = ${count}) für nginx …`);
  const result = spawnSync(process.execPath, [path.join('scripts', 'build-export.mjs'), '--out', exportDir], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (result.status !== 0)
    throw new Error(`Export fehlgeschlagen:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  writeFileSync(exportFingerprintFile, fingerprint);
  return target;
}

/** nginx in the foreground with deploy/nginx.conf (listen and root replaced) serving `root`. */
export async function startNginx(binary: string, root: string, port: number): Promise<RunningServer> {
  const directory = path.join(workDirectory, 'nginx');
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const template = readFileSync(path.join(projectRoot, 'deploy', 'nginx.conf'), 'utf8');
  const config = benchMainConfig({
    serverBlock: benchServerBlock(template, { port, root }),
    directory,
    mimeTypes: '/etc/nginx/mime.types',
  });
  const configFile = path.join(directory, 'nginx.conf');
  writeFileSync(configFile, config);
  const check = spawnSync(
    binary,
    ['-t', '-q', '-p', `${directory}/`, '-e', `${directory}/error.log`, '-c', configFile],
    { encoding: 'utf8' },
  );
  if (check.status !== 0) throw new Error(`nginx-Konfiguration ungültig (${configFile}):\n${check.stderr}`);
  const child = spawn(binary, ['-p', `${directory}/`, '-e', `${directory}/error.log`, '-c', configFile], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(`${url}/`, child, 'nginx');
  // SIGQUIT: graceful shutdown, the master waits for its workers.
  return { name: 'nginx', url, pid: child.pid!, stop: stopper(child, 'SIGQUIT') };
}
