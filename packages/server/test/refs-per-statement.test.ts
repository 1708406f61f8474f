/**
 * References checked per statement in place of foreign keys (ADR 95: org migration 007 defines the functions;
 * cases 008, hardship 005, selections 008, wellness 006, programs 030, innovation 018–019, modelworkers 004 and
 * records 007, agreements 006 use them) refuse what a key refuses, with its SQLSTATE (23503): a many-row insert
 * whose one row names a parent not on record, in a single or a composite key (a key with an empty column not
 * checked, as MATCH SIMPLE); a row naming another row of the same statement is taken; an update changing a
 * reference to a missing parent; a parent deleted or renumbered while named. A statement naming parents its own
 * transaction wrote beside committed ones is taken, the committed ones locked and its own not (org migration 009),
 * and a missing parent among them refused with the key's message and detail. And every register table that lost a
 * key has its triggers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import { createTestDb } from './test-db.ts';

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
  for (const statement of [
    `create table refs_t_parent (id bigint primary key, org bigint not null, unique (id, org))`,
    `create table refs_t_child (id bigint primary key, parent_id bigint, org bigint, next_id bigint)`,
    `create trigger refs_t_child_refs after insert on refs_t_child referencing new table as refs_new
        for each statement execute function refs_checked_per_statement(
          'parent_id', 'refs_t_parent', 'id', 'pair=parent_id,org', 'refs_t_parent', 'id,org',
          'next_id', 'refs_t_child', 'id')`,
    `create trigger refs_t_child_refs_changed before update of parent_id, org, next_id on refs_t_child
        for each row execute function refs_checked_per_row(
          'parent_id', 'refs_t_parent', 'id', 'pair=parent_id,org', 'refs_t_parent', 'id,org',
          'next_id', 'refs_t_child', 'id')`,
    `create trigger refs_t_parent_kept before delete or update of id, org on refs_t_parent
        for each row execute function refs_kept('id,org', 'refs_t_child', 'pair=parent_id,org')`,
    `insert into refs_t_parent values (1, 10), (2, 20), (3, 30)`,
  ])
    await db.query(statement);
});
afterAll(() => db?.close());

const refused = async (p: Promise<unknown>, key: string) => {
  const e = (await p.then(
    () => null,
    (err: unknown) => err,
  )) as { code?: string; message?: string } | null;
  expect(e, key).not.toBeNull();
  expect(e?.code).toBe('23503');
  expect(e?.message).toContain(key);
};
const children = async () =>
  (await db.query<{ n: number }>('select count(*)::int as n from refs_t_child')).rows[0].n;

describe('references checked per statement', () => {
  it('takes valid rows, empty keys and a row naming another of the same statement', async () => {
    await db.query(`insert into refs_t_child values (1, 1, 10, 2), (2, 2, 20, null), (3, null, 99, null),
                    (4, 3, null, 1)`);
    expect(await children()).toBe(4);
  });

  it('refuses the whole statement when its last row names a missing parent, single or composite', async () => {
    const before = await children();
    await refused(
      db.query('insert into refs_t_child values (10, 1, 10, null), (11, 9, null, null)'),
      'parent_id',
    );
    await refused(
      db.query('insert into refs_t_child values (10, 1, 10, null), (11, 1, 20, null)'),
      'refs_t_child_pair_fkey',
    );
    await refused(db.query('insert into refs_t_child values (10, 1, 10, null), (11, 1, 10, 999)'), 'next_id');
    expect(await children()).toBe(before);
  });

  it('takes parents the same transaction wrote beside committed ones, and refuses a missing one among them', async () => {
    const before = await children();
    await db.tx(async (sql) => {
      await sql.query('insert into refs_t_parent values (100, 1000), (101, 1010)');
      await sql.query(`insert into refs_t_child values (100, 100, 1000, null), (101, 101, null, 100),
                       (102, 1, 10, 101)`);
    });
    expect(await children()).toBe(before + 3);
    const e = (await db
      .tx(async (sql) => {
        await sql.query('insert into refs_t_parent values (110, 1100)');
        await sql.query(
          'insert into refs_t_child values (110, 110, 1100, null), (111, 1, 10, null), (112, 119, null, 110)',
        );
      })
      .then(
        () => null,
        (err: unknown) => err,
      )) as { code?: string; message?: string; detail?: string } | null;
    expect(e?.code).toBe('23503');
    expect(e?.message).toBe(
      'insert or update on table "refs_t_child" violates foreign key constraint "refs_t_child_parent_id_fkey"',
    );
    expect(e?.detail).toBe('Key (parent_id)=(119) is not present in table "refs_t_parent".');
    expect(await children()).toBe(before + 3);
  });

  it('locks a parent another transaction committed, as a key does, and not one this transaction wrote', async () => {
    const locked = await db.tx(async (sql) => {
      await sql.query('insert into refs_t_parent values (120, 1200)');
      await sql.query('insert into refs_t_child values (120, 120, 1200, null), (121, 2, 20, null)');
      const { rows } = await sql.query<{ id: string; mine: boolean }>(
        `select id::text, xmax::text = pg_current_xact_id()::xid::text as mine from refs_t_parent
          where id in (2, 120) order by refs_t_parent.id`,
      );
      return rows.map((r) => [r.id, r.mine]);
    });
    expect(locked).toEqual([
      ['2', true],
      ['120', false],
    ]);
  });

  it('checks an update that changes a reference, and only the reference', async () => {
    await refused(db.query('update refs_t_child set org = 30 where id = 1'), 'refs_t_child_pair_fkey');
    await refused(db.query('update refs_t_child set next_id = 999 where id = 2'), 'next_id');
    await db.query('update refs_t_child set parent_id = 3, org = 30 where id = 1');
  });

  it('refuses deleting or renumbering a parent still named; takes it once nothing names it', async () => {
    await refused(db.query('delete from refs_t_parent where id = 3'), 'refs_t_child_pair_fkey');
    await refused(db.query('update refs_t_parent set org = 31 where id = 3'), 'refs_t_child_pair_fkey');
    await db.query('update refs_t_parent set id = 3 where id = 3');
    await db.query('update refs_t_child set parent_id = null where parent_id = 3');
    await db.query('delete from refs_t_parent where id = 3');
  });

  it('guards every register table that lost its keys', async () => {
    const { rows } = await db.query<{ table: string; trigger: string }>(
      `select c.relname as table, t.tgname as trigger from pg_trigger t join pg_class c on c.oid = t.tgrelid
        where t.tgname like '%\\_refs' or t.tgname like '%\\_refs\\_changed' order by 1, 2`,
    );
    const guarded = new Set(rows.map((r) => `${r.table}:${r.trigger}`));
    for (const table of [
      'cases',
      'case_events',
      'hardship_files',
      'hardship_members',
      'hardship_events',
      'selection_nominations',
      'wellness_allocations',
      'wellness_nominations',
      'applications',
      'application_events',
      'innovation_achievements',
      'innovation_achievement_team',
      'modelworkers',
      'modelworker_honours',
      'records',
      'agreements',
      'agreement_enterprises',
      'agreement_coverage',
    ]) {
      expect(guarded.has(`${table}:${table}_refs`), table).toBe(true);
      expect(guarded.has(`${table}:${table}_refs_changed`), table).toBe(true);
    }
    const { rows: keys } = await db.query<{ name: string }>(
      `select conname as name from pg_constraint where contype = 'f' and conrelid = any(array[
         'case_events', 'hardship_members', 'hardship_events', 'selection_nominations', 'wellness_allocations',
         'wellness_nominations', 'innovation_achievement_team', 'modelworkers',
         'modelworker_honours', 'records', 'agreements', 'agreement_enterprises',
         'agreement_coverage']::regclass[])`,
    );
    expect(keys.map((k) => k.name)).toEqual([]);
  });
});
