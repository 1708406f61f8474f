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
    // Several files load the whole demo (every module's seed figures) before their tests: minutes on a busy 2-core machine.
    hookTimeout: 300_000,
    globalSetup: ['packages/server/test/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
  },
});
