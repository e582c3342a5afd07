import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Reading and rendering the real content takes well under a second on a quiet machine, but several
    // seconds on a busy shared one (CI, parallel builds): fail on a hang, not on a loaded machine.
    testTimeout: 30_000,
    // One module registry per worker instead of one per file: the files share the loaded content and the
    // Markdown pipeline instead of importing and rendering them anew each time (unit tests 53 s → 17 s on a quiet 2-core machine).
    // A file that needs fresh module state (memo.test.ts) resets it itself.
    isolate: false,
  },
});
