import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/factories.ts';
import { createTestDb } from '../../../test/test-db.ts';
import type { Db } from '../../db/db.ts';
import type { NormalRecord } from './records.input.ts';
import { insertRecords } from './records.repository.ts';
import { deleteSourcedRecords, upsertSourcedRecords } from './records.sourced.ts';

let db: Db;
let t: TestContext;
let personId: number;

beforeAll(async () => {
  db = await createTestDb();
  t = createTestContext(db);
  const root = await t.newRoot();
  personId = (await t.newPerson(await t.newOrg(root, 'grassroots'))).id;
});
afterAll(async () => db?.close());

const award = (rank: string, competition = '2020年市职工技能竞赛'): NormalRecord => ({
  kind: 'award',
  occurredOn: '2020-10-01',
  grade: null,
  occupation: null,
  issuer: null,
  number: null,
  level: 'city',
  levelRank: 2,
  rank,
  competition,
  course: null,
  organiser: null,
  feeFen: null,
  result: null,
  patentType: null,
  patentNo: null,
  title: null,
});

const ofPerson = async () =>
  (
    await db.query<{ rank: string; source: string; sourceRef: string | null }>(
      `select rank, source, source_ref as "sourceRef" from records where person_id = $1 order by id`,
      [personId],
    )
  ).rows;

describe('records written by other modules', () => {
  it('are written once per fact: writing again after a correction updates the same record', async () => {
    const ref = `contest:1:entry:1:person:${personId}`;
    const [first] = await db.tx((sql) =>
      upsertSourcedRecords(sql, [{ ...award('二等奖'), personId, source: 'contest', sourceRef: ref }]),
    );
    const [again] = await db.tx((sql) =>
      upsertSourcedRecords(sql, [{ ...award('一等奖'), personId, source: 'contest', sourceRef: ref }]),
    );
    expect(again).toBe(first);
    expect(await ofPerson()).toEqual([{ rank: '一等奖', source: 'contest', sourceRef: ref }]);
    expect(await db.tx((sql) => deleteSourcedRecords(sql, [ref]))).toBe(1);
    expect(await ofPerson()).toEqual([]);
  });

  it('take over the same award typed by hand instead of adding a second', async () => {
    const typed = { ...award('金奖', '第一届全国技能大赛'), personId, source: 'staff' as const };
    const [typedId] = await db.tx((sql) =>
      insertRecords(sql, [
        {
          ...typed,
          subjectKey: `award:第一届全国技能大赛:2020:金奖:${personId}`,
          inventorOrder: null,
          orgId: null,
          createdBy: null,
        },
      ]),
    );
    const [id] = await db.tx((sql) =>
      upsertSourcedRecords(sql, [
        { ...award('金奖', '第一届全国技能大赛'), personId, source: 'contest', sourceRef: 'contest:2:x' },
      ]),
    );
    expect(id).toBe(typedId);
    expect(await ofPerson()).toEqual([{ rank: '金奖', source: 'contest', sourceRef: 'contest:2:x' }]);
  });
});
