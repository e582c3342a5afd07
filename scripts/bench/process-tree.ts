import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** The parent pid from a /proc/<pid>/stat line; the command name in parentheses may hold spaces. */
export function parentPid(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const parent = Number(fields[1]);
  return Number.isInteger(parent) ? parent : undefined;
}

/**
 * CPU time of a process from its /proc/<pid>/stat line, in clock ticks: its own user and system
 * time plus that of the children it has already reaped (fields 14 to 17).
 */
export function cpuTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
}

/** Clock ticks per second for /proc times (USER_HZ): 100 on every common Linux. */
export const ticksPerSecond = 100;

/** Busy CPU time of the whole machine so far, all cores, in ms: the first line of /proc/stat without idle and iowait. */
export function machineBusyMs(procStat: string): number {
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = procStat
    .split('\n')[0]!
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return ((user + nice + system + irq + softirq + steal) / ticksPerSecond) * 1000;
}

export function readMachineBusyMs(): number {
  return machineBusyMs(readFileSync('/proc/stat', 'utf8'));
}

/**
 * The share of the machine's capacity (wall time × cores) that other processes used while we
 * measured: the machine's busy time minus our own. 0 on a quiet machine; a high value means the
 * measurement is noisy.
 */
export function foreignShare({
  machineBusyMs,
  ownCpuMs,
  wallMs,
  cores,
}: {
  machineBusyMs: number;
  ownCpuMs: number;
  wallMs: number;
  cores: number;
}): number {
  if (wallMs <= 0 || cores <= 0) return 0;
  return Math.min(1, Math.max(0, machineBusyMs - ownCpuMs) / (wallMs * cores));
}

/** Measures the foreign share between now and `stop()`, given how to read our own CPU time (ms). */
export function startForeignLoad(ownCpuMs: () => number): { stop(): number } {
  const busyStart = readMachineBusyMs();
  const ownStart = ownCpuMs();
  const started = performance.now();
  return {
    stop() {
      return foreignShare({
        machineBusyMs: readMachineBusyMs() - busyStart,
        ownCpuMs: ownCpuMs() - ownStart,
        wallMs: performance.now() - started,
        cores: os.cpus().length,
      });
    },
  };
}

/** CPU time of this process (the benchmark itself, autocannon included), in ms. */
export function ownProcessCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** A field of /proc/<pid>/status in kB (VmRSS, VmHWM), as bytes. */
export function statusBytes(status: string, field: 'VmRSS' | 'VmHWM'): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : undefined;
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** The pid and all its descendants, from one pass over /proc. */
export function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOrUndefined(`/proc/${name}/stat`);
    const parent = stat === undefined ? undefined : parentPid(stat);
    if (parent === undefined) continue;
    const list = children.get(parent);
    if (list) list.push(Number(name));
    else children.set(parent, [Number(name)]);
  }
  const tree: number[] = [];
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    tree.push(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export function residentBytes(pid: number): number | undefined {
  const status = readOrUndefined(`/proc/${pid}/status`);
  return status === undefined ? undefined : statusBytes(status, 'VmRSS');
}

export interface TreeMemory {
  /** Resident memory of all processes of the tree added up (shared pages count once per process). */
  total: number;
  /** The largest single process. */
  largest: number;
}

export function treeMemory(rootPid: number): TreeMemory {
  let total = 0;
  let largest = 0;
  for (const pid of processTree(rootPid)) {
    const rss = residentBytes(pid) ?? 0;
    total += rss;
    largest = Math.max(largest, rss);
  }
  return { total, largest };
}

/**
 * CPU time the tree has used so far, in ms: every live process with the children it reaped, so a
 * worker that ended counts through its parent. Less sensitive to other load than wall time.
 */
export function treeCpuMs(rootPid: number): number {
  let ticks = 0;
  for (const pid of processTree(rootPid)) {
    const stat = readOrUndefined(`/proc/${pid}/stat`);
    if (stat !== undefined) ticks += cpuTicks(stat);
  }
  return (ticks / ticksPerSecond) * 1000;
}

export interface MeasuredRun {
  wallMs: number;
  exitCode: number | null;
  /** Highest summed RSS of the process tree seen while sampling. */
  peakTreeRss: number;
  /** Highest RSS of any single process of the tree. */
  peakProcessRss: number;
  /** CPU time of the whole tree (user + system), as last sampled before it ended. */
  cpuMs: number;
  /** Share of the machine other processes used meanwhile (see foreignShare). */
  foreignShare: number;
}

/**
 * Runs a command to its end with its output in `logFile`, sampling the whole process tree's
 * memory (Next spawns workers) every `intervalMs`.
 */
export function runMeasured(
  command: string,
  args: readonly string[],
  {
    cwd,
    env,
    logFile,
    intervalMs = 200,
  }: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; intervalMs?: number },
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const started = performance.now();
    const busyStart = readMachineBusyMs();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let peakTreeRss = 0;
    let peakProcessRss = 0;
    let cpuMs = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const memory = treeMemory(child.pid);
      peakTreeRss = Math.max(peakTreeRss, memory.total);
      peakProcessRss = Math.max(peakProcessRss, memory.largest);
      cpuMs = Math.max(cpuMs, treeCpuMs(child.pid));
    };
    const timer = setInterval(sample, intervalMs);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      log.end();
      const foreign = foreignShare({
        machineBusyMs: readMachineBusyMs() - busyStart,
        ownCpuMs: cpuMs,
        wallMs,
        cores: os.cpus().length,
      });
      resolve({ wallMs, exitCode, peakTreeRss, peakProcessRss, cpuMs, foreignShare: foreign });
    });
  });
}
