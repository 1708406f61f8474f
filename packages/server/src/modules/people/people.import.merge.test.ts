/**
 * The merge at the end of a member import, on a sheet that both adds members and changes existing ones:
 * persons and memberships built set-based (the memberships from the persons just inserted), each placed in
 * its federation, and the maintained member counts equal to a recount.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ImportFixture,
  idNo,
  importFixtureForFile,
  memberRow,
  memberSheet,
  TODAY,
} from '../../../test/member-import.ts';
import type { OrgRow } from '../org/index.ts';

const f = importFixtureForFile();
let orgs: ImportFixture['orgs'];

beforeAll(async () => {
  orgs = f.orgs;
});

const FIRM_A = '杨镇汇丰包装公司工会';
const LISUI = '李遂建材公司工会';
const row = (name: string, idNumber: string, union: string, phone = '', joinedOn = '2020-03-15') =>
  memberRow({ name, idNumber, phone, union, joinedOn });

async function membershipsOf(personId: number) {
  const { rows } = await f.db.query<{
    orgId: number;
    status: string;
    joinedOn: string;
    federationId: number;
  }>(
    `select org_id as "orgId", status, joined_on as "joinedOn", federation_id as "federationId"
       from memberships where person_id = $1 order by id`,
    [personId],
  );
  return rows;
}

describe('member import: the merge of new and existing members', () => {
  it('adds the new members, updates and transfers the existing ones, and keeps the member counts', async () => {
    const { ctx } = f;
    const stays = await ctx.newPerson(orgs.firmA, {
      name: '周一',
      idNumber: idNo(501),
      phone: '13900000501',
    });
    const moves = await ctx.newPerson(orgs.firmB, { name: '吴二', idNumber: idNo(502) });
    const before = await f.counts();
    const added = [
      row('郑三', idNo(511), FIRM_A, '13900000511', '2019-05-01'),
      row('王四', idNo(512), LISUI, '', '2018-01-02'),
      row('冯五', idNo(513), FIRM_A),
      row('陈六', idNo(514), LISUI, '13900000514'),
      row('褚七', idNo(515), FIRM_A, '', '2024-12-31'),
    ];
    const sheet = memberSheet([
      added[0],
      row('周一', idNo(501), FIRM_A, '13900000599'), // same union, new phone: updated
      added[1],
      added[2],
      row('吴二', idNo(502), LISUI), // another union of the subtree: transferred
      added[3],
      added[4],
    ]);
    // batches of two rows: the staging of one batch overlaps the validation of the next
    const { job } = await f.runImport(ctx.actor('staff', orgs.shunyi), sheet, { batchRows: 2 });
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({
      imported: 7,
      created: 5,
      updated: 1,
      transferred: 1,
      unchanged: 0,
      rejected: 0,
    });
    expect(await f.counts()).toEqual({
      persons: before.persons + 5,
      memberships: before.memberships + 6,
      staging: 0,
    });

    const unionOf: Record<string, OrgRow> = { [FIRM_A]: orgs.firmA, [LISUI]: orgs.lisui };
    for (const [name, id, phone, union, joinedOn] of added) {
      const person = await f.personByIdNumber(id);
      expect(person).toMatchObject({ name, phone: phone || null, orgId: unionOf[union].id });
      const { rows } = await f.db.query<{ federationId: number }>(
        'select federation_id as "federationId" from persons where id = $1',
        [person.id],
      );
      expect(rows[0].federationId).toBe(orgs.root.id);
      expect(await membershipsOf(person.id)).toEqual([
        { orgId: unionOf[union].id, status: 'active', joinedOn, federationId: orgs.root.id },
      ]);
    }
    expect(await f.personByIdNumber(idNo(501))).toMatchObject({ phone: '13900000599', orgId: orgs.firmA.id });
    expect((await membershipsOf(stays.id)).map((m) => [m.orgId, m.status])).toEqual([
      [orgs.firmA.id, 'active'],
    ]);
    expect((await membershipsOf(moves.id)).map((m) => [m.orgId, m.status])).toEqual([
      [orgs.firmB.id, 'transferred'],
      [orgs.lisui.id, 'active'],
    ]);
    // the move is dated the day of the import (the service's clock), not the database server's
    const moved = await f.db.query<{ left: string | null; joined: string }>(
      `select to_char(left_on, 'YYYY-MM-DD') as "left", to_char(joined_on, 'YYYY-MM-DD') as joined
         from memberships where person_id = $1 order by id`,
      [moves.id],
    );
    expect(moved.rows.map((m) => m.left)).toEqual([TODAY, null]);
    expect(moved.rows[1].joined).toBe(TODAY);

    const counts = await f.db.query<{ orgId: number; kept: number; actual: number }>(
      `select o.id as "orgId", coalesce(c.active, 0) as kept,
              (select count(*) from memberships m where m.org_id = o.id and m.status = 'active') as actual
         from orgs o left join org_member_counts c on c.org_id = o.id
        where o.path like $1`,
      [`${orgs.root.path}%`],
    );
    expect(counts.rows.filter((r) => r.kept !== r.actual)).toEqual([]);
    expect(counts.rows.find((r) => r.orgId === orgs.firmA.id)?.actual).toBe(4);
    expect(counts.rows.find((r) => r.orgId === orgs.lisui.id)?.actual).toBe(3);
  });

  it('still places a person inserted without a federation when their first membership is added', async () => {
    const { rows } = await f.db.query<{ id: number }>(
      `insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender)
       values ('卫八', 'unplaced-hash', 'x', '110113********0000', '1988-06-12', 'male') returning id`,
    );
    const id = rows[0].id;
    const before = await f.db.query<{ federationId: number }>(
      'select federation_id as "federationId" from persons where id = $1',
      [id],
    );
    expect(before.rows[0].federationId).toBe(0);
    await f.db.query(
      `insert into memberships (person_id, org_id, joined_on, status, left_on)
       values ($1, $2, '2020-01-01', 'transferred', '2021-01-01'), ($1, $3, '2021-01-01', 'active', null)`,
      [id, orgs.cpFirm.id, orgs.lisui.id],
    );
    const placed = await f.db.query<{ federationId: number }>(
      'select federation_id as "federationId" from persons where id = $1',
      [id],
    );
    expect(placed.rows[0].federationId).toBe(orgs.root.id);
  });

  it('places a thousand unplaced persons in one statement after a statement of one (no plan sized for one row)', async () => {
    const insertUnplaced = (prefix: string, n: number) =>
      f.db.query<{ id: number }>(
        `insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender)
         select '批量', $1 || i, 'x', '110113********0000', date '1988-06-12', 'female'
           from generate_series(1, $2::int) i returning id`,
        [prefix, n],
      );
    const addMemberships = (ids: number[]) =>
      f.db.query(
        `insert into memberships (person_id, org_id, joined_on)
         select id, $2, date '2020-01-01' from unnest($1::bigint[]) id`,
        [ids, orgs.lisui.id],
      );
    // the trigger first fires for one row, then for 1,000 (as loading the demo does)
    const one = await insertUnplaced('plan-one-', 1);
    await addMemberships(one.rows.map((r) => r.id));
    const many = await insertUnplaced('plan-many-', 1000);
    // A plan kept from the statement of one, replayed for 1,000, joined every unplaced person to every new row
    // for each of them and took minutes (past the test's timeout): the trigger plans its statements each time
    // it fires (EXECUTE), for the rows it has then.
    await addMemberships(many.rows.map((r) => r.id));
    const fn = await f.db.query<{ src: string }>(
      `select prosrc as src from pg_proc where proname = 'place_persons'`,
    );
    expect(fn.rows).toHaveLength(1);
    expect(fn.rows[0].src).toMatch(/for target in execute\s+'select/);
    expect(fn.rows[0].src).toMatch(/\bexecute 'update persons/);
    const { rows } = await f.db.query<{ federationId: number; n: number }>(
      `select federation_id as "federationId", count(*)::int as n from persons
        where id_hash like 'plan-%' group by federation_id`,
    );
    expect(rows).toEqual([{ federationId: orgs.root.id, n: 1001 }]);
  });
});
