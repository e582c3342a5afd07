// What `npm run bench` and `npm run load` share: generated content, builds, servers and autocannon.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import type { FloorData } from '../../bench/floor-app/data';
import {
  buildPhases,
  nginxConfig,
  percentile,
  replaceMarked,
  type BuildRun,
  type StormRun,
  type Traffic,
} from './report';

export const root = path.resolve(import.meta.dirname, '../..');
/** Generated content, floor data, logs and the nginx config: outside the repository, reused between runs. */
export const work = path.join(os.tmpdir(), 'xiaomi-im-blick-bench');
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const started = performance.now();

export const log = (line: string) =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
export const loadAverage = () => os.loadavg()[0]!;

/** Runs a command to its end; its output goes to `<work>/<label>.log`, shown in part if it fails. */
export function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  mkdirSync(work, { recursive: true });
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 << 20 });
  writeFileSync(path.join(work, `${label}.log`), `${result.stdout}${result.stderr}`);
  if (result.status !== 0)
    throw new Error(`${label} fehlgeschlagen:\n${result.stdout.slice(-3000)}${result.stderr.slice(-3000)}`);
}

export const contentDir = (count: number) => path.join(work, `content-${count}`);
export const floorDataFile = (count: number) => path.join(work, `floor-${count}.json`);
export const readFloorData = (count: number) => JSON.parse(readFileSync(floorDataFile(count), 'utf8')) as FloorData;

/**
 * `count` synthetic articles (deterministic: the same count gives the same bytes, so earlier builds
 * stay valid), then the loader measured on them in a fresh process, which also writes the floor data.
 */
export function generate(count: number): { count: number; ms: number; baselineRss: number; peakRss: number } {
  const args = ['--out', contentDir(count), '--count', String(count), '--seed', '1', '--daten', 'content/daten'];
  run(`generate-${count}`, process.execPath, ['--import', 'tsx', 'scripts/generate-articles.ts', ...args]);
  const child = ['--import', 'tsx', 'scripts/bench/loader-child.ts', contentDir(count), floorDataFile(count)];
  run(`loader-${count}`, process.execPath, child);
  const line = readFileSync(path.join(work, `loader-${count}.log`), 'utf8').match(/^\{"ms".*$/m)?.[0] ?? '{}';
  const { articles, ...measured } = JSON.parse(line) as {
    articles: number;
    ms: number;
    baselineRss: number;
    peakRss: number;
  };
  if (articles !== count) throw new Error(`Erwartet ${count} Artikel, geladen ${articles}`);
  return { count, ...measured };
}

/** Our site from `count` generated articles: a server build in .next-bench, or the static export (.out-bench). */
export function siteEnv(count: number, staticExport = false): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: contentDir(count),
    BUILD_NOW: '2025-12-02T12:00:00+01:00',
  };
  delete env.STATIC_EXPORT;
  delete env.NEXT_DIST_DIR;
  return {
    ...env,
    NEXT_TELEMETRY_DISABLED: '1',
    ...(staticExport ? { STATIC_EXPORT: '1' } : { NEXT_DIST_DIR: '.next-bench' }),
  };
}

/** scripts/build-inputs.mjs's fingerprint, in the same file `npm start` checks, so builds are reused. */
function fingerprint(env: NodeJS.ProcessEnv): string {
  const script =
    "import('./scripts/build-inputs.mjs').then((inputs) => process.stdout.write(inputs.buildFingerprint()))";
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env, encoding: 'utf8' })
    .stdout;
}

const markerFile = (staticExport: boolean) =>
  path.join(root, staticExport ? '.out-bench' : '.next-bench', 'build-fingerprint');

/** Records that .next-bench holds a build of `count` articles (after a timed build). */
export const markBuilt = (count: number) => writeFileSync(markerFile(false), `${fingerprint(siteEnv(count))}\n`);

/** The server build or the export of `count` articles, built (untimed) only when missing or stale. */
export function ensureBuilt(count: number, staticExport = false): void {
  const env = siteEnv(count, staticExport);
  const expected = fingerprint(env);
  if (existsSync(markerFile(staticExport)) && readFileSync(markerFile(staticExport), 'utf8').trim() === expected)
    return;
  log(`  ${staticExport ? 'statischer Export' : 'next build'} (N = ${count}) für die Messung …`);
  if (staticExport) run('export', process.execPath, ['scripts/build-export.mjs', '--out', '.out-bench'], env);
  else run('build', process.execPath, [nextBin, 'build'], env);
  writeFileSync(markerFile(staticExport), `${expected}\n`);
}

