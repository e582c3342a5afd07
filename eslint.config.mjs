import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // Links within the site go through components/SiteLink.tsx, the one place that decides on prefetching.
    // The search page and its client component keep next/link until the search rework of issue 16 is merged.
    files: ['app/**', 'components/**'],
    ignores: ['components/SiteLink.tsx', 'components/SiteSearch.tsx', 'app/suche/page.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next/link',
              message: 'Links innerhalb der Website über SiteLink aus components/SiteLink.tsx (ohne Prefetch).',
            },
          ],
        },
      ],
    },
  },
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
