import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { floorAppDir, floorDataFile, projectRoot, siteDistDir, siteEnvironment, workDirectory } from './config';
import { runMeasured } from './process-tree';
import { markBuilt, nextBin } from './site-build';
import { buildPhases, type BuildPhases } from './trace';

export interface BuildMeasurement {
  wallMs: number;
  /** Peak of the summed RSS of the build's process tree (main process and workers). */
  peakTreeRss: number;
  /** Peak RSS of the largest single process. */
  peakProcessRss: number;
  /** CPU time of all processes (user + system): steadier than wall time on a busy machine. */
  cpuMs: number;
  /** Share of the machine that other processes used during the build (0 = quiet). */
  foreignShare: number;
  /** Prerendered routes (pages, feeds, images) from the build's prerender manifest. */
  routes: number;
  /** Where the time went, from Next's own trace. */
  phases: BuildPhases;
}

export interface BuildResult {
  count: number;
  ours: BuildMeasurement;
  floor: BuildMeasurement;
}

function prerenderedRoutes(distDir: string): number {
  const manifest = path.join(distDir, 'prerender-manifest.json');
  if (!existsSync(manifest)) return 0;
  return Object.keys((JSON.parse(readFileSync(manifest, 'utf8')) as { routes: Record<string, unknown> }).routes).length;
}

async function measuredBuild(
  label: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  distDir: string,
): Promise<BuildMeasurement> {
  // Cold builds only: no cache of an earlier build may help.
  rmSync(distDir, { recursive: true, force: true });
  const logFile = path.join(workDirectory, `build-${label}.log`);
  const run = await runMeasured(process.execPath, [nextBin, 'build', ...args], { cwd: projectRoot, env, logFile });
  if (run.exitCode !== 0) throw new Error(`${label}: next build fehlgeschlagen (Protokoll: ${logFile})`);
  const trace = path.join(distDir, 'trace');
  return {
    wallMs: run.wallMs,
    peakTreeRss: run.peakTreeRss,
    peakProcessRss: run.peakProcessRss,
    cpuMs: run.cpuMs,
    foreignShare: run.foreignShare,
    routes: prerenderedRoutes(distDir),
    phases: buildPhases(existsSync(trace) ? readFileSync(trace, 'utf8') : ''),
  };
}

/**
 * Builds the floor app and then our site from the same `count` generated articles, one after the
 * other (never in parallel: both would compete for the two cores).
 */
export async function measureBuilds(count: number, log: (line: string) => void): Promise<BuildResult> {
  log(`  Floor-App, N = ${count} …`);
  const floor = await measuredBuild(
    `floor-${count}`,
    [floorAppDir],
    { ...process.env, FLOOR_DATA: floorDataFile(count), NEXT_TELEMETRY_DISABLED: '1' },
    path.join(projectRoot, floorAppDir, '.next'),
  );
  log(`  Unsere Website, N = ${count} …`);
  const env = siteEnvironment(count);
  const ours = await measuredBuild(`site-${count}`, [], env, path.join(projectRoot, siteDistDir));
  markBuilt(env);
  return { count, ours, floor };
}
