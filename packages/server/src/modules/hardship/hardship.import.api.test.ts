/**
 * The hardship files register over HTTP (issue 23): the template with its 填写说明 sheet; a dry run that counts
 * and writes nothing; a file with a wrong row refused whole, naming row and column; a worker outside the subtree a
 * row error; and a town's files of 2021–2022 brought in with their own days — counted in those years' hardship
 * statistics, household ID numbers encrypted and masked, the file in force giving its worker the hardship level
 * and the expired and closed ones not.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { resaved } from '../../../test/register-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { maskIdNumber } from '../people/index.ts';
import { hardshipRegisterWorld, type HardshipSheetRow as Row } from './hardship.test-kit.ts';

const { h, kit, filesOf } = hardshipRegisterWorld({
  townName: '杨镇测试总工会',
  firmName: '杨镇测试企业工会',
  without: ['家庭住址', '备注', '职业或就学', '健康状况'],
});
const w: Record<'a' | 'b' | 'c' | 'd' | 'e', { id: number; idNumber: string; name: string }> = {} as never;
let outsider: string;
let spouseId: string;

beforeAll(async () => {
  const { t, root, firm } = h;
  for (const k of ['a', 'b', 'c', 'd', 'e'] as const) {
    const idNumber = t.ctx.newIdNumber();
    const name = `困难职工${k}${t.ctx.unique().slice(0, 4)}`;
    // Worker a had a level typed by hand before the union's file; the file replaces it.
    const p = await t.ctx.newPerson(firm, {
      idNumber,
      name,
      ...(k === 'a' ? { hardshipLevel: 'relative' as const, hardshipFrom: '2020-01-01' } : {}),
    });
    w[k] = { id: p.id, idNumber, name };
  }
  const elsewhere = await t.ctx.newOrg(await t.ctx.newOrg(root, 'street'), 'grassroots');
  spouseId = t.ctx.newIdNumber();
  outsider = t.ctx.newIdNumber();
  await t.ctx.newPerson(elsewhere, { idNumber: outsider });
});

const { sheetOf: sheet, send } = kit;
const stats = (year: number) => kit.got(`/api/hardship/stats?orgId=${h.town.id}&year=${year}`);

/** The town's register: a deep file reviewed and in force, one that lapsed in 2022, one closed, one draft. */
const REGISTER = (): Row[] => [
  {
    职工身份证号: w.a.idNumber,
    职工姓名: w.a.name,
    困难类别: '深度困难',
    致困原因: '大病、子女教育',
    建档日期: '2021-03-01',
    认定日期: '2021-03-15',
    复核日期: '2022-03-10',
    有效期至: '2099-12-31',
    家庭人口: '3',
    家庭年收入: '36000',
    年收入: '36000',
  },
  { 职工身份证号: w.a.idNumber, 家庭成员姓名: '王秀英', 与职工关系: '配偶', 成员身份证号: spouseId },
  { 职工身份证号: w.a.idNumber, 家庭成员姓名: '张子涵', 与职工关系: '子女' },
  {
    职工身份证号: w.b.idNumber,
    困难类别: '相对困难',
    致困原因: '因疫致困',
    建档日期: '2021-05-01',
    认定日期: '2021-05-10',
    年收入: '28000',
  },
  {
    职工身份证号: w.c.idNumber,
    困难类别: '意外致困',
    致困原因: '灾害',
    建档日期: '2022-01-20',
    认定日期: '2022-02-01',
    销档日期: '2022-10-01',
    销档原因: '灾后房屋修复完成，家庭收入恢复',
  },
  { 职工身份证号: w.d.idNumber, 困难类别: '相对困难', 致困原因: '低收入', 建档日期: '2022-06-01' },
];

