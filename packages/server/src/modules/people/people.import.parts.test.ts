/**
 * On the embedded database a large member import merges in parts (ADR 70): PGlite has one connection, and one
 * long transaction would keep every other request waiting. Others are answered between the parts, every part is
 * checked before the first is written, and a fault after a part was written says so. These run on PGlite in both test passes: the parts exist only there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createImportFixture,
  type ImportFixture,
  idNo,
  newMembersSheet,
  TODAY,
} from '../../../test/member-import.ts';
import { openPglite } from '../../db/db.ts';
import { migrateAll } from '../../db/schema.ts';
import { createMerger } from './people.import.merger.ts';
import { mergeImport, type ScopedActor, validateAndStage } from './people.import.steps.ts';

let f: ImportFixture;
let actor: ScopedActor;
const UNION = '杨镇汇丰包装公司工会';
const ROWS = 12;
const PART = 4;
const sheet = (first: number) =>
  newMembersSheet({ count: ROWS, first, year: 1991, union: UNION, name: (i) => `会员${i}` });
const input = (first: number) => ({
  fileName: 'm.xlsx',
  buffer: sheet(first),
  mode: 'all_or_nothing' as const,
});

beforeAll(async () => {
  const db = await openPglite();
  await migrateAll(db);
  f = await createImportFixture(db);
  actor = { ...f.ctx.actor('staff', f.orgs.yangzhen), scopePath: f.orgs.yangzhen.path };
});

afterAll(async () => {
  await f.db.close();
});

/** Validates and stages a sheet, then returns what merges it, in parts of PART rows. */
async function staged(first: number) {
  const handle = await f.ctx.services.jobs.start(actor, 'import.members', {});
  const merger = createMerger(
    f.db,
    handle.id,
    { actor, transferNote: 'transferred', dryRun: false, today: TODAY },
    { eager: false, parts: { rows: PART } },
  );
  const deps = { db: f.db, ids: f.ctx.services.ids };
  const result = await validateAndStage(deps, handle, actor, input(first), null, merger, { today: TODAY });
  if (!result) throw new Error('nothing staged');
  return {
    handle,
    merge: () => mergeImport(handle, actor, input(first), merger, result.refused, ROWS),
  };
}

describe('member import on the embedded database: the merge in parts', () => {
  it('answers others’ reads and writes between the parts', async () => {
    const before = await f.counts();
    const { handle, merge } = await staged(100);
    const order: string[] = [];
    // once the import's first part is committed, a clerk reads and another writes
    const db = f.db;
    const tx = db.tx.bind(db);
    let others: Promise<unknown> | null = null;
    db.tx = async (fn) => {
      const done = await tx(fn);
      others ??= Promise.all([
        db.query('select count(*) from persons').then(() => order.push('read')),
        tx((sql) => sql.query('update orgs set name = name where id = $1', [f.orgs.firmB.id])).then(() =>
          order.push('write'),
        ),
      ]);
      return done;
    };
    try {
      await merge();
      order.push('import');
      await others;
    } finally {
      db.tx = tx;
    }
    expect(order).toEqual(['read', 'write', 'import']);
    expect(await f.counts()).toEqual({
      ...before,
      persons: before.persons + ROWS,
      memberships: before.memberships + ROWS,
    });
    expect(await f.ctx.services.jobs.get(actor, handle.id)).toMatchObject({
      status: 'succeeded',
      result: { imported: ROWS, created: ROWS },
    });
  });

  it('checks every part before writing the first: a number registered meanwhile in the last part writes nothing', async () => {
    const { merge } = await staged(200);
    await f.ctx.newPerson(f.orgs.lisui, { idNumber: idNo(200 + ROWS - 1, 1991) });
    const before = await f.counts();
    await expect(merge()).rejects.toMatchObject({ code: 'IMPORT_STALE' });
    expect((await f.counts()).persons).toBe(before.persons);
    expect(await f.personByIdNumber(idNo(200, 1991))).toBeUndefined();
  });

  it('a fault after a part was written says which rows went in; the same file again completes it', async () => {
    // rows 2 to 13; the parts are rows 2–4, 5–8, 9–12 and 13; row 10's membership fails, so rows 2–8 are written
    await f.db.query(`create function fail_one_membership() returns trigger language plpgsql as $$
      begin
        if (select name from persons where id = new.person_id) = '会员8' then raise exception 'disk full'; end if;
        return new;
      end $$`);
    await f.db.query(`create trigger fail_one_membership before insert on memberships
      for each row execute function fail_one_membership()`);
    const before = await f.counts();
    try {
      const { merge } = await staged(300);
      await expect(merge()).rejects.toMatchObject({ code: 'IMPORT_INTERRUPTED', details: { rowNo: 8 } });
      expect((await f.counts()).persons).toBe(before.persons + 7);
    } finally {
      await f.db.query('drop trigger fail_one_membership on memberships');
      await f.db.query('drop function fail_one_membership()');
    }
    const again = await f.runImport(actor, sheet(300));
    expect(again.job).toMatchObject({ status: 'succeeded', result: { imported: ROWS, created: ROWS - 7 } });
    expect((await f.counts()).persons).toBe(before.persons + ROWS);
  });
});