/**
 * A cold `next build` (distDir removed first) under GNU time, with the routes and phases it reports;
 * with `keep`, a build over the previous one, its cache included (what an editor's next build is).
 */
export function timedBuild(
  label: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  distDir: string,
  { keep = false } = {},
): BuildRun {
  // The trace of a kept build's predecessor would add its phases to this one's.
  rmSync(keep ? path.join(distDir, 'trace') : distDir, { recursive: true, force: true });
  const timeFile = path.join(work, `${label}.time`);
  const t0 = performance.now();
  run(label, '/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, process.execPath, nextBin, 'build', ...args], env);
  const wallMs = performance.now() - t0;
  const [user, system, maxKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as {
    routes: object;
  };
  return {
    wallMs,
    cpuMs: (user! + system!) * 1000,
    peakRss: maxKb! * 1024,
    routes: Object.keys(manifest.routes).length,
    phases: buildPhases(readFileSync(path.join(distDir, 'trace'), 'utf8')),
  };
}

export interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

async function serve(child: ChildProcess, port: number, signal: NodeJS.Signals): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    if (child.exitCode !== null) throw new Error(`Server beendet (Exit-Code ${child.exitCode})`);
    if (tries > 300) throw new Error(`Keine Antwort von ${url}`);
    const ok = await fetch(`${url}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    await sleep(200);
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { url, pid: child.pid!, stop };
}

/**
 * The production server on .next-bench: `node scripts/start.mjs`, as `npm start` runs it (Next's
 * handler behind the request guard of scripts/serve-next.mjs, not plain `next start`). start.mjs
 * forwards SIGTERM to the server process it spawns; `pid` is that process, whose memory the load
 * test reads. `env` may set NODE_OPTIONS, which both processes inherit (the load test's memory probe).
 */
export async function startSite(count: number, port: number, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...siteEnv(count), HOSTNAME: '127.0.0.1', PORT: String(port), ...env },
    stdio: 'ignore',
  });
  const server = await serve(child, port, 'SIGTERM');
  const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ');
  if (children.length !== 1 || !children[0]) throw new Error(`scripts/start.mjs hat ${children.length} Kindprozesse`);
  return { ...server, pid: Number(children[0]) };
}

/** nginx in the foreground with deploy/nginx.conf's server block (see benchServerBlock). */
export function startNginx(serverBlock: string, port: number): Promise<Server> {
  const directory = path.join(work, 'nginx');
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  writeFileSync(path.join(directory, 'nginx.conf'), nginxConfig(serverBlock, directory));
  const args = ['-p', `${directory}/`, '-e', `${directory}/error.log`, '-c', path.join(directory, 'nginx.conf')];
  return serve(spawn('/usr/sbin/nginx', args, { stdio: 'ignore' }), port, 'SIGQUIT');
}

/**
 * One autocannon run, gzip requested like a browser. `onResponse` sees every answer with its
 * status and latency (the load test's opening window and memory steps).
 */
export async function traffic(
  url: string,
  paths: readonly string[],
  options: { connections: number; seconds?: number; amount?: number },
  onResponse?: (status: number, latencyMs: number) => void,
  onError?: (timedOut: boolean) => void,
): Promise<Traffic> {
  const t0 = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
        timeout: 10,
        headers: { 'accept-encoding': 'gzip' },
        requests: paths.map((address) => ({ method: 'GET', path: address })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => onResponse?.(status, ms));
    instance.on('reqError', (error: Error) => onError?.(/timed out/.test(error.message)));
  });
  return {
    requests: result.requests.total,
    // Wall time of the run: autocannon's `duration` would round an amount-bounded run.
    seconds: options.amount ? (performance.now() - t0) / 1000 : result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Writes each body between its markers in docs/BENCHMARKS.md. */
export function writeBenchmarks(sections: Record<string, string>): void {
  const file = path.join(root, 'docs', 'BENCHMARKS.md');
  let text = readFileSync(file, 'utf8');
  for (const [name, body] of Object.entries(sections)) text = replaceMarked(text, name, body);
  writeFileSync(file, text);
  log(`docs/BENCHMARKS.md: ${Object.keys(sections).join(', ')} geschrieben`);
}

/** Machine and versions for the "Maschine" section. */
export function machine(): string {
  const version = (name: string) =>
    (
      JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`${name}/package.json`), 'utf8')) as {
        version: string;
      }
    ).version;
  const nginx = spawnSync('/usr/sbin/nginx', ['-v'], { encoding: 'utf8' }).stderr?.match(/nginx\/(\S+)/)?.[1];
  const chromium = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.match(/[\d.]+/)?.[0];
  const system = /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os.type();
  return [
    `- Prozessor: ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} Kerne; Arbeitsspeicher ${(os.totalmem() / 2 ** 30).toFixed(1).replace('.', ',')} GiB`,
    `- System: ${system}, Linux-Kernel ${os.release()}`,
    `- Software: Node.js ${process.version}, Next.js ${version('next')}, React ${version('react')}, nginx ${nginx ?? '–'}, Chromium ${chromium ?? '–'}, autocannon ${version('autocannon')}`,
  ].join('\n');
}

/**
 * A connection storm: `sockets` TCP connections opened in the same instant (one tick), socket i
 * sending one GET for `targets[i % targets.length]` (gzip, like a browser) and reading its answer to
 * the end. Counts the answers (by status class), connection errors, and sockets with no complete
 * answer within `timeoutMs`.
 */
export function storm(
  url: string,
  targets: readonly string[],
  { sockets = 256, timeoutMs = 10_000 } = {},
): Promise<StormRun> {
  const { hostname, port } = new URL(url);
  const request = (target: string) =>
    `GET ${target} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n`;
  const t0 = performance.now();
  const outcomes = Array.from(
    { length: sockets },
    (_, index) =>
      new Promise<{ status?: number; error?: string; ms: number }>((resolve) => {
        const socket = connect({ host: hostname, port: Number(port) });
        let head = '';
        let settled = false;
        const settle = (outcome: { status?: number; error?: string }) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          socket.destroy();
          resolve({ ...outcome, ms: performance.now() - t0 });
        };
        const timer = setTimeout(() => settle({ error: 'timeout' }), timeoutMs);
        socket.on('connect', () => socket.write(request(targets[index % targets.length]!)));
        socket.on('data', (chunk: Buffer) => {
          if (head.length < 64) head += chunk.toString('latin1', 0, Math.min(chunk.length, 64));
        });
        // Connection: close, so the answer is complete when the server ends the connection.
        socket.on('end', () => {
          const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
          settle(status ? { status } : { error: 'closed without an answer' });
        });
        socket.on('error', (error: NodeJS.ErrnoException) => settle({ error: error.code ?? error.message }));
      }),
  );
  return Promise.all(outcomes).then((results) => {
    const answered = results.filter((result) => result.status !== undefined);
    const latencies = answered.map((result) => result.ms);
    return {
      sockets,
      ok: answered.filter((result) => result.status! >= 200 && result.status! < 300).length,
      other: answered.filter((result) => result.status! < 200 || result.status! >= 300).length,
      timeouts: results.filter((result) => result.error === 'timeout').length,
      errors: results.filter((result) => result.error && result.error !== 'timeout').length,
      p50: percentile(latencies, 0.5),
      max: Math.max(0, ...latencies),
    };
  });
}

/**
 * An editor's change: the headline of the middle article of the generated set, rewritten in place with
 * the same length (so its share card must be drawn anew). Returns the undo.
 */
export function changeOneHeadline(count: number): () => void {
  const folder = path.join(contentDir(count), 'artikel');
  const names = readdirSync(folder).toSorted();
  const file = path.join(folder, names[Math.floor(names.length / 2)]!);
  const original = readFileSync(file, 'utf8');
  const changed = original.replace(/^title: "Testartikel /m, 'title: "Testbeitrag ');
  if (changed === original) throw new Error(`${file}: keine Überschrift „Testartikel …“ gefunden`);
  writeFileSync(file, changed);
  return () => writeFileSync(file, original);
}

/**
 * Builds after one changed headline, over the cold build of `count` articles in .next-bench: with
 * Next's cache as the cold build left it, and once more without the share cards' cache
 * (lib/share-image/cache.ts), which shows what that cache saves. Leaves .next-bench to be rebuilt.
 */
export function timedRebuilds(count: number): { withCache: BuildRun; withoutShareCards: BuildRun } {
  const distDir = path.join(root, '.next-bench');
  const undo = changeOneHeadline(count);
  try {
    log(`Builds N = ${count}: nach einer geänderten Überschrift, mit Cache …`);
    const withCache = timedBuild(`rebuild-${count}`, [], siteEnv(count), distDir, { keep: true });
    log(`Builds N = ${count}: dasselbe ohne den Cache der Vorschaubilder …`);
    rmSync(path.join(distDir, 'cache', 'share-images'), { recursive: true, force: true });
    const withoutShareCards = timedBuild(`rebuild-no-cards-${count}`, [], siteEnv(count), distDir, { keep: true });
    return { withCache, withoutShareCards };
  } finally {
    undo();
    rmSync(markerFile(false), { force: true });
  }
}
