import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/server/src/**/*.test.ts',
      'packages/server/test/**/*.test.ts',
      'packages/web/src/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', 'packages/server/test/browser/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
