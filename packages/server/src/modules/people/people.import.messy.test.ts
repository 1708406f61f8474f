/**
 * A roster as clerks keep it: ID numbers typed in full-width digits or with spaces, a 合计 row and a 填表说明
 * block under the members, and blank 入会日期 cells (refused unless the clerk chose a date at upload).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { HEADERS, idNo, importFixtureForFile, memberSheet, xlsx } from '../../../test/member-import.ts';
import { oneSheetBook } from '../../../test/zip-parts.ts';
import type { OrgRow } from '../org/index.ts';

const f = importFixtureForFile();
let yangzhen: OrgRow;
let firmA: OrgRow;

beforeAll(async () => {
  ({ yangzhen, firmA } = f.orgs);
});

const fullWidth = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const spaced = (s: string) => `${s.slice(0, 6)} ${s.slice(6, 14)}\u3000${s.slice(14)}`;
const blank = ['', '', '', '', ''];
const UNION = '杨镇汇丰包装公司工会';

const roster = () =>
  memberSheet([
    ['全角号', fullWidth(idNo(801)), '13800000801', UNION, '2020-03-15', ...blank.slice(1)], // row 2
    ['空格号', spaced(idNo(802)), '', UNION, '2020-03-15', ...blank.slice(1)], // 3
    ['无日期', idNo(803), '', UNION, '', ...blank.slice(1)], // 4
    ['', '', '', '', '', ...blank.slice(1)], // 5: blank
    ['合计', '', '3人', '', '', ...blank.slice(1)], // 6
    ['填表说明：', '', '', '', '', ...blank.slice(1)], // 7
    ['1. 身份证号须为18位，请设为文本格式', '', '', '', '', ...blank.slice(1)], // 8
    ['2. 张三已调出，请勿填写', '', '', '', '', ...blank.slice(1)], // 9
    ['补录', idNo(804), '', UNION, '2021-01-01', ...blank.slice(1)], // 10: a member under the notes
    ['备注：共4人', '', '', '', '', ...blank.slice(1)], // 11
  ]);

/** The roster's rows left out, the same whether the import is refused or taken: its 合计 row and its notes. */
const LEFT_OUT = [
  { rowNo: 6, reason: 'total' },
  { rowNo: 7, reason: 'note' },
  { rowNo: 8, reason: 'note' },
  { rowNo: 9, reason: 'note' },
  { rowNo: 11, reason: 'note' },
];

describe('member import: a messy roster', () => {
  it('reads full-width and spaced ID numbers, leaves out the 合计 row and the notes, and refuses a blank join date', async () => {
    const before = await f.counts();
    const { job, errors } = await f.runImport(f.ctx.actor('staff', yangzhen), roster());
    expect(job.status).toBe('failed');
    expect(errors.map((e) => [e.rowNo, e.column, e.code])).toEqual([[4, '入会日期', 'JOIN_DATE_REQUIRED']]);
    expect(errors[0].messageZh).toContain('入会日期为空');
    expect(errors[0].messageEn).toContain('join date');
    expect(job.result).toMatchObject({
      rejected: 1,
      ignored: 5,
      ignoredRows: LEFT_OUT,
    });
    expect(job.total).toBe(4);
    expect(await f.counts()).toEqual(before);
  });

  it('takes the date the clerk chose for blank join dates, and audits the choice', async () => {
    const { job, errors } = await f.runImport(f.ctx.actor('staff', yangzhen), roster(), {
      defaultJoinedOn: '2019-05-01',
    });
    expect(errors).toEqual([]);
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ imported: 4, created: 4, rejected: 0 });
    for (const n of [801, 802, 803, 804]) {
      expect(await f.personByIdNumber(idNo(n))).toMatchObject({ orgId: firmA.id });
    }
    const { rows } = await f.db.query<{ joinedOn: string }>(
      `select m.joined_on as "joinedOn" from memberships m join persons p on p.id = m.person_id
        where p.id_hash = any($1::text[]) order by p.name`,
      [[803, 801].map((n) => f.ctx.services.ids.hash(idNo(n)))],
    );
    expect(rows.map((r) => r.joinedOn).sort()).toEqual(['2019-05-01', '2020-03-15']);
    const audit = await f.db.query<{ after: Record<string, unknown> }>(
      `select after from audit_log where action = 'person.import' and entity_id = $1`,
      [String(job.id)],
    );
    expect(audit.rows[0].after).toMatchObject({
      defaultJoinedOn: '2019-05-01',
      ignoredRows: LEFT_OUT,
    });
  });

  it('needs no join date for a member already in the union', async () => {
    const { job, errors } = await f.runImport(
      f.ctx.actor('staff', yangzhen),
      memberSheet([['无日期', idNo(803), '13800000803', UNION, '', ...blank.slice(1)]]),
    );
    expect(errors).toEqual([]);
    expect(job.result).toMatchObject({ imported: 1, created: 0, updated: 1 });
  });
});

