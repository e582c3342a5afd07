import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    '.next/**',
    '.next-fixture/**',
    '.next-generated/**',
    '.next-kept-during-export/**',
    '.next-bench/**',
    'bench/floor-app/.next/**',
    'bench/floor-app/next-env.d.ts',
    '.content-generated/**',
    '.content-hostile/**',
    'out/**',
    '.out-fixture/**',
    '.out-hostile/**',
    '.out-bench/**',
    '.out*-building/**',
    '.out*-previous/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
