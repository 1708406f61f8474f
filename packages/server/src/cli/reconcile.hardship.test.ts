/**
 * The reconciliation (ADR 73) after the typical life of hardship files (困难职工档案): verified, corrected, reviewed
 * with new causes, lapsed and reviewed again, closed, and brought in from a register; every count the statistics
 * read is recounted from the files' steps and agrees, and a step deleted under its count is reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/factories.ts';
import type { Actor } from '../access/access.ts';
import type { Db } from '../db/db.ts';
import type { OrgRow } from '../modules/org/index.ts';
import { writeWorkbook } from '../shared/xlsx-writer.ts';
import { openReconcileWorld, type reconcileCli } from './reconcile.test-kit.ts';

let db: Db;
let t: TestContext;
let cli: ReturnType<typeof reconcileCli>;
let town: OrgRow;
let firm: OrgRow;
let staff: Actor;

beforeAll(async () => {
  ({ db, t, cli, city: town } = await openReconcileWorld());
  firm = await t.newOrg(await t.newOrg(town, 'street'), 'grassroots');
  staff = t.actor('staff', firm);
});
afterAll(async () => db?.close());

const newFile = async (level: 'deep' | 'relative', causes: ('illness' | 'disability' | 'epidemic')[]) => {
  const p = await t.newPerson(firm);
  const members = [{ name: p.name, relation: 'self' as const, yearlyIncomeFen: 2_400_000 }];
  return t.services.hardship.createFile(staff, {
    personId: p.id,
    level,
    causes,
    members,
    effectiveOn: '2024-01-02',
  });
};

/** A register of one household, verified in 2021 and reviewed in 2022, its verification's expiry not given. */
async function importReviewedFile() {
  const idNumber = t.newIdNumber();
  await t.newPerson(firm, { idNumber });
  const headers = [
    '职工身份证号',
    '困难类别',
    '致困原因',
    '建档日期',
    '认定日期',
    '复核日期',
    '有效期至',
    '年收入',
  ];
  const row = [idNumber, '深度困难', '大病', '2021-03-01', '2021-03-15', '2022-03-10', '2027-03-09', '36000'];
  const file = await writeWorkbook([{ name: '困难职工档案', headers, rows: [row] }]);
  await t.services.hardship.register.importFile(staff, { file, fileName: '台账.xlsx', dryRun: false });
  const { rows } = await db.query<{ id: number }>(
    `select f.id from hardship_files f join persons p on p.id = f.person_id where p.id_hash is not null
      and f.org_id = $1 and f.reviewed_on = '2022-03-10'`,
    [firm.id],
  );
  return Number(rows[0].id);
}

describe('reconcile hardship files', () => {
  it('finds nothing after verifications, corrections, reviews that change level and causes, a lapse and a closing', async () => {
    const h = t.services.hardship;
    const a = await newFile('deep', ['illness']);
    await h.verifyFile(staff, a.id, { verifiedOn: '2024-03-01' });
    await h.editFile(staff, a.id, { causes: ['illness', 'disability'] });
    await h.reviewFile(staff, a.id, { reviewedOn: '2025-02-20', level: 'relative', causes: ['disability'] });
    await h.editFile(staff, a.id, { causes: ['disability', 'epidemic'] });
    await h.closeFile(staff, a.id, { closedOn: '2026-01-10', reason: '家庭收入恢复' });

    const b = await newFile('relative', ['epidemic']);
    await h.verifyFile(staff, b.id, { verifiedOn: '2024-05-01', expiresOn: '2024-12-31' });
    await h.reviewFile(staff, b.id, { reviewedOn: '2025-03-01', causes: ['illness'] });

    const c = await newFile('deep', ['illness']);
    await h.closeFile(staff, c.id, { closedOn: '2026-02-01', reason: '建档有误' });

    const imported = await importReviewedFile();
    await h.editFile(staff, imported, { causes: ['disability'] });

    expect(await cli.run('reconcile', '--union', String(town.id), '--as-of', '2030-12-31')).toBe(0);
    expect(cli.err.join('\n')).not.toMatch(/hardship\./);
    expect(cli.out).toEqual([expect.stringMatching(/差异 0 处\n.* 0 differences$/)]);
  });

  it('reports a closing deleted under its count: the file counts in force again from that day', async () => {
    await db.query(
      `delete from hardship_events where kind = 'close' and on_date = '2026-01-10' and org_id = $1`,
      [firm.id],
    );
    expect(await cli.run('reconcile', '--union', String(town.id), '--as-of', '2030-12-31')).toBe(1);
    // Its union, figure and day; it stays in force past the day it was closed, to its lapse.
    expect(cli.out[0]).toMatch(
      new RegExp(
        `^${firm.name}（ID ${firm.id}）· 在档（户，按致困原因） hardship.causes \\[disability\\] · 2026-01-10：记录 -1，重算 0\\n`,
      ),
    );
    expect(cli.out.slice(0, -1).map((l) => l.split('\n')[0].replace(/^.*）· /, ''))).toEqual([
      '在档（户，按致困原因） hardship.causes [disability] · 2026-01-10：记录 -1，重算 0',
      '在档（户，按致困原因） hardship.causes [disability] · 2026-02-20：记录 0，重算 -1',
      '在档（户，按致困原因） hardship.causes [epidemic] · 2026-01-10：记录 -1，重算 0',
      '在档（户，按致困原因） hardship.causes [epidemic] · 2026-02-20：记录 0，重算 -1',
      '已过期未复核（户） hardship.expired [relative] · 2026-02-20：记录 0，重算 1',
      '在档（户） hardship.files [relative] · 2026-01-10：记录 -1，重算 0',
      '在档（户） hardship.files [relative] · 2026-02-20：记录 0，重算 -1',
    ]);
  });
});
