/**
 * The achievements register read batch by batch (issues 42, 45): each batch's rows are joined to their
 * achievements and let go before the next batch is read, and an achievement whose rows lie in different batches
 * is still one achievement, checked as a whole (a patent number given twice is named with the row of the other
 * batch).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { CellValue, RegisterRowError } from '../../../shared/register-sheet.ts';
import type { OrgRow } from '../../org/index.ts';
import { planAchievements } from './achievements.import.plan.ts';
import type { AchievementKey } from './achievements.import.sheet.ts';
import { achievementRow, achievementsImportWorld } from './achievements.import.test-kit.ts';
import { writeAchievements } from './achievements.import.write.ts';

let db: Db;
let t: TestContext;
let firm: OrgRow;
let staff: Actor;
let member: string;
let second: string;

beforeAll(async () => {
  const world = await achievementsImportWorld('批次', ['成员', '成员乙']);
  ({ db, t, firm, staff } = world);
  [member, second] = world.members;
});
afterAll(async () => db?.close());

const row = (rowNo: number, v: Partial<Record<AchievementKey, CellValue>>) =>
  achievementRow(rowNo, firm.name, member, v);

describe('the achievements register read batch by batch', () => {
  it('lets each batch go before reading the next, and joins an achievement across batches', async () => {
    const first = [
      row(2, {
        title: '跨批次成果',
        type: 'invention_patent',
        patentNo: 'ZL2020BATCH1',
        patentType: 'invention',
        grantedOn: '2020-05-01',
      }),
    ];
    const second = [
      row(3, {
        title: '跨批次成果',
        type: 'invention_patent',
        convertedOn: '2021-03-01',
        value: 500_000,
        partner: '合作方甲',
      }),
      row(4, {
        title: '另一成果',
        type: 'invention_patent',
        patentNo: 'ZL2020BATCH1',
        patentType: 'invention',
        grantedOn: '2020-05-01',
      }),
    ];
    const seen: number[] = [];
    async function* batches() {
      yield first;
      // The first batch was joined and emptied before this one is read.
      seen.push(first.length);
      yield second;
    }
    const errors: RegisterRowError[] = [];
    const plans = await planAchievements(db, staff, t.services.ids, batches(), errors, '2026-01-01');
    expect(seen).toEqual([0]);
    expect(errors.map((e) => [e.rowNo, e.column, e.messageEn])).toContainEqual([
      4,
      '专利号',
      'Patent ZL2020BATCH1 is given to "跨批次成果" in row 2',
    ]);
    expect(errors.every((e) => e.rowNo === 4)).toBe(true);
    const joined = plans.find((p) => p.title === '跨批次成果');
    expect(joined).toMatchObject({
      rowNo: 2,
      addPatent: { number: 'ZL2020BATCH1' },
      newConversions: [{ partner: '合作方甲', convertedOn: '2021-03-01', valueFen: 500_000 }],
      stage: 'converted',
      addingRows: 2,
    });
  });

  it('leaves the federation to the insert that gives it: the triggers fill it only when missing', async () => {
    const { rows } = await db.query<{ def: string }>(
      `select pg_get_triggerdef(oid) as def from pg_trigger
        where tgname in ('innovation_achievements_federation', 'innovation_achievement_team_federation')`,
    );
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.def).toMatch(/WHEN \(\(?new\.federation_id IS NULL\)?\)/i);
  });

  it('writes chunk by chunk, the next made while the last is written: each achievement with its own team and records', async () => {
    const tag = t.unique();
    const rows = Array.from({ length: 5 }, (_, i) =>
      row(10 + i, {
        title: `分块成果${tag}-${i}`,
        type: i % 2 ? 'management_innovation' : 'invention_patent',
        team: i % 2 ? second : `${member}、${second}`,
        patentNo: i % 2 ? null : `ZL${tag}CHUNK${i}`,
        patentType: i % 2 ? null : 'invention',
        grantedOn: i % 2 ? null : '2020-05-01',
        abstract: `简介${i}`,
        publishedOn: i === 4 ? '2020-06-01' : null,
      }),
    );
    async function* batches() {
      yield rows;
    }
    const errors: RegisterRowError[] = [];
    const plans = await planAchievements(db, staff, t.services.ids, batches(), errors, '2026-01-01');
    expect(errors).toEqual([]);
    expect(plans).toHaveLength(5);
    await db.tx((sql) => writeAchievements(sql, staff, plans, 2));
    // The plans are taken as they are written.
    expect(plans).toEqual([]);
    const { rows: teams } = await db.query<{ title: string; names: string[]; published: boolean }>(
      `select a.title, array_agg(p.name order by m.position) as names, a.published_at is not null as published
         from innovation_achievements a join innovation_achievement_team m on m.achievement_id = a.id
         join persons p on p.id = m.person_id
        where a.title like $1 group by a.id order by a.title`,
      [`分块成果${tag}-%`],
    );
    expect(teams.map((r) => [r.title, r.names, r.published])).toEqual(
      [0, 1, 2, 3, 4].map((i) => [`分块成果${tag}-${i}`, i % 2 ? [second] : [member, second], i === 4]),
    );
    const { rows: records } = await db.query<{ ok: boolean; title: string; order: number; name: string }>(
      `select r.source_ref = 'innovation:achievement:' || a.id || ':patent:' || r.person_id as ok, r.title,
              r.inventor_order as order, p.name
         from records r join innovation_achievements a on a.patent_no = r.patent_no join persons p on p.id = r.person_id
        where r.kind = 'patent' and a.title like $1 order by r.title, r.inventor_order`,
      [`分块成果${tag}-%`],
    );
    expect(records.map((r) => [r.ok, r.title, r.order, r.name])).toEqual(
      [0, 2, 4].flatMap((i) => [
        [true, `分块成果${tag}-${i}`, 1, member],
        [true, `分块成果${tag}-${i}`, 2, second],
      ]),
    );
  });
});
