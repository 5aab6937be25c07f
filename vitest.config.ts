// One test run for the whole workspace: unit tests beside the code, cross-package tests in test/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests exercise the library's source; test/consumer checks the packed build separately.
    alias: [
      { find: /^@knet\/core\/node$/, replacement: fileURLToPath(new URL('./packages/core/src/node.ts', import.meta.url)) },
      { find: /^@knet\/core$/, replacement: fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'data/**/*.test.ts', 'bench/test/**/*.test.mjs'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    // The JSON report is what .ci/run reads to print "N passed, N failed".
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results.json' },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