describe('the hardship files register import', () => {
  it('offers a template whose data sheet has the columns and whose 填写说明 sheet names each', async () => {
    await kit.templateNames(['职工身份证号', '困难类别', '有效期至', '家庭成员姓名']);
  });

  it('a dry run counts and writes nothing; a wrong row refuses the whole file, naming row and column', async () => {
    await kit.dryRun(sheet(REGISTER()), {
      total: 6,
      created: 4,
      inForce: 1,
      expired: 1,
      closed: 1,
      drafts: 1,
      members: 6,
      errors: [],
    });
    expect(await filesOf()).toBe(0);

    const wrong = [
      ...REGISTER(),
      {
        职工身份证号: w.e.idNumber,
        困难类别: '深度困难',
        致困原因: '大病',
        建档日期: '2021-04-01',
        认定日期: '2021-03-01',
      },
    ];
    const errors = await kit.refused(sheet(wrong), [[8, '认定日期']]);
    expect(errors[0].messageZh).toBe('认定日期 2021-03-01 早于建档日期 2021-04-01');
    expect(errors[0].messageEn).toBe('"verified on" 2021-03-01 is before "established on" 2021-04-01');
    expect(await filesOf()).toBe(0);
  });

  it('a worker outside the subtree, a household that does not add up and an unknown cause are row errors', async () => {
    const errors = await kit.rowErrors(
      sheet([
        { 职工身份证号: outsider, 困难类别: '深度困难', 致困原因: '大病', 建档日期: '2021-04-01' },
        {
          职工身份证号: w.e.idNumber,
          困难类别: '深度困难',
          致困原因: '大病、穷',
          建档日期: '2021-04-01',
          家庭人口: '3',
        },
      ]),
      [
        [2, '职工身份证号'],
        [3, '致困原因'],
        [3, '家庭人口'],
      ],
    );
    // the causes one may write, named in English as the pages name them, not by their codes
    expect(errors[1].messageEn).toBe(
      '"穷" is not a cause (serious illness; epidemic; disability; single parent; unemployment; ' +
        "children's education; disaster; accident; low income; other)",
    );
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const errors = await kit.refused(
      sheet([
        // a verification day that does not parse beside an unknown cause: both, and no 'a file not verified has
        // no review'; the household's size not judged, a row of the worker's having a day that does not parse
        {
          职工身份证号: w.e.idNumber,
          困难类别: '深度困难',
          致困原因: '大病、穷',
          建档日期: '2021-04-01',
          认定日期: '2021-13-01',
          复核日期: '2022-03-01',
          家庭人口: '3',
        },
        // a day established that does not parse beside a member with no name
        { 职工身份证号: w.e.idNumber, 建档日期: '2021-04-99', 与职工关系: '配偶' },
        // an ID number and a level that do not parse beside a member with no name: no 'the day is required'
        { 职工身份证号: '1'.repeat(31), 困难类别: '很困难', 与职工关系: '子女' },
        // a level that does not parse: no 'the level is required', the missing cause still told
        { 职工身份证号: w.b.idNumber, 困难类别: '很困难', 建档日期: '2021-05-01' },
        // a right file: not brought in with the others refused
        { 职工身份证号: w.d.idNumber, 困难类别: '相对困难', 致困原因: '低收入', 建档日期: '2022-06-01' },
      ]),
      [
        [2, '认定日期'],
        [2, '致困原因'],
        [3, '建档日期'],
        [3, '家庭成员姓名'],
        [4, '职工身份证号'],
        [4, '困难类别'],
        [4, '家庭成员姓名'],
        [5, '困难类别'],
        [5, '致困原因'],
      ],
    );
    expect(errors[1].messageEn).toContain('"穷" is not a cause');
    expect(errors[8].messageEn).toBe('At least one cause is required');
  });

  it('imports the files on their own days; the statistics of 2021 and 2022 show them', async () => {
    const res = await send(sheet(REGISTER()), false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: false, created: 4, inForce: 1, members: 6 });

    const { rows: files } = await h.t.db.query<{
      id: number;
      personId: number;
      status: string;
      verifiedOn: string | null;
      expiresOn: string | null;
      spanFrom: string | null;
    }>(
      `select id, person_id as "personId", status, verified_on::text as "verifiedOn", expires_on::text as "expiresOn",
              span_from::text as "spanFrom"
         from hardship_files where org_id = $1 order by id`,
      [h.firm.id],
    );
    expect(files.map((f) => [f.personId, f.status, f.verifiedOn, f.expiresOn, f.spanFrom])).toEqual([
      [w.a.id, 'verified', '2021-03-15', '2099-12-31', '2022-03-10'],
      [w.b.id, 'verified', '2021-05-10', '2022-05-09', '2021-05-10'],
      [w.c.id, 'closed', '2022-02-01', '2023-01-31', '2022-02-01'],
      [w.d.id, 'draft', null, null, null],
    ]);

    // The household as the file shows it: the spouse's ID number masked, stored encrypted.
    const detail = await h.t.call({
      method: 'GET',
      url: `/api/hardship/files/${files[0].id}`,
      cookie: h.staff,
    });
    expect(detail.statusCode, detail.body).toBe(200);
    const d = detail.json();
    expect(d.file).toMatchObject({ status: 'verified', household: 3, incomeFen: 3_600_000 });
    expect(d.members.map((m: { name: string; relation: string }) => [m.name, m.relation])).toEqual([
      [w.a.name, 'self'],
      ['王秀英', 'spouse'],
      ['张子涵', 'child'],
    ]);
    expect(d.members[1].idMasked).toBe(maskIdNumber(spouseId));
    const { rows: cipher } = await h.t.db.query<{ c: string }>(
      `select id_cipher as c from hardship_members where file_id = $1 and relation = 'spouse'`,
      [files[0].id],
    );
    expect(cipher[0].c).not.toContain(spouseId);
    expect(d.events.map((e: { kind: string; onDate: string }) => [e.kind, e.onDate])).toEqual([
      ['create', '2021-03-01'],
      ['verify', '2021-03-15'],
      ['review', '2022-03-10'],
    ]);
    // Every file's steps: a verification's expiry left to the review that followed it, a closing with its reason.
    const { rows: steps } = await h.t.db.query<{ s: string }>(
      `select concat_ws(' ', e.kind, e.level is not null, e.expires_on, e.note is not null,
                        e.causes is not null and e.by_name is not null) as s
         from hardship_events e join hardship_files f on f.id = e.file_id where f.org_id = $1 order by e.id`,
      [h.firm.id],
    );
    expect(steps.map((r) => r.s).join('; ')).toBe(
      'create f f f; verify t f t; review t 2099-12-31 f t; create f f f; verify t 2022-05-09 f t; ' +
        'create f f f; verify t 2023-01-31 f t; close f t f; create f f f',
    );

    // The file in force gives its worker the level (replacing the hand-typed one); the others leave theirs.
    const { rows: persons } = await h.t.db.query<{
      id: number;
      level: string | null;
      from: string | null;
      until: string | null;
      fileId: number | null;
    }>(
      `select id, hardship_level as level, hardship_from::text as from, hardship_until::text as until,
              hardship_file_id as "fileId" from persons where id = any($1::bigint[]) order by id`,
      [[w.a.id, w.b.id, w.c.id, w.d.id]],
    );
    expect(persons.map((p) => [p.level, p.from, p.until, p.fileId])).toEqual([
      ['deep', '2021-03-15', '2099-12-31', files[0].id],
      [null, null, null, null],
      [null, null, null, null],
      [null, null, null, null],
    ]);

    // One audit entry for the import, keeping the hand-typed level the file replaced.
    const { rows: audit } = await h.t.db.query<{ after: { created: number; replaced: unknown[] } }>(
      `select after from audit_log where action = 'hardship_file.import' order by id desc limit 1`,
    );
    expect(audit[0].after).toMatchObject({
      created: 4,
      replaced: [{ personId: w.a.id, level: 'relative', from: '2020-01-01', until: null }],
    });

    // End of 2021: a and b in force, both verified that year.
    const y2021 = await stats(2021);
    expect(y2021).toMatchObject({ asOf: '2021-12-31', inForce: 2, expired: 0, verified: 2 });
    expect(y2021.byCause).toEqual(
      expect.arrayContaining([
        { cause: 'illness', inForce: 1 },
        { cause: 'education', inForce: 1 },
        { cause: 'epidemic', inForce: 1 },
      ]),
    );
    // End of 2022: a still in force; b lapsed in May; c verified in February and closed in October.
    const y2022 = await stats(2022);
    expect(y2022).toMatchObject({ inForce: 1, expired: 1, verified: 1 });
    expect(y2022.byLevel).toEqual(
      expect.arrayContaining([
        { level: 'deep', inForce: 1, expired: 0, verified: 0 },
        { level: 'relative', inForce: 0, expired: 1, verified: 0 },
        { level: 'accident', inForce: 0, expired: 0, verified: 1 },
      ]),
    );

    // The live road takes over: the lapsed file is reviewed, and counts again from the review.
    const review = await h.t.call({
      method: 'POST',
      url: `/api/hardship/files/${files[1].id}/review`,
      cookie: h.staff,
      body: { reviewedOn: '2023-01-05', expiresOn: '2099-12-31' },
    });
    expect(review.statusCode, review.body).toBe(200);
    expect(await stats(2023)).toMatchObject({ inForce: 2, expired: 0 });
    expect(await stats(2022)).toMatchObject({ inForce: 1, expired: 1 });

    // The same register again: every file is on record already, the lapsed one reviewed since, so differing.
    const again = await send(resaved(sheet(REGISTER())), true);
    expect(kit.rowsOf(again.json().errors)).toEqual([
      [5, '复核日期'],
      [5, '有效期至'],
    ]);
    // A new file for a worker whose file is still open is refused.
    const second = await send(
      sheet([{ 职工身份证号: w.a.idNumber, 困难类别: '深度困难', 致困原因: '大病', 建档日期: '2023-02-01' }]),
      true,
    );
    expect(second.json().errors).toMatchObject([
      { rowNo: 2, column: '职工身份证号', messageZh: '该职工已有未销档的困难职工档案' },
    ]);
  });

  it('the files list exports as .xlsx as filtered, in words, amounts as numbers; audited', async () => {
    const res = await h.t.call({
      method: 'GET',
      url: `/api/hardship/files.xlsx?orgId=${h.firm.id}`,
      cookie: h.staff,
    });
    expect(res.statusCode, res.body).toBe(200);
    const data = await readSheet(res.rawPayload, 'files.xlsx', { isHeader: (c) => c.includes('困难类别') });
    const col = (name: string) => data.headers.indexOf(name);
    expect(data.rows.map((r) => r.cells[col('状态')]).sort()).toEqual(
      ['已销档', '在档', '在档', '待认定'].sort(),
    );
    expect(data.rows.map((r) => r.cells[col('认定日期')])).toContain('2021-03-15');
    // beside the day verified, the day it was entered (as the database recorded the step): the register came in
    // today, not in 2021
    const verified = data.rows.find((r) => r.cells[col('认定日期')] === '2021-03-15')?.cells ?? [];
    const entered = await h.t.db.query<{ day: string }>(
      `select to_char(max(created_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day from hardship_events
        where kind = 'verify'`,
    );
    expect(verified[col('认定录入日期')]).toBe(entered.rows[0].day);
    expect(entered.rows[0].day > '2021-03-15').toBe(true);
    expect(data.headers).not.toContain('身份证号');
    const audit = await h.t.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'hardship_file.export'`,
    );
    expect(audit.rows[0].n).toBe(1);
    const bad = await h.t.call({
      method: 'GET',
      url: '/api/hardship/files.xlsx?level=rich',
      cookie: h.staff,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('reads a messy sheet: columns in another order, full-width digits, 2021年3月5日, a 合计 footer', async () => {
    const headers = ['建档日期', '致困原因', '困难类别', '职工身份证号', '认定日期', '年收入', '有效期至'];
    const file = writeWorkbook([
      {
        name: '台账',
        headers,
        rows: [
          [
            '2021年3月5日',
            '单亲，子女上学',
            '相对困难',
            w.e.idNumber.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
            '2021/3/8',
            '４２，０００元',
            '2022年3月7日',
          ],
          ['合计', '', '', '', '', '42000', ''],
        ],
      },
    ]);
    const res = await send(file, false, '台账.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      created: 1,
      expired: 1,
      ignoredRows: [{ rowNo: 3, reason: 'total' }],
    });
    const { rows } = await h.t.db.query<{ causes: string[]; verifiedOn: string; income: number }>(
      `select f.causes, f.verified_on::text as "verifiedOn",
              (select sum(yearly_income_fen)::int from hardship_members m where m.file_id = f.id) as income
         from hardship_files f where f.person_id = $1`,
      [w.e.id],
    );
    expect(rows).toEqual([
      { causes: ['single_parent', 'education'], verifiedOn: '2021-03-08', income: 4_200_000 },
    ]);
    expect(await stats(2021)).toMatchObject({ verified: 3 });
  });
});
