/**
 * The requests register over HTTP (issue 23): the template with its 填写说明 sheet, the dry run that writes
 * nothing, the refusal of a file with a wrong row (nothing written), and the import of a union's 2025 register
 * whose requests carry their own days and count in 2025.
 */

import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/api.ts';
import { fixedClock, TEST_NOW, TEST_TODAY } from '../../../test/clock.ts';
import { countOf, registerKit } from '../../../test/register-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { OrgRow } from '../org/index.ts';
import { escalateOverdueCases } from './cases.escalation.ts';
import { caseRegister } from './cases.import.columns.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: string;
let outsiderStaff: string;
let firm: OrgRow;
let street: OrgRow;
let bracketed: OrgRow;
let member: { id: number; idNumber: string };
let register: Awaited<ReturnType<typeof caseRegister>>;

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock() });
  const root = await t.ctx.newRoot();
  street = await t.ctx.newOrg(root, 'street', `测试街道总工会${t.ctx.unique()}`);
  firm = await t.ctx.newOrg(street, 'grassroots', `测试基层工会${t.ctx.unique()}`);
  // stored as typed, with full-width brackets
  bracketed = await t.ctx.newOrg(street, 'grassroots', `维达纸业（北京）有限公司${t.ctx.unique()}工会`);
  const idNumber = t.ctx.newIdNumber();
  member = { id: (await t.ctx.newPerson(firm, { idNumber })).id, idNumber };
  staff = await t.signInAs('staff', street);
  outsiderStaff = await t.signInAs('staff', await t.ctx.newOrg(root, 'street'));
  register = await caseRegister(t.db);
});
afterAll(async () => t?.close());

const count = () =>
  countOf(t, 'select count(*)::int as n from cases where filed_org_id in ($1, $2)', [firm.id, street.id]);
const kit = registerKit({
  app: () => t,
  cookie: () => staff,
  importUrl: '/api/cases/import',
  register: () => register,
  fileName: '台账.xlsx',
  count,
});
const { sheet } = kit;
/** A member's request of March 2025 answered and closed in time. */
const answered = () => [
  '2025-03-03',
  '18:05',
  '接待日',
  '工资报酬',
  '加班费未足额发放',
  member.idNumber,
  '',
  '否',
  '2025-03-04',
  '2025-03-10',
  '已协调补发',
  '2025-03-12',
];
const send = (file: Buffer, dryRun: boolean, cookie = staff) => kit.send(file, dryRun, undefined, cookie);

