import os from 'node:os';
import path from 'node:path';

/** The repository root: every command of the benchmark runs here. */
export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Generated content, floor data, logs and server configs: outside the repository, reused between runs. */
export const workDirectory = path.join(os.tmpdir(), 'xiaomi-im-blick-bench');

/** Our site's builds for the benchmark and the load test (kept apart from the normal .next/). */
export const siteDistDir = '.next-bench';
/** The bare Next app that gives the framework floor (its build lands in its own .next/). */
export const floorAppDir = path.join('bench', 'floor-app');
/** The static export nginx serves. */
export const exportDir = '.out-bench';

/** A fixed "now" for every build: the generated articles end on 28 November 2025. */
export const buildNow = '2025-12-02T12:00:00+01:00';
export const seed = 1;

export type Part = 'loader' | 'build' | 'weight' | 'serve';
export const parts: readonly Part[] = ['loader', 'build', 'weight', 'serve'];

export interface BenchConfig {
  quick: boolean;
  /** Article counts whose read + validate cost is measured. */
  loaderSizes: number[];
  /** Article counts built as our site and as the floor app, in this order. */
  buildSizes: number[];
  /** The site measured for page weight and serving (built last by the build part, so it is reused). */
  siteSize: number;
  /** Seconds per serving measurement, and the connection counts. */
  serveSeconds: number;
  warmupSeconds: number;
  connections: number[];
  /** `next start` listens here, nginx on the next port. */
  port: number;
}

/**
 * The full run builds N = 1,000 and 4,000 first and N = 100 last: page weight and serving then
 * use the N = 100 build that is already there (a prerendered page costs the same to serve at any N).
 */
export function benchConfig({ quick, port }: { quick: boolean; port: number }): BenchConfig {
  return quick
    ? {
        quick,
        loaderSizes: [50, 200],
        buildSizes: [40, 20],
        siteSize: 20,
        serveSeconds: 2,
        warmupSeconds: 1,
        connections: [64, 256],
        port,
      }
    : {
        quick,
        loaderSizes: [1000, 10000],
        buildSizes: [1000, 4000, 100],
        siteSize: 100,
        serveSeconds: 10,
        warmupSeconds: 3,
        connections: [64, 256],
        port,
      };
}

export function contentDirectory(count: number): string {
  return path.join(workDirectory, `content-${count}`);
}

export function floorDataFile(count: number): string {
  return path.join(workDirectory, `floor-${count}.json`);
}

/**
 * The environment our site is built and served with for a generated set of `count` articles:
 * a server build in siteDistDir, or with `staticExport` the export (which builds in .next/).
 */
export function siteEnvironment(
  count: number,
  { staticExport = false }: { staticExport?: boolean } = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: contentDirectory(count),
    BUILD_NOW: buildNow,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.STATIC_EXPORT;
  delete env.NEXT_DIST_DIR;
  if (staticExport) env.STATIC_EXPORT = '1';
  else env.NEXT_DIST_DIR = siteDistDir;
  return env;
}
