import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: real Chromium, Lighthouse and servers on a 2-core machine that may be busy with
    // other work; a test that hangs still fails, only later. Durations are never asserted.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Real Chromium, Lighthouse and servers: two workers on a 2-core machine.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results.json' },
  },
});
