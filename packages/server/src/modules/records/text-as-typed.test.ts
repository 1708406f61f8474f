/**
 * ADR 0013: a record keeps the text its clerk typed — full-width brackets, quotes and punctuation — and is
 * compared by normalised keys, so the same competition typed with half-width brackets is still the same subject.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';

let db: Db;
let t: TestContext;
let staff: Actor;
let person: { id: number; name: string; idNumber: string };

beforeAll(async () => {
  ({ db, ctx: t } = await openTestContext());
  const root = await t.newRoot();
  const district = await t.newOrg(root, 'district');
  const grassroots = await t.newOrg(district, 'grassroots');
  const idNumber = t.newIdNumber();
  person = { ...(await t.newPerson(grassroots, { idNumber })), idNumber };
  staff = t.actor('staff', district);
});

afterAll(async () => {
  await db?.close();
});

const CONTEST = '北京市职工职业技能大赛（电工）';
const COURSE = '“安全生产”培训，第一期：《电工》——实操';

describe('record text as typed', () => {
  it('keeps full-width brackets, quotes and punctuation from create to read', async () => {
    const [award] = await t.services.records.createRecord(staff, {
      kind: 'award',
      personId: person.id,
      competition: `  ${CONTEST} `,
      level: 'city',
      rank: '一等奖',
      date: '2021-10-01',
    });
    expect(award.competition).toBe(CONTEST);
    expect((await t.services.records.getRecord(staff, award.id)).competition).toBe(CONTEST);
    const [training] = await t.services.records.createRecord(staff, {
      kind: 'training',
      personId: person.id,
      course: COURSE,
      feeFen: 80000,
      date: '2021-03-01',
    });
    const listed = await t.services.records.listRecords(staff, { personId: person.id });
    expect(listed.items.map((r) => r.competition ?? r.course).sort()).toEqual([CONTEST, COURSE].sort());
    const { rows } = await db.query<{ competition_key: string | null; course_key: string | null }>(
      'select competition_key, course_key from records where id = any($1::bigint[]) order by id',
      [[award.id, training.id]],
    );
    expect(rows).toEqual([
      { competition_key: '北京市职工职业技能大赛(电工)', course_key: null },
      { competition_key: null, course_key: '“安全生产”培训,第一期:《电工》--实操' },
    ]);
  });

  it('treats full- and half-width spellings as one subject', async () => {
    await expect(
      t.services.records.createRecord(staff, {
        kind: 'award',
        personId: person.id,
        competition: '北京市职工职业技能大赛(电工)',
        level: 'city',
        rank: '一等奖',
        date: '2021-11-01',
      }),
    ).rejects.toMatchObject({ code: 'RECORD_EXISTS' });
  });

  it('an imported sheet keeps its cells as typed', async () => {
    const file = writeWorkbook([
      {
        name: '竞赛获奖',
        headers: ['身份证号', '姓名', '竞赛名称', '竞赛级别', '名次', '获奖日期'],
        rows: [[person.idNumber, person.name, '全区“巾帼建功”竞赛（焊工）', '区级', '二等奖', '2022-05-01']],
      },
    ]);
    const result = await t.services.records.importRecords(staff, {
      kind: 'award',
      mode: 'all',
      file,
      fileName: 'awards.xlsx',
    });
    expect(result).toMatchObject({ imported: 1, errors: [] });
    const listed = await t.services.records.listRecords(staff, { personId: person.id, year: 2022 });
    expect(listed.items[0].competition).toBe('全区“巾帼建功”竞赛（焊工）');
  });
});
