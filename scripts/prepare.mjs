#!/usr/bin/env node
/**
 * npm's `prepare`, run by `npm install` and `npm ci` of the project: builds what is stale (the server and the web
 * app, as `npm start` would) and makes the demo snapshot beside the built server, so that the first `npm start`
 * copies the demo into its new data directory in seconds instead of loading it (ADR 0068). It never fails the
 * install: whatever it could not do, `npm start` does as before (builds, loads the demo). Nothing is done without
 * the dev dependencies (`npm ci --omit=dev`: the builds come from elsewhere), and no snapshot is made where the
 * demo is not wanted (`NODE_ENV=production`, `GONGHUI_DEMO=0`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, ensureDemoSnapshot, root } from './builds.mjs';

const later = (what) =>
  console.error(
    `注意：${what.zh}未完成，npm start 时再做。 / Note: ${what.en} not done; npm start will do it.`,
  );

if (!existsSync(join(root, 'node_modules', 'esbuild'))) {
  console.error('未安装开发依赖，跳过构建。 / The dev dependencies are not installed: nothing built.');
} else if (!(await ensureBuilt({ exitOnFailure: false }))) {
  later({ zh: '构建', en: 'building' });
} else if (process.env.NODE_ENV !== 'production' && process.env.GONGHUI_DEMO !== '0') {
  if ((await ensureDemoSnapshot()) !== 0) later({ zh: '演示数据快照', en: 'the demo snapshot' });
}