/** A members sheet whose ID numbers Excel holds as numbers (`<v>` with no type), as when typed into a General column. */
const numericIdSheet = (rows: [name: string, id: string][]) => {
  const text = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const head = HEADERS.map((h, i) => text(`${String.fromCharCode(65 + i)}1`, h)).join('');
  const body = rows.map(
    ([name, id], i) =>
      `<row r="${i + 2}">${text(`A${i + 2}`, name)}<c r="B${i + 2}"><v>${id}</v></c>` +
      `${text(`D${i + 2}`, UNION)}${text(`E${i + 2}`, '2020-03-15')}</row>`,
  );
  return oneSheetBook(
    `<worksheet><sheetData><row r="1">${head}</row>${body.join('')}</sheetData></worksheet>`,
  );
};

describe("member import: a roster's own columns", () => {
  it('names the columns no member field is read from, a row number aside, in the check and the import', async () => {
    // a clerk's roster: 序号 first, then the fields, 民族 and 备注 of its own between them
    const sheet = xlsx(
      ['序号', '姓名', '性别', '身份证号码', '民族', '工会名称', '入会日期', '备注'],
      [['1', '民族列', '', idNo(811), '汉族', UNION, '2020-03-15', '新入会']],
    );
    const staff = f.ctx.actor('staff', yangzhen);
    for (const dryRun of [true, false]) {
      const { job, errors } = await f.runImport(staff, sheet, { dryRun });
      expect(errors).toEqual([]);
      expect(job.status).toBe('succeeded');
      expect(job.result).toMatchObject({ file: { format: 'xlsx', unreadColumns: ['民族', '备注'] } });
    }
  });
});

describe('member import: ID numbers Excel holds as numbers', () => {
  it('says Excel made an 18-digit number a float, and reads a 15-digit one back as its exact digits', async () => {
    const { job, errors } = await f.runImport(
      f.ctx.actor('staff', yangzhen),
      numericIdSheet([
        ['浮点号', '1.10113198806128E+17'],
        ['旧号码', '330103800101101'],
      ]),
    );
    expect(job.status).toBe('failed');
    expect(errors.map((e) => [e.rowNo, e.column, e.code])).toEqual([
      [2, '身份证号码', 'ID_NUMBER_AS_NUMBER'],
      [3, '身份证号码', 'ID_NUMBER_INVALID'],
    ]);
    expect(errors[0].messageZh).toContain('存成了数字');
    expect(errors[0].messageZh).toContain('“文本”');
    expect(errors[0].messageEn).toContain('stored the ID number as a number');
    expect(errors[0].messageEn).toContain('format the column as Text');
    // the 15 digits as the cell holds them (masked in the message), not 3.30103E+14
    expect(errors[1].messageZh).toBe('「330103*****1101」：这是15位的旧身份证号，请填写18位的二代身份证号');
    expect(errors[1].messageEn).toContain('old 15-digit ID number');
  });
});

describe('member import: a join date before the union was founded', () => {
  it('imports the row as typed and warns which row and date to check', async () => {
    await f.db.query(`update orgs set founded_on = '2010-05-01' where id = $1`, [firmA.id]);
    const sheet = memberSheet([
      ['早入会', idNo(811), '', UNION, '2008-09-01', ...blank.slice(1)],
      ['晚入会', idNo(812), '', UNION, '2012-09-01', ...blank.slice(1)],
    ]);
    const warning = {
      rowNo: 2,
      column: '入会日期',
      zh: `第2行“入会日期”2008-09-01早于“${UNION}”的成立日期2010-05-01；不影响导入，请核对`,
      en: `Row 2, 入会日期 (join date): 2008-09-01 is before ${UNION} was founded on 2010-05-01; this does not stop the import, please check it`,
    };
    try {
      // the check (预检) warns in the same words, which claim nothing was imported: it wrote nothing
      const check = await f.runImport(f.ctx.actor('staff', yangzhen), sheet, { dryRun: true });
      expect(check.job.result).toMatchObject({ dryRun: true, warningCount: 1, warnings: [warning] });
      const { job, errors } = await f.runImport(f.ctx.actor('staff', yangzhen), sheet);
      expect(errors).toEqual([]);
      expect(job.status).toBe('succeeded');
      expect(job.result).toMatchObject({
        imported: 2,
        warningCount: 1,
        warnings: [warning],
      });
      const { rows } = await f.db.query<{ joinedOn: string }>(
        `select m.joined_on::text as "joinedOn" from memberships m join persons p on p.id = m.person_id
          where p.id_hash = $1`,
        [f.ctx.services.ids.hash(idNo(811))],
      );
      expect(rows.map((r) => r.joinedOn)).toEqual(['2008-09-01']);
    } finally {
      await f.db.query(`update orgs set founded_on = null where id = $1`, [firmA.id]);
    }
  });
});
