#!/usr/bin/env node
/**
 * `npm start`: builds the web app when its sources are newer than packages/web/dist, then runs the
 * server, which serves the built app and the API on one port.
 * `npm run dev` (`--dev`): the server and the Vite dev server (hot reload, /api proxied to the server).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'packages', 'web');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const dev = process.argv.includes('--dev');

/** The newest modification time of a file or of anything below a folder. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function webIsStale() {
  const built = join(web, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) =>
    newest(join(web, p)),
  );
  return Math.max(...sources) > statSync(built).mtimeMs;
}

/** Runs a child with inherited output; resolves with its exit code. */
function run(cmd, args, options = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { stdio: 'inherit', cwd: root, ...options });
    child.on('error', (err) => {
      console.error(`${cmd}: ${err.message}`);
      resolveRun(1);
    });
    child.on('exit', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}

/** Starts long-running children, forwards SIGINT/SIGTERM to them, and exits when the first one ends. */
function supervise(children) {
  let stopping = false;
  const stopAll = (signal) => {
    stopping = true;
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));
  let remaining = children.length;
  let firstCode = null;
  for (const c of children) {
    c.on('exit', (code, signal) => {
      if (firstCode === null) firstCode = code ?? (signal && !stopping ? 1 : 0);
      if (!stopping) stopAll('SIGTERM');
      if (--remaining === 0) process.exit(firstCode ?? 0);
    });
  }
}

const serverArgs = [join(root, 'packages', 'server', 'src', 'main.ts')];

if (dev) {
  const port = process.env.PORT ?? '3000';
  console.log(`开发模式 / dev mode: web http://localhost:5173 (API proxied to :${port})`);
  supervise([
    spawn(bin('tsx'), ['watch', ...serverArgs], { stdio: 'inherit', cwd: root }),
    spawn(bin('vite'), [], {
      stdio: 'inherit',
      cwd: web,
      env: { ...process.env, GONGHUI_API: `http://localhost:${port}` },
    }),
  ]);
} else {
  if (webIsStale()) {
    console.log('正在构建网页端… / Building the web app…');
    const code = await run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: web });
    if (code !== 0) {
      console.error('网页端构建失败 / The web app failed to build');
      process.exit(code);
    }
  }
  supervise([spawn(bin('tsx'), serverArgs, { stdio: 'inherit', cwd: root })]);
}
