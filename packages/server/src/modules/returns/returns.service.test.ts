import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movableClock } from '../../../test/clock.ts';
import type { TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import type { OrgRow } from '../org/index.ts';
import { checkForm } from './returns.form.check.ts';
import { checkRules, parseRule } from './returns.form.rules.ts';
import type { ReturnForm } from './returns.form.ts';
import { readValue } from './returns.form.ts';
import { SHIPPED_FORMS } from './returns.forms.ts';
import { planSubmissions } from './returns.issuing.ts';
import { periodOf } from './returns.period.ts';
import { remindReturns } from './returns.remind.ts';
import { createReturnSheets, formFromSheet } from './returns.sheet.ts';
import { outsidePeers } from './returns.table.ts';
import { AGE_TABLE, openReturnsWorld, type ReturnsWorld, yearReturn } from './returns.test-kit.ts';

const FORM: ReturnForm = {
  sections: [
    {
      key: 's1',
      title: '会员',
      fields: [
        { key: 'members', label: '会员人数', type: 'int', unit: '人', figure: 'members', required: true },
        { key: 'women', label: '女会员（人）', type: 'int', required: true },
        { key: 'fee', label: '经费收入', type: 'money' },
        { key: 'kind', label: '单位类型', type: 'choice', choices: ['企业', '机关'] },
      ],
      tables: [
        AGE_TABLE,
        {
          key: 'slogans',
          label: '安全感言',
          maxRows: 20,
          columns: [
            { key: 'text', label: '感言', type: 'text' },
            { key: 'author', label: '作者', type: 'text' },
          ],
        },
      ],
    },
  ],
  rules: [
    {
      expr: '女会员（人） ≤ 会员人数',
      message: { zh: '女会员不能多于会员', en: 'Women members cannot exceed members' },
    },
  ],
};

describe('a return climbs the tree', () => {
  let db: Db;
  let t: TestContext;
  const clock = movableClock('2026-03-02T09:00:00+08:00');
  let returns: ReturnsWorld['returns'];
  let filling: ReturnsWorld['filling'];
  let tables: ReturnsWorld['tables'];
  let district: OrgRow;
  let streetA: OrgRow;
  let streetB: OrgRow;
  let a1: OrgRow;
  let a2: OrgRow;
  let b1: OrgRow;
  let staff: (o: OrgRow) => Actor;

  beforeAll(async () => {
    ({ db, t, returns, filling, tables } = await openReturnsWorld(clock));
    const root = await t.newRoot();
    district = await t.newOrg(root, 'district');
    // siblings stand in the tree's order, by name
    streetA = await t.newOrg(district, 'street', 'A街道总工会');
    streetB = await t.newOrg(district, 'street', 'B街道总工会');
    a1 = await t.newOrg(streetA, 'grassroots');
    a2 = await t.newOrg(streetA, 'grassroots');
    b1 = await t.newOrg(streetB, 'grassroots');
    const branch = await t.newOrg(a1, 'branch');
    for (let i = 0; i < 3; i++) await t.newPerson(a1);
    await t.newPerson(branch);
    await t.newPerson(a2);
    await t.newPerson(streetA);
    // joined after the period's end: not counted
    await t.newPerson(b1, { joinedOn: '2026-01-05' });
    staff = (o) => t.actor('staff', o);
  });
  afterAll(() => db.close());

  const issueOne = async (form = FORM, extra: Partial<Parameters<typeof returns.create>[1]> = {}) => {
    const { id } = await returns.create(staff(district), yearReturn('2025年会员情况统计表', form, extra));
    await returns.issue(staff(district), id);
    return id;
  };

  /** b1 fills last year's return (no women members, a fee of 100.00), submits it, and its street accepts it. */
  const lastYearAccepted = async (id: number) => {
    await filling.save(staff(b1), id, b1.id, {
      values: [
        { key: 'women', value: '0' },
        { key: 'fee', value: '100' },
      ],
    });
    await filling.submit(staff(b1), id, b1.id);
    await filling.accept(staff(streetB), id, b1.id);
  };

  it('pre-fills bound figures as of the period end, each union answering for the part of the tree it fills for', async () => {
    const id = await issueOne();
    const v1 = await filling.view(staff(a1), id, a1.id);
    expect(v1.values.members).toMatchObject({ text: '4', bound: '4', source: 'bound' });
    expect((await filling.view(staff(b1), id, b1.id)).values.members.text).toBe('0');
    const street = await filling.view(staff(streetA), id, streetA.id);
    expect(street.consolidates).toBe(true);
    expect(street.values.members.text).toBe('1');
    expect(street.children.map((c) => c.orgId).sort()).toEqual([a1.id, a2.id].sort());
    expect(street.figures.members.basisZh).toContain('截至期末');
    // the issuer's own staff see it; a union outside the district does not
    const other = await t.newOrg(await t.newRoot(), 'district');
    await expect(filling.view(staff(other), id, a1.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // a union fills only its own; the union above that reviews it may enter it for them (代录), no one else
    const entering = (o: OrgRow) =>
      filling.save(staff(o), id, a1.id, { values: [{ key: 'women', value: '1' }] });
    await expect(entering(a2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(entering(district)).rejects.toMatchObject({ code: 'RETURN_NOT_OWN_UNION' });
    expect((await filling.view(staff(streetA), id, a1.id)).can).toEqual({ edit: true, review: true });
    expect((await filling.view(staff(district), id, a1.id)).can).toEqual({ edit: false, review: false });
  });

  it('checks values, rules and reasons; returns with comments; consolidates accepted unions up to the issuer', async () => {
    const id = await issueOne();
    // a wrong value saves nothing and names the field
    await expect(
      filling.save(staff(a1), id, a1.id, {
        values: [
          { key: 'women', value: '三' },
          { key: 'fee', value: '1,200.50' },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'RETURN_VALUES_INVALID',
      messages: { zh: expect.stringContaining('“女会员（人）”须为整数') },
    });
    // changing a bound figure needs a reason, kept with the value
    await expect(
      filling.save(staff(a1), id, a1.id, { values: [{ key: 'members', value: '5' }] }),
    ).rejects.toMatchObject({
      code: 'RETURN_REASON_NEEDED',
    });
    await filling.save(staff(a1), id, a1.id, {
      values: [
        { key: 'members', value: '5', reason: '一名会员入会手续未录入' },
        { key: 'women', value: '6' },
        { key: 'fee', value: '1,200.50' },
        { key: 'kind', value: ' 企业 ' },
        { key: 'age.young.n', value: '3' },
        { key: 'age.old.n', value: '2' },
        { key: 'slogans.1.text', value: '安全第一（班组）' },
        { key: 'slogans.1.author', value: '王芳' },
      ],
    });
    let v = await filling.view(staff(a1), id, a1.id);
    expect(v.values.members).toMatchObject({
      text: '5',
      bound: '4',
      source: 'typed',
      reason: '一名会员入会手续未录入',
    });
    expect(v.values.fee.text).toBe('1200.50');
    expect(v.values.kind.text).toBe('企业');
    expect(v.values['slogans.1.text'].text).toBe('安全第一（班组）');
    expect(v.problems.map((p) => p.zh).join()).toContain('女会员不能多于会员');
    await expect(filling.submit(staff(a1), id, a1.id)).rejects.toMatchObject({
      code: 'RETURN_VALUES_INVALID',
    });
    await filling.save(staff(a1), id, a1.id, { values: [{ key: 'women', value: '2' }] });
    clock.set('2026-03-10T10:00:00+08:00');
    await filling.submit(staff(a1), id, a1.id);
    // locked once submitted
    await expect(
      filling.save(staff(a1), id, a1.id, { values: [{ key: 'women', value: '1' }] }),
    ).rejects.toMatchObject({
      code: 'RETURN_LOCKED',
    });
    // only the union above reviews
    await expect(filling.accept(staff(district), id, a1.id)).rejects.toMatchObject({
      code: 'RETURN_NOT_REVIEWER',
    });
    await expect(filling.sendBack(staff(streetA), id, a1.id, {})).rejects.toMatchObject({
      code: 'RETURN_COMMENT_NEEDED',
    });
    await filling.sendBack(staff(streetA), id, a1.id, {
      comments: [{ key: 'fee', body: '经费收入请按决算填写' }],
    });
    v = await filling.view(staff(a1), id, a1.id);
    expect(v.status).toBe('returned');
    expect(v.comments).toMatchObject([{ key: 'fee', body: '经费收入请按决算填写', round: 1 }]);
    await filling.save(staff(a1), id, a1.id, { values: [{ key: 'fee', value: '1300' }] });
    clock.set('2026-03-16T10:00:00+08:00');
    await filling.submit(staff(a1), id, a1.id);
    await filling.accept(staff(streetA), id, a1.id);

    // the street cannot submit before its other union is in
    await expect(filling.submit(staff(streetA), id, streetA.id)).rejects.toMatchObject({
      code: 'RETURN_CHILDREN_PENDING',
    });
    await filling.markNotReported(staff(streetA), id, a2.id, { reason: '该单位已停产' });
    const street = await filling.view(staff(streetA), id, streetA.id);
    expect(street.totals.members).toBe('6');
    expect(street.totals.fee).toBe('1300.00');
    await filling.save(staff(streetA), id, streetA.id, { values: [{ key: 'women', value: '1' }] });
    clock.set('2026-03-17T11:00:00+08:00');
    await filling.submit(staff(streetA), id, streetA.id);
    // the street's totals are kept in its history, from consolidation, at its submission
    const { items: streetHistory, total } = await filling.history(staff(streetA), id, streetA.id);
    expect(total).toBe(streetHistory.length);
    expect(streetHistory.find((h) => h.key === 'members' && h.source === 'consolidation')).toMatchObject({
      before: '',
      after: '6',
      changedAt: new Date('2026-03-17T11:00:00+08:00'),
    });
    expect(streetHistory.find((h) => h.key === 'women' && h.source === 'consolidation')?.after).toBe('3');
    const { rows: sources } = await db.query<{ key: string; source: string }>(
      `select v.key, v.source from return_values v join return_submissions s on s.id = v.submission_id
        where s.return_id = $1 and s.org_id = $2 and v.key in ('fee', 'women')`,
      [id, streetA.id],
    );
    expect(Object.fromEntries(sources.map((r) => [r.key, r.source]))).toEqual({
      fee: 'consolidation',
      women: 'typed',
    });
    // sent back and submitted again unchanged: no new history row
    await filling.sendBack(staff(district), id, streetA.id, { note: '请核对' });
    await filling.submit(staff(streetA), id, streetA.id);
    expect(
      (await filling.history(staff(streetA), id, streetA.id)).items.filter(
        (h) => h.key === 'members' && h.source === 'consolidation',
      ),
    ).toHaveLength(1);
    await filling.accept(staff(district), id, streetA.id);

    const table = await tables.table(staff(district), id);
    const members = table.rows.find((r) => r.key === 'members');
    expect(members?.total).toBe('6');
    expect(members?.cells.find((c) => c.orgId === streetA.id)?.text).toBe('6');
    expect(members?.cells.find((c) => c.orgId === streetB.id)?.text).toBeNull();
    expect(table.rows.find((r) => r.key === 'age.young.n')?.total).toBe('3');
    expect(table.lists[0].rows).toEqual([
      { orgName: a1.name, cells: { text: '安全第一（班组）', author: '王芳' } },
    ]);
    // drill-down: the street's table shows its unions
    const down = await tables.table(staff(district), id, streetA.id);
    expect(down.columns.map((c) => c.orgId).sort()).toEqual([a1.id, a2.id].sort());
    expect(down.rows.find((r) => r.key === 'women')?.total).toBe('3');

    const progress = await tables.progress(staff(district), id);
    expect(progress.counts).toMatchObject({
      unions: 5,
      accepted: 2,
      notReported: 1,
      open: 2,
      late: 1,
      onTime: 1,
      overdue: 2,
    });
    expect(progress.unions.map((u) => u.orgId)).toEqual([streetA.id, streetB.id]);
    expect(progress.unions[0]).toMatchObject({
      late: true,
      below: { unions: 3, submitted: 2, accepted: 2, notReported: 1 },
    });
    expect(progress.unions[1]).toMatchObject({
      late: true,
      canReview: true,
      below: { unions: 2, submitted: 0 },
    });
    const inStreet = await tables.progress(staff(streetA), id);
    expect(inStreet.counts).toMatchObject({ unions: 3, accepted: 2, notReported: 1 });
    expect(inStreet.unions.find((u) => u.orgId === a1.id)).toMatchObject({ late: false, canReview: true });

    const history = (await filling.history(staff(district), id, a1.id)).items;
    expect(history.find((h) => h.key === 'fee' && h.after === '1300.00')?.before).toBe('1200.50');

    const xlsx = await tables.tableXlsx(staff(district), id);
    const read = await readSheet(xlsx.buffer, xlsx.fileName);
    expect(read.headers.slice(0, 3)).toEqual(['项目', '单位', '合计（已审核）']);
    // the form's layout: the section as a heading row, its fields, the fixed table as a grid (rows × columns,
    // units in the headers), the open table as a list of every union's rows
    const lines = read.rows.map((r) => r.cells.slice(0, 3).map((c) => c ?? ''));
    const at = (first: string) => lines.findIndex((l) => l[0] === first);
    // under its head: the return, the union, the period and what 合计 sums
    expect(lines.slice(0, 4).map((l) => l[0])).toEqual([
      '填报任务',
      '统计单位',
      '统计期间',
      '合计（已审核）',
    ]);
    expect(lines.find((l) => l[0] !== '' && !lines.slice(0, 4).includes(l))).toEqual(['会员', '', '']);
    expect(lines[at('会员人数')]).toEqual(['会员人数', '人', '6']);
    expect(lines[at('经费收入')]).toEqual(['经费收入', '元', '1300']);
    const grid = at('年龄结构');
    expect(grid).toBeGreaterThan(at('单位类型'));
    expect(lines.slice(grid, grid + 4)).toEqual([
      ['年龄结构', '', ''],
      ['项目', '', '人数（人）'],
      ['35岁以下', '', '3'],
      ['35岁及以上', '', '2'],
    ]);
    // the open table on a sheet of its own, which 汇总表 names
    expect(lines.slice(grid + 4, grid + 6)).toEqual([
      ['安全感言', '', ''],
      ['见工作表“清单1-安全感言”，共1行', '', ''],
    ]);
    const slogans = await readSheet(xlsx.buffer, xlsx.fileName, { isHeader: (cells) => cells[0] === '工会' });
    expect(slogans.sheetName).toBe('清单1-安全感言');
    expect(slogans.rows.map((r) => r.cells)).toEqual([[a1.name, '安全第一（班组）', '王芳']]);
    expect(read.sheetName).toBe('汇总表');
    // every union's value of each table cell on a sheet of its own
    const detail = await readSheet(xlsx.buffer, xlsx.fileName, {
      isHeader: (cells) => cells[0] === '年龄结构·35岁以下·人数',
    });
    expect(detail.sheetName).toBe('各单位明细');
    expect(detail.headers.slice(0, 3)).toEqual(['年龄结构·35岁以下·人数', '人', '3']);
  });

  it('round-trips a union’s sheet: download, edit, upload; errors name row and cell and save nothing', async () => {
    const id = await issueOne();
    const sheets = createReturnSheets(filling, clock);
    const down = await sheets.download(staff(b1), id, b1.id);
    const read = await readSheet(down.buffer, down.fileName);
    expect(read.headers).toEqual(['栏目', '项目', '单位', '填报值', '平台统计数', '修改原因', '说明']);
    const rows = read.rows.map((r) => [...r.cells]);
    const set = (label: string, value: string) => {
      const row = rows.find((r) => r[1] === label);
      if (!row) throw new Error(label);
      row[3] = value;
    };
    set('女会员（人）', 'x');
    const bad = writeWorkbook([{ name: '填报', headers: read.headers, rows }]);
    await expect(
      sheets.upload(staff(b1), id, b1.id, { file: bad, fileName: 'b1.xlsx' }),
    ).rejects.toMatchObject({
      code: 'RETURN_SHEET_INVALID',
      messages: { zh: expect.stringMatching(/第\d+行D列：.+：“女会员（人）”须为整数/) },
    });
    expect((await filling.view(staff(b1), id, b1.id)).values.women).toBeUndefined();
    set('女会员（人）', '0');
    set('经费收入', '3.5万');
    set('年龄结构·35岁以下·人数', '0');
    // a note whose character was lost when the sheet was saved (a GBK file keeps 陈? for 陈𠮷)
    const noted = rows.find((r) => r[1] === '经费收入');
    if (noted) noted[6] = '经办人陈?核对';
    const good = writeWorkbook([
      { name: '填报', headers: read.headers, rows },
      { name: '1.安全感言', headers: ['感言', '作者'], rows: [['平安是福', '李强']] },
    ]);
    const result = await sheets.upload(staff(b1), id, b1.id, { file: good, fileName: 'b1.xlsx' });
    expect(result.rows).toBeGreaterThan(3);
    expect(result.file).toEqual({ format: 'xlsx', encoding: null, sheetName: '填报' });
    expect(result.warningCount).toBe(1);
    expect(result.warnings[0]).toMatchObject({ column: '说明', zh: expect.stringContaining('陈?') });
    const v = await filling.view(staff(b1), id, b1.id);
    expect(v.values.fee).toMatchObject({ text: '35000.00', source: 'sheet' });
    expect(v.values['slogans.1.author'].text).toBe('李强');
    await filling.submit(staff(b1), id, b1.id);
  });

  it('copies last year’s return and sets last year beside this year; flags a value over three times last year', async () => {
    const first = await issueOne(FORM, {
      title: '2024年会员情况统计表',
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
      deadline: '2025-03-01',
    });
    await lastYearAccepted(first);
    const { id } = await returns.copy(staff(district), first);
    const copy = await returns.get(staff(district), id);
    expect(copy).toMatchObject({
      title: '2025年会员情况统计表',
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      status: 'draft',
    });
    await returns.issue(staff(district), id);
    await filling.save(staff(b1), id, b1.id, {
      values: [
        { key: 'women', value: '0' },
        { key: 'fee', value: '400' },
      ],
    });
    await filling.submit(staff(b1), id, b1.id);
    expect((await filling.view(staff(b1), id, b1.id)).lastYear.fee).toBe('100.00');
    const table = await tables.table(staff(streetB), id, streetB.id);
    const fee = table.rows.find((r) => r.key === 'fee')?.cells[0];
    expect(fee).toMatchObject({ text: '400.00', lastYear: '100.00', outlier: 'last_year' });
  });

  it('sets last year beside this year without a copy: the same form by its title or shipped form, fields by name', async () => {
    const renamed: ReturnForm = {
      ...FORM,
      sections: FORM.sections.map((s) => ({
        ...s,
        fields: s.fields.map((f) => (f.key === 'fee' ? { ...f, key: 'f9' } : f)),
      })),
    };
    const year = (y: number, form: ReturnForm, extra: Partial<Parameters<typeof returns.create>[1]> = {}) =>
      issueOne(form, {
        title: `${y}年度职工之家统计`,
        periodFrom: `${y}-01-01`,
        periodTo: `${y}-12-31`,
        deadline: `${y + 1}-03-01`,
        ...extra,
      });
    const first = await year(2021, FORM);
    await lastYearAccepted(first);
    // built anew a year later: the fee field has another key, the same name
    const second = await year(2022, renamed);
    const v = await filling.view(staff(b1), second, b1.id);
    expect(v.lastYear).toMatchObject({ f9: '100.00', women: '0' });
    await filling.save(staff(b1), second, b1.id, {
      values: [
        { key: 'women', value: '0' },
        { key: 'f9', value: '500' },
      ],
    });
    await filling.submit(staff(b1), second, b1.id);
    const table = await tables.table(staff(streetB), second, streetB.id);
    expect(table.hasLastYear).toBe(true);
    expect(table.rows.find((r) => r.key === 'f9')?.cells[0]).toMatchObject({
      lastYear: '100.00',
      outlier: 'last_year',
    });
    // a shipped form's return is matched by the form even when its title changed
    const a = await year(2018, FORM, { title: '职工之家年报（甲）', formKey: 'grassroots_annual' });
    await filling.save(staff(b1), a, b1.id, {
      values: [
        { key: 'women', value: '0' },
        { key: 'fee', value: '7' },
      ],
    });
    await filling.submit(staff(b1), a, b1.id);
    const b = await year(2019, FORM, { title: '职工之家年报（乙）', formKey: 'grassroots_annual' });
    expect((await filling.view(staff(b1), b, b1.id)).lastYear.fee).toBe('7.00');
    // a different form by another title has no last year
    const c = await year(2020, FORM, { title: '困难职工摸底表' });
    expect((await filling.view(staff(b1), c, b1.id)).lastYear).toEqual({});
  });

  it('reminds the unions not yet in, two working days before the deadline and on it, once each', async () => {
    const id = await issueOne(FORM, { deadline: '2026-04-08' });
    const before = await remindReturns(db, new Date('2026-04-06T09:00:00+08:00'));
    expect(before).toBeGreaterThanOrEqual(0);
    expect(await remindReturns(db, new Date('2026-04-06T09:10:00+08:00'))).toBe(0);
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from return_submissions where return_id = $1 and reminded_before`,
      [id],
    );
    expect(rows[0].n).toBe(5);
  });
  it('computes a survey year from the setting that applies at a union: 1 October by default, set for a subtree', async () => {
    const region = await t.newOrg(await t.newRoot(), 'district');
    const town = await t.newOrg(region, 'street');
    expect(await returns.period(staff(town), { kind: 'survey_year', year: 2025 })).toEqual({
      from: '2024-10-01',
      to: '2025-09-30',
    });
    expect(await returns.settings(staff(town))).toMatchObject({
      surveyYearStart: '10-01',
      surveyYearEnd: '09-30',
      setAt: null,
    });
    await expect(returns.saveSettings(staff(region), { surveyYearStart: '02-29' })).rejects.toMatchObject({
      code: 'RETURN_YEAR_START_INVALID',
    });
    // a union below cannot set it for the union above
    await expect(
      returns.saveSettings(staff(town), { orgId: region.id, surveyYearStart: '07-01' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await returns.saveSettings(staff(region), { surveyYearStart: '07-01' });
    expect(await returns.settings(staff(town))).toMatchObject({
      surveyYearStart: '07-01',
      surveyYearEnd: '06-30',
      setAt: { orgId: region.id },
    });
    expect(await returns.period(staff(town), { kind: 'survey_year', year: 2025 })).toEqual({
      from: '2024-07-01',
      to: '2025-06-30',
    });
    expect(await returns.period(staff(town), { kind: 'quarter', year: 2025, part: 4 })).toEqual({
      from: '2025-10-01',
      to: '2025-12-31',
    });
    // elsewhere the default holds
    expect((await returns.period(staff(district), { kind: 'survey_year', year: 2024 })).from).toBe(
      '2023-10-01',
    );
    expect(periodOf('survey_year', 2024, 1, '03-01')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
  });

  it('counts grassroots unions by unit type from their credit codes in the shipped form; typed where a code is missing', async () => {
    const region = await t.newOrg(await t.newRoot(), 'district');
    const known = await t.newOrg(region, 'street');
    const partly = await t.newOrg(region, 'street');
    const codes: [OrgRow, string | null][] = [
      [await t.newOrg(known, 'grassroots'), '91110113MA01ABCD1X'],
      [await t.newOrg(known, 'grassroots'), '92110113MA01ABCD2X'],
      [await t.newOrg(known, 'grassroots'), '12110113400000000X'],
      [await t.newOrg(known, 'grassroots'), '51110113500000000X'],
      [await t.newOrg(partly, 'grassroots'), '91110113MA01ABCD3X'],
      [await t.newOrg(partly, 'grassroots'), null],
    ];
    for (const [o, code] of codes)
      await db.query(`update orgs set uscc = $2, founded_on = '2020-01-01' where id = $1`, [o.id, code]);
    const shipped = SHIPPED_FORMS.find((f) => f.key === 'upper_annual');
    if (!shipped) throw new Error('upper_annual');
    const table = shipped.form.sections[0].tables[0];
    expect(table.rows?.map((r) => r.label)).toEqual(['企业', '事业单位', '机关', '社会组织', '其他']);
    const { id } = await returns.create(staff(region), {
      title: '2025年基层以上工会调查表',
      periodKind: 'survey_year',
      periodFrom: '2024-10-01',
      periodTo: '2025-09-30',
      targetLevel: 3,
      deadline: '2026-03-13',
      form: shipped.form,
      formKey: 'upper_annual',
    });
    await returns.issue(staff(region), id);
    const v = await filling.view(staff(known), id, known.id);
    const cell = (type: string) => v.values[`t1.${type}.unions`];
    expect(cell('enterprise')).toMatchObject({ text: '2', bound: '2', source: 'bound' });
    expect(cell('institution')?.text).toBe('1');
    expect(cell('organ')?.text).toBe('0');
    expect(cell('social')?.text).toBe('1');
    expect(v.figures.unions_unit_enterprise.basisZh).toContain('统一社会信用代码');
    // a changed bound cell needs a reason
    await expect(
      filling.save(staff(known), id, known.id, { values: [{ key: 't1.enterprise.unions', value: '3' }] }),
    ).rejects.toMatchObject({ code: 'RETURN_REASON_NEEDED' });
    // one union without a recorded code: nothing pre-filled, the clerk types the counts without a reason
    const p = await filling.view(staff(partly), id, partly.id);
    expect(p.values['t1.enterprise.unions']).toBeUndefined();
    await filling.save(staff(partly), id, partly.id, {
      values: [
        { key: 't1.enterprise.unions', value: '2' },
        { key: 't1.enterprise.members', value: '40' },
      ],
    });
    expect((await filling.view(staff(partly), id, partly.id)).values['t1.enterprise.unions']).toMatchObject({
      text: '2',
      source: 'typed',
    });
  });

  it('flags a value well beyond the min–max of the other peers, not merely the largest', async () => {
    const street = await t.newOrg(await t.newOrg(await t.newRoot(), 'district'), 'street');
    const unions = [];
    for (let i = 0; i < 5; i++) unions.push(await t.newOrg(street, 'grassroots', `U${i}工会`));
    const { id } = await returns.create(staff(street), yearReturn('经费统计', FORM));
    await returns.issue(staff(street), id);
    const fees = ['100', '110', '120', '130', '900'];
    for (const [i, u] of unions.entries()) {
      await filling.save(staff(u), id, u.id, {
        values: [
          { key: 'women', value: '0' },
          { key: 'fee', value: fees[i] },
        ],
      });
      await filling.submit(staff(u), id, u.id);
    }
    const table = await tables.table(staff(street), id);
    const fee = table.rows.find((r) => r.key === 'fee');
    expect(fee?.cells.map((c) => c.outlier)).toEqual([null, null, null, null, 'peers']);
  });
});

describe('forms', () => {
  it('reads rules written as comparisons by the fields’ labels, and says what is wrong', () => {
    expect(parseRule(FORM, '女会员（人） <= 会员人数')).toMatchObject({ op: '<=' });
    expect(parseRule(FORM, '女会员 ≤ 会员人数')).toMatchObject({
      problem: { zh: expect.stringContaining('“女会员”') },
    });
    expect(parseRule(FORM, '会员人数')).toHaveProperty('problem');
    const bad = checkForm({ ...FORM, rules: [{ expr: '单位类型 ≤ 会员人数' }] });
    expect(bad.map((p) => p.zh).join()).toContain('不是表单中的数值项目');
    const values = new Map([
      ['members', { num: 3, txt: null }],
      ['women', { num: 4, txt: null }],
    ]);
    expect(checkRules(FORM, values)[0].en).toContain('Women members cannot exceed members');
    expect(readValue(FORM.sections[0].fields[2], '￥1,200.5元')).toEqual({ num: 120050, txt: null });
    expect(readValue({ key: 'p', label: '比例', type: 'percent' }, '85.5%')).toEqual({
      num: 8550,
      txt: null,
    });
  });

  it('plans who fills and who consolidates, and flags outliers among peers', () => {
    const plan = planSubmissions(
      { id: 1, level: 2 },
      [
        { id: 2, path: '/1/2/', level: 3 },
        { id: 3, path: '/1/2/3/', level: 4 },
        { id: 4, path: '/1/4/', level: 3 },
        { id: 5, path: '/1/5/', level: 4 },
      ],
      4,
    );
    expect(plan).toEqual([
      { orgId: 2, parentOrgId: null, consolidates: true },
      { orgId: 3, parentOrgId: 2, consolidates: false },
      { orgId: 5, parentOrgId: null, consolidates: false },
    ]);
    // the largest of peers that spread evenly is not an outlier, though it lies outside the others' min–max
    expect(outsidePeers(14, [10, 11, 12, 13])).toBe(false);
    // a new extreme beyond the others by more than their spread is, above or below
    expect(outsidePeers(40, [10, 11, 12, 13])).toBe(true);
    expect(outsidePeers(1, [50, 51, 52])).toBe(true);
    expect(outsidePeers(48, [50, 51, 52])).toBe(false);
    // fewer than three other peers: nothing to judge by
    expect(outsidePeers(400, [1, 2])).toBe(false);
    // peers that do not vary flag no outlier
    expect(outsidePeers(0, [1, 1, 1, 1, 1])).toBe(false);
    expect(outsidePeers(500, [0, 0, 0])).toBe(false);
  });

  it('makes a form from a sheet’s header row, or a table from a first column of row labels', async () => {
    const flat = writeWorkbook([
      { name: '统计表', headers: ['单位名称', '会员人数（人）', '经费（元）', '建会率%'], rows: [] },
    ]);
    const { form } = await formFromSheet({ file: flat, fileName: 'a.xlsx' });
    expect(form.sections[0].fields.map((f) => [f.label, f.type])).toEqual([
      ['单位名称', 'text'],
      ['会员人数', 'int'],
      ['经费', 'money'],
      ['建会率%', 'percent'],
    ]);
    const byIndustry = writeWorkbook([
      {
        name: '分行业',
        headers: ['行业', '单位数', '会员数'],
        rows: [
          ['制造业', null, null],
          ['建筑业', null, null],
        ],
      },
    ]);
    const table = (await formFromSheet({ file: byIndustry, fileName: 'b.xlsx' })).form.sections[0].tables[0];
    expect(table.rows?.map((r) => r.label)).toEqual(['制造业', '建筑业']);
    expect(table.columns.map((c) => c.label)).toEqual(['单位数', '会员数']);
  });
});
