import { beforeAll, describe, expect, it } from 'vitest';
import { contextWorld } from '../../../test/world-kit.ts';
import { NO_DETAILS, type NormalRecord } from './records.input.ts';
import { insertRecords } from './records.repository.ts';
import { deleteSourcedRecords } from './records.sourced.repository.ts';
import { upsertSourcedRecords } from './records.sourced.ts';

const w = contextWorld({ tree: { org: 'root/grassroots' } });
let personId: number;
let otherId: number;

beforeAll(async () => {
  personId = (await w.t.newPerson(w.org)).id;
  otherId = (await w.t.newPerson(w.org)).id;
});

const award = (rank: string, competition = '2020年市职工技能竞赛'): NormalRecord => ({
  ...NO_DETAILS,
  kind: 'award',
  occurredOn: '2020-10-01',
  level: 'city',
  levelRank: 2,
  rank,
  competition,
});

const ofPerson = async () =>
  (
    await w.db.query<{ rank: string; source: string; sourceRef: string | null }>(
      `select rank, source, source_ref as "sourceRef" from records where person_id = $1 order by id`,
      [personId],
    )
  ).rows;

describe('records written by other modules', () => {
  it('are written once per fact: writing again after a correction updates the same record', async () => {
    const ref = `contest:1:entry:1:person:${personId}`;
    const [first] = await w.db.tx((sql) =>
      upsertSourcedRecords(sql, [{ ...award('二等奖'), personId, source: 'contest', sourceRef: ref }]),
    );
    const [again] = await w.db.tx((sql) =>
      upsertSourcedRecords(sql, [{ ...award('一等奖'), personId, source: 'contest', sourceRef: ref }]),
    );
    expect(again).toBe(first);
    expect(await ofPerson()).toEqual([{ rank: '一等奖', source: 'contest', sourceRef: ref }]);
    expect(await w.db.tx((sql) => deleteSourcedRecords(sql, [ref]))).toBe(1);
    expect(await ofPerson()).toEqual([]);
  });

  it('take over the same award typed by hand instead of adding a second', async () => {
    const typed = { ...award('金奖', '第一届全国技能大赛'), personId, source: 'staff' as const };
    const [typedId] = await w.db.tx((sql) =>
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
    const [id] = await w.db.tx((sql) =>
      upsertSourcedRecords(sql, [
        { ...award('金奖', '第一届全国技能大赛'), personId, source: 'contest', sourceRef: 'contest:2:x' },
      ]),
    );
    expect(id).toBe(typedId);
    expect(await ofPerson()).toEqual([{ rank: '金奖', source: 'contest', sourceRef: 'contest:2:x' }]);
  });

  it('move a reordered patent team through parked positions, and take over an inventor typed by hand', async () => {
    const patentNo = `ZL2020${w.t.unique()}`;
    const patent = (who: number, inventorOrder: number) => ({
      ...award('-'),
      kind: 'patent' as const,
      level: null,
      levelRank: null,
      rank: null,
      competition: null,
      patentType: 'invention' as const,
      patentNo,
      title: '一种测温装置',
      personId: who,
      inventorOrder,
      source: 'innovation' as const,
      sourceRef: `test:patent:${patentNo}:${who}`,
    });
    const [typedId] = await w.db.tx((sql) =>
      insertRecords(sql, [
        {
          ...patent(otherId, 1),
          source: 'import',
          sourceRef: null,
          subjectKey: `patent:${patentNo}`,
          orgId: null,
          createdBy: null,
        },
      ]),
    );
    const first = await w.db.tx((sql) =>
      upsertSourcedRecords(sql, [patent(otherId, 1), patent(personId, 2)]),
    );
    expect(first[0]).toBe(typedId);
    await w.db.tx((sql) => upsertSourcedRecords(sql, [patent(personId, 1), patent(otherId, 2)]));
    const { rows } = await w.db.query<{ personId: number; order: number; source: string }>(
      `select person_id as "personId", inventor_order as order, source from records
        where subject_key = $1 order by inventor_order`,
      [`patent:${patentNo}`],
    );
    expect(rows).toEqual([
      { personId, order: 1, source: 'innovation' },
      { personId: otherId, order: 2, source: 'innovation' },
    ]);
  });
});
