import path from 'node:path';
import type { NextConfig } from 'next';

// The framework floor of the benchmark (scripts/bench/run.ts, part build): a bare Next app built with the
// project's own next/react from the repository root's node_modules, so both builds use one version.
const repositoryRoot = path.resolve(import.meta.dirname, '../..');

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  turbopack: { root: repositoryRoot },
  outputFileTracingRoot: repositoryRoot,
};

export default config;
