#!/usr/bin/env node
/**
 * Builds the server into packages/server/dist with esbuild: `main.js` (the server) and `cli.js` (the command line
 * tool), each one ES module bundling our own code; packages from node_modules stay imports (they are the server's
 * `dependencies`). The SQL migrations are copied beside the bundle, to `dist/modules/<module>/migrations/`, and each
 * module's `new URL('./migrations/', import.meta.url)` is pointed there, so `src/modules/<module>/migrations/` stays
 * the one source of truth. Beside them goes the empty PGlite cluster new embedded databases start from. The demo
 * snapshot made after a build (`dist/demo-snapshot`, ADR 0068) is kept: it names the build it fits, and the
 * server uses it only for that build.
 *
 *   node scripts/build-server.mjs            # build
 *   node scripts/build-server.mjs --quiet    # only errors
 *   node scripts/build-server.mjs --out DIR  # build into DIR (tests; inside the repository, so that the
 *                                            # bundle finds node_modules)
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const server = join(root, 'packages', 'server');
const src = join(server, 'src');
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? resolve(process.argv[outAt + 1]) : join(server, 'dist');
const quiet = process.argv.includes('--quiet');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.error(
    '构建服务器需要开发依赖（esbuild）：请先运行 npm ci（不带 --omit=dev）。\n' +
      'Building the server needs the dev dependencies (esbuild): run npm ci (without --omit=dev) first.',
  );
  process.exit(1);
}

const MIGRATIONS_URL = "new URL('./migrations/', import.meta.url)";

/** A module's index.ts names its migrations relative to itself; in the bundle they sit under dist/modules/<m>/. */
const migrationsPlugin = {
  name: 'gonghui-migrations',
  setup(build) {
    build.onLoad({ filter: /[\\/]modules[\\/][^\\/]+[\\/]index\.ts$/ }, (args) => {
      const module = args.path.split(/[\\/]/).at(-2);
      const text = readFileSync(args.path, 'utf8');
      const hasMigrations = existsSync(join(dirname(args.path), 'migrations'));
      if (hasMigrations && !text.includes(MIGRATIONS_URL)) {
        return {
          errors: [
            { text: `modules/${module} has migrations/ but its index.ts does not say ${MIGRATIONS_URL}` },
          ],
        };
      }
      return {
        contents: text.replaceAll(
          MIGRATIONS_URL,
          `new URL('./modules/${module}/migrations/', import.meta.url)`,
        ),
        loader: 'ts',
      };
    });
  },
};

const started = Date.now();
mkdirSync(out, { recursive: true });
for (const entry of readdirSync(out)) {
  if (entry !== 'demo-snapshot') rmSync(join(out, entry), { recursive: true, force: true });
}
const result = await esbuild.build({
  // sheet-worker: the thread that reads .xls and .ods files (shared/sheet-reader.ts finds it beside main.js)
  entryPoints: {
    main: join(src, 'main.ts'),
    cli: join(src, 'cli', 'main.ts'),
    'sheet-worker': join(src, 'shared', 'sheet-worker.ts'),
  },
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
  plugins: [migrationsPlugin],
});
if (result.errors.length) process.exit(1);

let files = 0;
for (const module of readdirSync(join(src, 'modules'))) {
  const from = join(src, 'modules', module, 'migrations');
  if (!existsSync(from)) continue;
  const to = join(out, 'modules', module, 'migrations');
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true, filter: (f) => !f.includes('.test.') });
  files += readdirSync(to).length;
}
// The empty PGlite cluster a new embedded database starts from (packages/server/src/db/db.ts, emptyCluster): made
// once per PGlite version, kept in the OS temporary folder between builds.
const pgliteVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8'),
).version;
// WAL in 1 MB segments (ADR 134): the name and the settings are db.ts's emptyClusterName and makeEmptyCluster.
const clusterName = `pglite-${pgliteVersion}-wal1m-empty.tar.gz`;
const cachedCluster = join(tmpdir(), `gonghui-${clusterName}`);
if (!existsSync(cachedCluster)) {
  if (!quiet) console.log('正在生成空数据库模板… / Making the empty database template…');
  const { PGlite } = await import('@electric-sql/pglite');
  const lite = await PGlite.create({ initDbStartParams: ['--wal-segsize=1'] });
  const blob = await lite.dumpDataDir('gzip');
  await lite.close();
  const partial = `${cachedCluster}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
  renameSync(partial, cachedCluster);
}
copyFileSync(cachedCluster, join(out, clusterName));

// The bundle is an ES module wherever it is copied.
writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
if (!quiet) {
  const kb = Object.entries(result.metafile.outputs)
    .filter(([f]) => f.endsWith('.js'))
    .map(([f, o]) => `${f.split('/').at(-1)} ${(o.bytes / 1024).toFixed(0)} kB`);
  console.log(
    `服务器已构建 / server built: ${kb.join(', ')}, ${files} migration files → ${relative(root, out)} (${Date.now() - started} ms)`,
  );
}