describe('the requests register import', () => {
  it('offers a template whose 填写说明 sheet names every column', async () => {
    await kit.templateNames(['收到日期', '渠道', '受理日期']);
  });

  it('a dry run counts and writes nothing; a wrong row refuses the whole file, naming row and column', async () => {
    const file = sheet([
      answered(),
      ['2025/3/5', '', '职工维权热线', '劳动合同', '未签劳动合同', '', firm.name, '是', '', '', '', ''],
      [
        '2025年3月6日',
        '9点30',
        '恳谈会',
        '其他',
        '食堂饭菜质量',
        '',
        street.name,
        '',
        '2025-03-06',
        '',
        '',
        '',
      ],
      ['2025-03-07', '', '接待日', '其他', '更衣室不足', '', bracketed.name, '', '', '', '', ''],
      [
        '2025-03-07',
        '',
        '接待日',
        '其他',
        '更衣室不足',
        '',
        bracketed.name.replace('（', '(').replace('）', ')'),
        '',
        '',
        '',
        '',
        '',
      ],
    ]);
    await kit.dryRun(file, { total: 5, created: 5, closed: 1, open: 4 });

    const wrong = sheet([
      ['2025-03-03', '', '接待日', '工资报酬', '内容', '', '', '', '2025-03-01', '', '', ''],
      ['2025-03-03', '25:00', '来电', '工资报酬', '内容', '', '不存在的工会', '', '', '2025-03-09', '', ''],
    ]);
    // row 3's union not found and its answer day without an answer are told beside its time and channel that do
    // not parse
    const errors = await kit.refused(wrong, [
      [2, '受理日期'],
      [3, '收到时间'],
      [3, '渠道'],
      [3, '所在工会'],
      [3, '答复内容'],
    ]);
    expect(errors[0].messageZh).toBe('受理日期 2025-03-01 早于收到日期 2025-03-03');
    // the English message speaks English, the column's Chinese header is in `column`
    expect(errors[0].messageEn).toBe('The day accepted (2025-03-01) is before the day received (2025-03-03)');
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const errors = await kit.refused(
      sheet([
        // a day received that does not parse beside a union not found: the day accepted not compared with it
        ['2025-03-33', '', '接待日', '其他', '内容', '', '不存在的工会', '', '2025-03-01', '', '', ''],
        // an ID number that does not parse beside an answer day without its answer
        ['2025-03-03', '', '接待日', '其他', '内容', '1'.repeat(31), '', '', '', '2025-03-05', '', ''],
        // a right row: not brought in with the others refused
        answered(),
      ]),
      [
        [2, '收到日期'],
        [2, '所在工会'],
        [3, '职工身份证号'],
        [3, '答复内容'],
      ],
    );
    expect(errors[3].messageEn).toBe('An answer date needs the answer');
  });

  it('imports the register: each request on its days, counted in 2025, left alone by the sweep', async () => {
    const file = sheet([
      answered(),
      ['2025-03-05', '', '职工维权热线', '劳动合同', '未签劳动合同', '', firm.name, '是', '', '', '', ''],
    ]);
    await kit.imported(file, { created: 2, closed: 1, open: 1 });
    const { rows } = await t.db.query<{
      status: string;
      countedFrom: string;
      orgId: number;
      onTime: boolean | null;
      personId: number | null;
    }>(
      `select status, counted_from::text as "countedFrom", org_id as "orgId", on_time as "onTime", person_id as "personId"
         from cases where filed_org_id = $1 and filed_on between '2025-03-01' and '2025-03-31' order by filed_on`,
      [firm.id],
    );
    expect(rows).toEqual([
      { status: 'closed', countedFrom: '2025-03-04', orgId: firm.id, onTime: true, personId: member.id },
      { status: 'submitted', countedFrom: '2025-03-05', orgId: firm.id, onTime: null, personId: null },
    ]);
    const stats = (query = '') =>
      kit.got(`/api/cases/stats?orgId=${street.id}&from=2025-01&to=2025-12${query}`);
    expect(await stats()).toMatchObject({ filed: 2, answered: 1, onTime: 1 });
    // As of a day, from the recorded steps: on 5 March both were open and in time; on 1 April the first was
    // closed and the second, never accepted, overdue.
    const on = (day: string) => stats(`&asOf=${day}`);
    expect(await on('2025-03-05')).toMatchObject({ statesOn: '2025-03-05', open: 2, overdue: 0 });
    expect(await on('2025-04-01')).toMatchObject({ open: 1, overdue: 1 });
    // The open 2025 request's deadlines passed before it was entered: the sweep does not move it.
    const { rows: open } = await t.db.query<{ id: number }>(
      `select id from cases where filed_org_id = $1 and status = 'submitted' and filed_on = '2025-03-05'`,
      [firm.id],
    );
    expect(await escalateOverdueCases(t.db, TEST_NOW)).not.toContain(open[0].id);
  });

  it('refuses the same file a second time, dry run or not, creating no request again (issue 42)', async () => {
    const file = sheet([
      ['2025-04-07', '09:30', '接待日', '工资报酬', '同一文件再次上传', '', firm.name, '否', '', '', '', ''],
      ['2025-04-08', '10:00', '接待日', '劳动合同', '同一文件再次上传', '', firm.name, '否', '', '', '', ''],
    ]);
    expect(await kit.repeatRefused(file)).toMatchObject({ created: 2 });
  });

  it('takes the register sent again: its requests on record skipped, one differing refused per column', async () => {
    const row = (day: string, what: string, channel = '接待日') => [
      day,
      '09:30',
      channel,
      '工资报酬',
      what,
      '',
      firm.name,
      '否',
      '',
      '',
      '',
      '',
    ];
    const [a, b] = [row('2025-05-06', '再次送来的台账'), row('2025-05-07', '再次送来的台账')];
    await kit.imported(sheet([a, b]), { created: 2 });
    // grown by a request, and a like request twice (two requests): the two on record skipped
    const like = row('2025-05-08', '同日两件相同诉求');
    await kit.importedGrown(sheet([a, b, like, like]), { created: 2, onRecord: 2 }, {});
    // a request on record given with another channel: refused, the request on record kept
    const errors = await kit.refused(sheet([row('2025-05-06', '再次送来的台账', '职工维权热线')]), [
      [2, '渠道'],
    ]);
    expect(errors[0].messageZh).toBe('2025-05-06收到的该诉求已登记，平台上是“接待日”，本表是“职工维权热线”');
  });

  it('the requests list exports as .xlsx as filtered: names only where the list shows them, days as recorded', async () => {
    const res = await t.call({
      method: 'GET',
      url: `/api/cases.xlsx?orgId=${street.id}&from=2025-03-01&to=2025-03-31`,
      cookie: staff,
    });
    expect(res.statusCode, res.body).toBe(200);
    const sheet = await readSheet(res.rawPayload, 'list.xlsx', { isHeader: (c) => c.includes('收到日期') });
    const col = (name: string) => sheet.headers.indexOf(name);
    const rows = sheet.rows
      .map((r) => r.cells)
      .sort((a, b) => String(a[col('收到日期')]).localeCompare(String(b[col('收到日期')])));
    expect(rows.map((r) => [r[col('收到日期')], r[col('类别')], r[col('状态')], r[col('办结日期')]])).toEqual(
      [
        ['2025-03-03', '工资报酬', '已办结', '2025-03-12'],
        ['2025-03-05', '劳动合同', '待受理', ''],
      ],
    );
    expect(rows[1][col('职工')]).toBe('匿名');
    // the moment it came in, its time told to the minute (18:05), is a date-time cell shown to the second
    expect(rows.map((r) => r[col('收到时间')])).toEqual(['2025-03-03 18:05:00', '']);
    const book = XLSX.read(res.rawPayload, { cellNF: true }).Sheets.职工诉求;
    const cell = [book.C2, book.C3].find((c) => c?.t === 'n');
    expect(cell).toMatchObject({ t: 'n', z: 'yyyy\\-mm\\-dd\\ hh:mm:ss' });
    expect(cell?.v).toBeCloseTo(45719 + (18 * 60 + 5) / 1440, 8);
    // beside each day a decision happened, the day it was entered: today, for a register brought in today
    const today = TEST_TODAY;
    expect(rows.map((r) => [r[col('录入日期')], r[col('办结录入日期')]])).toEqual([
      [today, today],
      [today, ''],
    ]);
    const audit = await t.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'case.export' and after->>'rows' = '2'`,
    );
    expect(audit.rows[0].n).toBeGreaterThan(0);
    const outside = await t.call({
      method: 'GET',
      url: `/api/cases.xlsx?orgId=${street.id}`,
      cookie: outsiderStaff,
    });
    expect(outside.statusCode).toBe(404);
    const bad = await t.call({ method: 'GET', url: '/api/cases.xlsx?from=2025-13-01', cookie: staff });
    expect(bad.statusCode).toBe(400);
  });

  it('brings in anonymous requests of any channel and times to the second: 17:30:00 in time, 17:30:01 late', async () => {
    // Tuesday 2025-04-01; the cut-off is 17:30.
    const row = (time: string, channel: string, text: string, anonymous: string) => [
      '2025-04-01',
      time,
      channel,
      '工资报酬',
      text,
      '',
      firm.name,
      anonymous,
      '',
      '',
      '',
      '',
    ];
    const file = sheet([
      row('17:30:00', '接待日', '接待日收到未署名来信', '是'),
      row('17:30:01', '工会主席信箱', '下班后一秒收到', '否'),
      row('17:29', '恳谈会', '恳谈会上匿名反映', '是'),
      row('17点30分01秒', '职工维权热线', '热线来电', '否'),
    ]);
    await kit.imported(file, { created: 4, errors: [] });
    const { rows } = await t.db.query(
      `select description, channel, received_time as "receivedTime", counted_from::text as "countedFrom",
              anonymous, person_id as "personId", owner_hash as "ownerHash"
         from cases where filed_org_id = $1 and filed_on = '2025-04-01' order by id`,
      [firm.id],
    );
    expect(rows).toEqual([
      {
        description: '接待日收到未署名来信',
        channel: 'reception',
        receivedTime: '17:30:00',
        countedFrom: '2025-04-01',
        anonymous: true,
        personId: null,
        ownerHash: null,
      },
      {
        description: '下班后一秒收到',
        channel: 'mailbox',
        receivedTime: '17:30:01',
        countedFrom: '2025-04-02',
        anonymous: false,
        personId: null,
        ownerHash: null,
      },
      {
        description: '恳谈会上匿名反映',
        channel: 'forum',
        receivedTime: '17:29',
        countedFrom: '2025-04-01',
        anonymous: true,
        personId: null,
        ownerHash: null,
      },
      {
        description: '热线来电',
        channel: 'hotline',
        receivedTime: '17:30:01',
        countedFrom: '2025-04-02',
        anonymous: false,
        personId: null,
        ownerHash: null,
      },
    ]);
    // An anonymous row that names a worker is refused, whatever its channel.
    const named = sheet([
      ['2025-04-02', '', '接待日', '工资报酬', '内容', member.idNumber, '', '是', '', '', '', ''],
    ]);
    const refused = await send(named, true);
    expect(refused.json().errors.map((e: { column: string }) => e.column)).toEqual(['职工身份证号']);
  });

  it('another union cannot place requests in this subtree', async () => {
    const file = sheet([['2025-03-03', '', '接待日', '工资报酬', '内容', '', firm.name, '', '', '', '', '']]);
    const res = await send(file, true, outsiderStaff);
    expect(res.statusCode).toBe(200);
    expect(res.json().errors.map((e: { column: string }) => e.column)).toEqual(['所在工会']);
  });
});
