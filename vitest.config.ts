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
  },
});
