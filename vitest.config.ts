import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      name: 'gonghui:globs-not-cached',
      // A module that lists files by `import.meta.glob` (a page folder's lists.ts, routes, dictionaries) is transformed
      // afresh on every run: the module cache keys a module by its own text, which a new file the glob finds does
      // not change, so a new page folder's declarations would be missed until the cache was cleared.
      configureVitest({ experimental_defineCacheKeyGenerator }) {
        experimental_defineCacheKeyGenerator(({ sourceCode }) =>
          sourceCode.includes('import.meta.glob') ? false : undefined,
        );
      },
    },
  ],
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
    // Transformed modules kept on disk (node_modules/.experimental-vitest-cache, keyed by each file's content and the
    // configuration): the PostgreSQL pass of `npm test` reuses what the PGlite pass transformed, and a rerun what the
    // last run did. `npx vitest --clearCache` empties it.
    experimental: { fsModuleCache: true },
  },
});
