#!/usr/bin/env node
/**
 * `npm run cli -- <command>`: builds the server when its sources are newer than packages/server/dist (scripts/builds.mjs),
 * then runs the built command line tool with plain node, in this process.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, server } from './builds.mjs';

await ensureBuilt({ names: ['server'] });
const cli = join(server, 'dist', 'cli.js');
process.argv = [process.argv[0], cli, ...process.argv.slice(2)];
await import(pathToFileURL(cli).href);
