import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/test-db.ts';
import type { Db } from './db.ts';
import { addRow, insertOnce, insertRow, insertRowUnlessTaken } from './insert.ts';

/** The single-row inserts: each column given the value of its camelCase key, in the order the columns are written. */
let db: Db;

beforeAll(async () => {
  db = await createTestDb();
  await db.query(`create table if not exists insert_probe (
    id serial primary key, org_id int not null, day_2 text, note text, unique (org_id, note))`);
});
afterAll(async () => {
  await db.query('drop table if exists insert_probe');
  await db.close();
});

const rows = async () =>
  (await db.query('select id, org_id, day_2, note from insert_probe order by id')).rows.map((r) => ({
    ...r,
  }));

describe('one row inserted by its columns', () => {
  it('insertRow and addRow write each value under its column; insertRow answers the id', async () => {
    const id = await insertRow(db, 'insert_probe', 'org_id, day_2, note', {
      orgId: 7,
      day2: 'd',
      note: '甲',
    });
    await addRow(db, 'insert_probe', 'note, org_id', { note: '乙', orgId: 8 });
    expect(await rows()).toEqual([
      { id, org_id: 7, day_2: 'd', note: '甲' },
      { id: id + 1, org_id: 8, day_2: null, note: '乙' },
    ]);
  });

  it('insertRowUnlessTaken answers undefined and insertOnce false where the row is taken, writing nothing', async () => {
    const before = await rows();
    expect(
      await insertRowUnlessTaken(
        db,
        'insert_probe',
        'org_id, note',
        { orgId: 7, note: '甲' },
        '(org_id, note)',
      ),
    ).toBe(undefined);
    expect(await insertOnce(db, 'insert_probe', 'org_id, note', { orgId: 8, note: '乙' })).toBe(false);
    expect(await rows()).toEqual(before);
    expect(await insertOnce(db, 'insert_probe', 'org_id, note', { orgId: 9, note: '丙' })).toBe(true);
    expect(
      typeof (await insertRowUnlessTaken(
        db,
        'insert_probe',
        'org_id, note',
        { orgId: 9, note: '丁' },
        '(org_id, note)',
      )),
    ).toBe('number');
    expect((await rows()).length).toBe(before.length + 2);
  });
});
