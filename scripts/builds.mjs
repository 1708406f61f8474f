/**
 * The builds `npm start`, `npm run cli` and `npm run build` need: the server (packages/server/dist, esbuild) and the
 * web app (packages/web/dist, Vite). A build is stale when a source is newer than it. Without the dev dependencies
 * (`npm ci --omit=dev`) nothing can be built: an existing build is used, a missing one is named with the command that
 * makes it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'packages', 'web');
export const server = join(root, 'packages', 'server');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** The newest modification time of a file or of anything below a folder. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** Whether `built` is missing or older than any of `sources`. */
function isStale(built, sources) {
  if (!existsSync(built)) return true;
  return Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
}

const BUILDS = [
  {
    name: 'web',
    zh: '网页端',
    en: 'the web app',
    built: join(web, 'dist', 'index.html'),
    sources: ['src', 'public', 'index.html', 'vite.config.ts', 'precompress.ts', 'package.json'].map((p) =>
      join(web, p),
    ),
    tool: bin('vite'),
    build: () => run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: web }),
  },
  {
    name: 'server',
    zh: '服务器',
    en: 'the server',
    built: join(server, 'dist', 'main.js'),
    sources: [
      join(server, 'src'),
      join(server, 'package.json'),
      join(root, 'package-lock.json'),
      join(root, 'scripts', 'build-server.mjs'),
    ],
    tool: join(root, 'node_modules', 'esbuild'),
    build: () => run(process.execPath, [join(root, 'scripts', 'build-server.mjs')]),
  },
];

/**
 * Builds what is stale (everything with `force`), output on stderr when `quiet` is asked for the command line tool's
 * sake; without the build tools, uses what is built or exits naming the command that builds it. With
 * `exitOnFailure: false` a failure is returned (false) instead of ending the process.
 */
export async function ensureBuilt({ names = ['server', 'web'], force = false, exitOnFailure = true } = {}) {
  const fail = (code) => {
    if (exitOnFailure) process.exit(code);
    return false;
  };
  for (const b of BUILDS.filter((x) => names.includes(x.name))) {
    if (!force && !isStale(b.built, b.sources)) continue;
    // one build at a time (test files of one run may ask together); one that waited finds it built
    const release = await buildLock(b.name);
    let code = 0;
    try {
      if (!force && !isStale(b.built, b.sources)) continue;
      code = await build(b);
    } finally {
      release();
    }
    // after the release: a failure may end the process, which runs no `finally`, and a lock left behind holds every
    // other build (the journeys', a test's) for ten minutes
    if (code !== 0) return fail(code);
  }
  return true;
}

/** Builds one of BUILDS; answers 0, or the exit code of a build that cannot be made (the reason said). */
async function build(b) {
  if (!existsSync(b.tool)) {
    if (existsSync(b.built)) {
      console.warn(
        `注意：${b.zh}的源代码比构建新，但未安装开发依赖，无法重新构建，使用现有构建。 / ` +
          `Note: ${b.en}'s sources are newer than its build, but the dev dependencies are not installed: using the existing build.`,
      );
      return 0;
    }
    console.error(
      `缺少${b.zh}的构建（${b.built}），且未安装开发依赖，无法构建。\n` +
        '请在安装了开发依赖的副本中运行 npm ci && npm run build，再运行 npm ci --omit=dev && npm start。\n' +
        `Not built: ${b.en} (${b.built}), and the dev dependencies that build it are not installed.\n` +
        'Run npm ci && npm run build first (with the dev dependencies), then npm ci --omit=dev && npm start.',
    );
    return 1;
  }
  console.error(`正在构建${b.zh}… / Building ${b.en}…`);
  const code = await b.build();
  if (code !== 0) console.error(`${b.zh}构建失败 / building ${b.en} failed`);
  return code;
}

/**
 * Holds the lock of build `name` (a directory made only once at a time) until the answered release is called. A
 * lock older than ten minutes was left by a build that died, and is taken over.
 */
async function buildLock(name) {
  const lock = join(root, 'node_modules', '.cache', `gonghui-build-${name}.lock`);
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 600_000)
        rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/**
 * Makes the demo snapshot beside the built server (packages/server/dist/demo-snapshot), which a first `npm start`
 * copies into a new data directory instead of loading the demo (ADR 0068), unless the one there fits this build and
 * today. The built server does it (`--demo-snapshot`): it owns the demo and the checks. Resolves with the exit code.
 */
export function ensureDemoSnapshot() {
  const env = { ...process.env };
  for (const k of ['DATABASE_URL', 'DATA_DIR', 'GONGHUI_ID_KEY', 'GONGHUI_DEMO', 'NODE_ENV']) delete env[k];
  return run(process.execPath, [join(server, 'dist', 'main.js'), '--demo-snapshot'], { env });
}

/** Runs a child, its output on our stderr (stdout stays the command line tool's); resolves with its exit code. */
function run(cmd, args, options = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 2, 2], cwd: root, ...options });
    child.on('error', (err) => {
      console.error(`${cmd}: ${err.message}`);
      resolveRun(1);
    });
    child.on('exit', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}
