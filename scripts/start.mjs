#!/usr/bin/env node
/**
 * `npm start`: builds the server (packages/server/dist, esbuild) and the web app (packages/web/dist, Vite) when their
 * sources are newer than the build, then runs the built server with plain node, in this process. The server serves
 * the built app and the API on one port. Without the dev dependencies (`npm ci --omit=dev`) nothing is built: the
 * builds made by `npm run build` are used, and a missing one is named with the command that makes it.
 * `npm run dev` (`--dev`): the server from its sources (tsx watch) and the Vite dev server (hot reload, /api proxied).
 * `node scripts/start.mjs --build`: only the builds (`npm run build`), whether stale or not.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, root, server } from './builds.mjs';

const web = join(root, 'packages', 'web');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const dev = process.argv.includes('--dev');
const buildOnly = process.argv.includes('--build');

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

if (dev) {
  const port = process.env.PORT ?? '3000';
  console.log(`开发模式 / dev mode: web http://localhost:5173 (API proxied to :${port})`);
  supervise([
    spawn(bin('tsx'), ['watch', join(server, 'src', 'main.ts')], { stdio: 'inherit', cwd: root }),
    spawn(bin('vite'), [], {
      stdio: 'inherit',
      cwd: web,
      env: { ...process.env, GONGHUI_API: `http://localhost:${port}` },
    }),
  ]);
} else {
  await ensureBuilt({ force: buildOnly });
  // The server runs in this process: no loader, no wrapper process holding memory or relaying signals.
  if (!buildOnly) await import(pathToFileURL(join(server, 'dist', 'main.js')).href);
}
