import type { NextConfig } from 'next';
import { nextHeaderRules } from './lib/http-headers/next-config';

/** `npm run build:export` sets STATIC_EXPORT=1: plain files in out/ for any static host. */
const staticExport = process.env.STATIC_EXPORT === '1';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Every page is a prerendered file, which the OS page cache keeps in memory anyway. Next's own
  // in-process copy (up to 50 MB by default) made the server's heap climb for the first ~60,000
  // requests of the load test; without it the heap stays flat at the same throughput
  // (docs/BENCHMARKS.md, "Last und Speicher").
  cacheMaxMemorySize: 0,
  // One moment for the publish rule in every worker of this build (see lib/content/catalog.ts).
  env: { BUILD_NOW: process.env.BUILD_NOW ?? new Date().toISOString() },
  images: { unoptimized: true },
  // `next build` type-checks only what it builds; `npm run typecheck` (tsc) checks everything, tests and scripts too.
  // Within `npm test` (TYPES_CHECKED=1, set by its script) tsc has just checked every file: the build skips its repeat.
  typescript: { tsconfigPath: 'tsconfig.build.json', ignoreBuildErrors: process.env.TYPES_CHECKED === '1' },
  // NEXT_DIST_DIR lets the end-to-end tests keep a second server build (of fixture content) beside .next/.
  // Not for the export: with `output: 'export'` a custom distDir names the export's destination instead of
  // out/ (the intermediate build goes to .next/ regardless; scripts/build-export.mjs keeps the server build
  // there out of its way). scripts/build-export.mjs sets EXPORT_DIR to a staging folder (`.out-building`)
  // and moves it into out/ only when the build succeeded.
  ...(staticExport
    ? { output: 'export', ...(process.env.EXPORT_DIR && { distDir: process.env.EXPORT_DIR }) }
    : { distDir: process.env.NEXT_DIST_DIR || '.next' }),
  // Security and cache headers (lib/http-headers/); a static export gets the same from public/_headers.
  ...(staticExport
    ? {}
    : { headers: async () => nextHeaderRules({ development: process.env.NODE_ENV === 'development' }) }),
};

export default config;
