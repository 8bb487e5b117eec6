import { defineConfig } from 'vitest/config';

/**
 * Three projects, run by scripts/test-all.mjs in this order:
 * - unit: pure code, no database (kernel, rules, contracts);
 * - db: integration tests (`*.db.test.ts`), each file on a fresh database cloned from a migrated,
 *   seeded template; IZA_TEST_ENGINE=pglite (default) or postgres picks the engine;
 * - browser: Chromium through playwright-core against the built web app.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts', 'test/integration/**/*.db.test.ts'],
          globalSetup: ['test/support/db-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each file gets its own database; two at a time suits a 2-core machine.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A page on a loaded 2-core CI machine can take seconds to settle; vitest's default is 1 s.
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
    ],
  },
});
