/**
 * The achievements register settled and written a chunk at a time (issue 45, go-live memory): no plan is held past
 * its chunk, so a problem found in an achievement settled after others were written must still leave nothing
 * written — the import's one transaction is rolled back — and be reported by row, column and message in both
 * languages; the achievements gathered from the whole file are held small while it is read.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { AppError } from '../../../shared/errors.ts';
import type { CellValue, RegisterRowError } from '../../../shared/register-sheet.ts';
import { writeWorkbook } from '../../../shared/xlsx-writer.ts';
import type { OrgRow } from '../../org/index.ts';
import { gatherAchievements, type Row } from './achievements.import.gather.ts';
import { SETTLE_CHUNK, settleAchievements } from './achievements.import.plan.ts';
import type { AchievementKey } from './achievements.import.sheet.ts';
import { achievementRow, achievementsImportWorld, PATENT_HEADERS } from './achievements.import.test-kit.ts';
import { createAchievementImport } from './achievements.import.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let db: Db;
let t: TestContext;
let firm: OrgRow;
let staff: Actor;
let member: string;

beforeAll(async () => {
  const world = await achievementsImportWorld('分块', ['成员']);
  ({ db, t, firm, staff } = world);
  [member] = world.members;
});
afterAll(async () => db?.close());

const clock = () => new Date('2026-03-01T04:00:00Z');

describe('the achievements register written as it is settled', () => {
  it('writes nothing when an achievement settled after a written chunk is refused, and names its row', async () => {
    const tag = t.unique();
    const fine = SETTLE_CHUNK + 5;
    const rows = Array.from({ length: fine }, (_, i) => [
      `分块成果${tag}-${i}`,
      firm.name,
      '管理创新',
      '2020',
      member,
      '',
      '',
      '',
    ]);
    // An invention-patent achievement without its patent: a problem found only when it is settled.
    rows.push([`分块成果${tag}-缺专利`, firm.name, '发明专利', '2020', member, '', '', '']);
    const file = writeWorkbook([{ name: '成果台账', headers: PATENT_HEADERS, rows }]);
    const register = createAchievementImport(db, t.services.ids, clock);
    const refused = await register
      .importFile(staff, { file, fileName: '成果台账.xlsx', dryRun: false })
      .then(() => null)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    const details = (refused as AppError).details as { errors: RegisterRowError[]; total: number };
    expect(details.total).toBe(fine + 1);
    expect(details.errors.map((e) => [e.rowNo, e.column, e.messageZh, e.messageEn])).toEqual([
      [
        fine + 2,
        '专利号',
        '成果类型为发明专利的，须登记发明专利',
        'A invention patent achievement must hold a invention patent',
      ],
    ]);
    const { rows: written } = await db.query<{ n: number }>(
      'select count(*)::int as n from innovation_achievements where title like $1',
      [`分块成果${tag}-%`],
    );
    expect(written[0].n).toBe(0);
    // The same file's check (预检) counts the achievements it would bring in and names the same row.
    const checked = await register.importFile(staff, { file, fileName: '成果台账.xlsx', dryRun: true });
    expect(checked.achievements).toBe(fine);
    expect(checked.errors.map((e) => e.rowNo)).toEqual([fine + 2]);
    // Without the refused row, every achievement is written.
    const good = writeWorkbook([{ name: '成果台账', headers: PATENT_HEADERS, rows: rows.slice(0, fine) }]);
    const done = await register.importFile(staff, { file: good, fileName: '成果台账.xlsx', dryRun: false });
    expect(done.achievements).toBe(fine);
    const { rows: after } = await db.query<{ n: number; team: number }>(
      `select count(distinct a.id)::int as n, count(m.*)::int as team
         from innovation_achievements a join innovation_achievement_team m on m.achievement_id = a.id
        where a.title like $1`,
      [`分块成果${tag}-%`],
    );
    expect(after[0]).toEqual({ n: fine, team: fine });
  });

  it('hands the plans on a chunk at a time, holding none of them past it', async () => {
    const tag = t.unique();
    const rows = (n: number): Row[] =>
      Array.from({ length: n }, (_, i) => row(i + 2, { title: `交付成果${tag}-${i}` }));
    async function* batches() {
      yield rows(7);
    }
    const errors: RegisterRowError[] = [];
    const gathered = await gatherAchievements(db, staff, t.services.ids, batches(), errors, '2026-03-01');
    const sizes: number[] = [];
    await settleAchievements(
      db,
      gathered,
      errors,
      '2026-03-01',
      (plans) => {
        sizes.push(plans.length);
        plans.length = 0;
      },
      3,
    );
    expect(errors).toEqual([]);
    expect(sizes).toEqual([3, 3, 1]);
    // Each group is let go once settled.
    expect(gathered.groups.size).toBe(0);
  });

  it('holds the achievements gathered from a file in a few hundred bytes each', async () => {
    const n = 4000;
    const tag = t.unique();
    async function* batches() {
      for (let from = 0; from < n; from += 250) {
        yield Array.from({ length: 250 }, (_, k) => {
          const i = from + k;
          return row(i + 2, {
            title: `内存成果${tag}-${i}`,
            type: 'invention_patent',
            abstract: `内存成果${i}的简介`,
            patentNo: `ZL${tag}${String(i).padStart(8, '0')}`,
            patentType: 'invention',
            grantedOn: '2020-05-01',
            convertedOn: '2021-03-01',
            value: 500_000,
            partner: '合作方甲',
            publishedOn: '2020-06-01',
          });
        });
      }
    }
    const errors: RegisterRowError[] = [];
    await collect();
    const before = process.memoryUsage().heapUsed;
    const gathered = await gatherAchievements(db, staff, t.services.ids, batches(), errors, '2026-03-01');
    // The union's achievements on record (the first test's) are read with it, and not what is measured here.
    gathered.onRecord.clear();
    await collect();
    const perGroup = (process.memoryUsage().heapUsed - before) / n;
    expect(errors).toEqual([]);
    expect(gathered.groups.size).toBe(n);
    // Was ≈ 990 bytes with its team and days an object each (issue 45); ≈ 800 now.
    expect(perGroup).toBeLessThan(900);
  });
});

/** A full collection once the turn that made the garbage is over. */
const collect = async () => {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  gc();
};

const row = (rowNo: number, v: Partial<Record<AchievementKey, CellValue>>) =>
  achievementRow(rowNo, firm.name, member, v);
