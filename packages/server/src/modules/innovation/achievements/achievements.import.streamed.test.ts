/**
 * The achievements register read, settled and written in one pass (ADR 97): the oldest achievements are written
 * while the rest of the file is read. A row joining an achievement written already, or any problem, sends the
 * file back to be read whole — the same achievements written, the same problems reported, nothing written for a
 * refused file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { AppError } from '../../../shared/errors.ts';
import type { RegisterRowError } from '../../../shared/register-sheet.ts';
import { writeWorkbook } from '../../../shared/xlsx-writer.ts';
import type { OrgRow } from '../../org/index.ts';
import { achievementsImportWorld, PATENT_HEADERS } from './achievements.import.test-kit.ts';
import { createAchievementImport } from './achievements.import.ts';

let db: Db;
let t: TestContext;
let firm: OrgRow;
let staff: Actor;
let members: string[];

beforeAll(async () => {
  const world = await achievementsImportWorld('流式', ['甲', '乙']);
  ({ db, t, firm, staff, members } = world);
});
afterAll(async () => db?.close());

const HEADERS_CONVERTED = [...PATENT_HEADERS, '转化日期', '转化金额', '转化合作方'];
const clock = () => new Date('2026-03-01T04:00:00Z');
/** Two achievements held, the oldest written one at a time: a file of ten is written in eight chunks as read. */
const streamed = () => createAchievementImport(db, t.services.ids, clock, { hold: 2, chunk: 1 });
const whole = () => createAchievementImport(db, t.services.ids, clock);

const rowsOf = (tag: string, n: number) =>
  Array.from({ length: n }, (_, i) => [
    `流式成果${tag}-${i}`,
    firm.name,
    i % 2 ? '管理创新' : '发明专利',
    '2020',
    members.slice(0, 1 + (i % 2)).join('、'),
    i % 2 ? '' : `ZL2020${tag}${String(i).padStart(4, '0')}`,
    i % 2 ? '' : '发明',
    i % 2 ? '' : '2021-05-01',
  ]);

async function written(tag: string) {
  const { rows } = await db.query<{ title: string; team: string; patent: string | null; records: number }>(
    `select a.title, string_agg(m.person_id::text, ',' order by m.position) as team, a.patent_no as patent,
            (select count(*)::int from records r where r.subject_key = 'patent:' || a.patent_no) as records
       from innovation_achievements a join innovation_achievement_team m on m.achievement_id = a.id
      where a.title like $1 group by a.id order by a.title`,
    [`流式成果${tag}-%`],
  );
  return rows;
}

const refusal = (e: unknown) => {
  expect(e).toBeInstanceOf(AppError);
  const d = (e as AppError).details as { errors: RegisterRowError[]; total: number };
  return { total: d.total, errors: d.errors.map((x) => [x.rowNo, x.column, x.messageZh, x.messageEn]) };
};

describe('the achievements register written as it is read', () => {
  it('writes what the file read whole writes, and counts the same', async () => {
    const [a, b] = [t.unique(), t.unique()];
    const file = (tag: string) =>
      writeWorkbook([{ name: '成果台账', headers: PATENT_HEADERS, rows: rowsOf(tag, 10) }]);
    const one = await streamed().importFile(staff, { file: file(a), fileName: 'a.xlsx', dryRun: false });
    const two = await whole().importFile(staff, { file: file(b), fileName: 'b.xlsx', dryRun: false });
    expect(one).toEqual(two);
    expect(one.achievements).toBe(10);
    expect(one.patents).toBe(5);
    const [wa, wb] = [await written(a), await written(b)];
    expect(wa).toHaveLength(10);
    expect(wa.map((r) => [r.team, r.records])).toEqual(wb.map((r) => [r.team, r.records]));
    expect(wa.filter((r) => r.patent).map((r) => r.records)).toEqual([1, 1, 1, 1, 1]);
  });

  it('reads the file again whole when a row joins an achievement written already', async () => {
    const tag = t.unique();
    const rows = rowsOf(tag, 8).map((r) => [...r, '', '', '']);
    // The first achievement's conversion, six achievements after its first row.
    rows.push([rows[0][0], firm.name, '发明专利', '', '', '', '', '', '2022-01-01', '3000', '合作方']);
    const file = writeWorkbook([{ name: '成果台账', headers: HEADERS_CONVERTED, rows }]);
    const done = await streamed().importFile(staff, { file, fileName: 'c.xlsx', dryRun: false });
    expect(done.achievements).toBe(8);
    expect(done.conversions).toBe(1);
    expect(done.total).toBe(9);
    expect(await written(tag)).toHaveLength(8);
    const { rows: conv } = await db.query<{ n: number; stage: string }>(
      `select count(c.*)::int as n, min(a.stage) as stage from innovation_achievements a
         join innovation_conversions c on c.achievement_id = a.id where a.title = $1`,
      [rows[0][0]],
    );
    expect(conv[0]).toEqual({ n: 1, stage: 'converted' });
  });

  it('writes nothing for a file with a problem after chunks were written, and reports what the whole read does', async () => {
    const [a, b] = [t.unique(), t.unique()];
    const file = (tag: string) => {
      const rows = rowsOf(tag, 8);
      rows.push([`流式成果${tag}-无人`, firm.name, '管理创新', '2020', `无此人${tag}`, '', '', '']);
      rows.push([`流式成果${tag}-缺专利`, firm.name, '发明专利', '2020', members[0], '', '', '']);
      return writeWorkbook([{ name: '成果台账', headers: PATENT_HEADERS, rows }]);
    };
    const failed = async (register: ReturnType<typeof whole>, tag: string) =>
      register
        .importFile(staff, { file: file(tag), fileName: 'd.xlsx', dryRun: false })
        .then(() => null)
        .catch((e: unknown) => refusal(e));
    const one = await failed(streamed(), a);
    const two = await failed(whole(), b);
    expect(one?.total).toBe(10);
    expect(one?.errors.map((e) => e.slice(0, 2))).toEqual([
      [10, '团队成员'],
      [11, '专利号'],
    ]);
    expect(JSON.stringify(one).replaceAll(a, b)).toBe(JSON.stringify(two));
    expect(await written(a)).toEqual([]);
  });
});
