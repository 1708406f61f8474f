/**
 * The auditors' reconciliation on the demo (issue 41, ADR 73): every count the statistics pages read, recounted
 * from the rows it counts, agrees with what is kept — for the whole platform and for one district.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDb, demoClock } from '../../test/demo-db.ts';
import { createTestContext } from '../../test/factories.ts';
import type { Db } from '../db/db.ts';
import { parseCommand, runCommand } from './commands.ts';
import type { CliContext } from './context.ts';

let db: Db;
let cli: CliContext;
let out: string[];
let err: string[];

beforeAll(async () => {
  db = await createDemoDb(200);
  const ctx = createTestContext(db, { clock: demoClock(200) });
  cli = { db, services: ctx.services, out: (l) => out.push(l), err: (l) => err.push(l) };
}, 300_000);
afterAll(async () => db?.close());

const run = (...argv: string[]) => {
  out = [];
  err = [];
  return runCommand(cli, parseCommand(argv));
};

describe('reconcile on the demo', () => {
  it('finds no difference in any union', async () => {
    const code = await run('reconcile');
    expect(out.slice(0, -1)).toEqual([]);
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/差异 0 处\n.* 0 differences$/);
  }, 120_000);

  it('finds none under one district named on the command line, as of a past day', async () => {
    expect(await run('reconcile', '--union', '顺义区总工会', '--as-of', '2021-12-31')).toBe(0);
    expect(out.at(-1)).toMatch(/^核对 顺义区总工会（ID \d+），截至 2021-12-31：/);
  }, 120_000);
});
