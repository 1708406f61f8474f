import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { parseYuan } from '../../shared/money.ts';
import type { OrgRow } from '../org/index.ts';
import { parseDate, parseGrade } from './index.ts';

let db: Db;
let t: TestContext;
let district: OrgRow;
let street: OrgRow;
let grassroots: OrgRow;
let other: OrgRow;
let staff: Actor;
let districtStaff: Actor;
let otherStaff: Actor;
let a: { id: number };
let b: { id: number };
let outsider: { id: number };

beforeAll(async () => {
  ({ db, ctx: t } = await openTestContext());
  const root = await t.newRoot();
  district = await t.newOrg(root, 'district');
  street = await t.newOrg(district, 'street');
  grassroots = await t.newOrg(street, 'grassroots');
  other = await t.newOrg(root, 'district');
  a = await t.newPerson(grassroots);
  b = await t.newPerson(grassroots, { isFrontLine: true });
  outsider = await t.newPerson(await t.newOrg(other, 'grassroots'));
  staff = { ...t.actor('staff', street), userId: 0 };
  districtStaff = t.actor('staff', district);
  otherStaff = t.actor('staff', other);
});

afterAll(async () => {
  await db?.close();
});

const cert = (personId: number, number: string, over: Record<string, unknown> = {}) => ({
  kind: 'certificate' as const,
  personId,
  occupation: '电工',
  grade: 3,
  issuer: '北京市人社局',
  number,
  date: '2020-05-03',
  ...over,
});
/** A patent granted on 1 March 2021 to `inventors` (person ids or ID numbers), in their order. */
const patent = (patentType: string, patentNo: string, title: string, inventors: (number | string)[]) => ({
  kind: 'patent' as const,
  patentType,
  patentNo,
  title,
  date: '2021-03-01',
  inventors,
});

describe('entering records', () => {
  it('stores a certificate with its year and subject, and audits it', async () => {
    const [r] = await t.services.records.createRecord(staff, cert(a.id, 'S 0001'));
    expect(r).toMatchObject({
      kind: 'certificate',
      personId: a.id,
      grade: 3,
      year: 2020,
      occurredOn: '2020-05-03',
      subjectKey: 'cert:S0001',
      source: 'staff',
      orgId: street.id,
    });
    const audit = await db.query<{ action: string; entity_id: string }>(
      `select action, entity_id from audit_log where action = 'record.create' and entity_id = $1`,
      [String(r.id)],
    );
    expect(audit.rows).toHaveLength(1);
  });

  it('refuses the same certificate twice, whoever enters it', async () => {
    await expect(t.services.records.createRecord(districtStaff, cert(b.id, 's0001'))).rejects.toMatchObject({
      code: 'RECORD_EXISTS',
      kind: 'conflict',
      messages: {
        zh: '证书编号 S 0001 已登记'.replace('S 0001', 's0001'),
        en: 'certificate number s0001 is already on record',
      },
    });
  });

  it('refuses members outside the subtree and malformed fields, naming the field', async () => {
    await expect(t.services.records.createRecord(otherStaff, cert(a.id, 'S0002'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(t.services.records.createRecord(staff, cert(outsider.id, 'S0003'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      t.services.records.createRecord(staff, cert(a.id, 'S0004', { grade: 7 })),
    ).rejects.toMatchObject({
      code: 'RECORD_INVALID',
      details: { field: 'grade' },
    });
    await expect(
      t.services.records.createRecord(staff, cert(a.id, 'S0005', { date: '2999-01-01' })),
    ).rejects.toMatchObject({
      details: { field: 'date' },
    });
    await expect(
      t.services.records.createRecord(staff, {
        kind: 'award',
        personId: a.id,
        competition: '大赛',
        rank: '冠军',
        date: '2020-01-01',
      }),
    ).rejects.toMatchObject({ details: { field: 'level' }, messages: { zh: '缺少竞赛级别' } });
    const n = await db.query<{ n: number }>(
      `select count(*) as n from records where number like 'S000%' and number <> 'S 0001'`,
    );
    expect(n.rows[0].n).toBe(0);
  });

  it('stores a patent once per inventor, in order, sharing the patent as subject', async () => {
    const idNumber = t.newIdNumber();
    const c = await t.services.people.createPerson(t.actor('admin', null), {
      name: '王五',
      idNumber,
      orgId: grassroots.id,
    });
    const rows = await t.services.records.createRecord(
      staff,
      patent('invention', 'zl 2020 1 0123456.7', '一种配电柜散热装置', [b.id, idNumber]),
    );
    expect(rows.map((r) => [r.personId, r.inventorOrder, r.subjectKey])).toEqual([
      [b.id, 1, 'patent:ZL2020101234567'],
      [c.id, 2, 'patent:ZL2020101234567'],
    ]);
    await expect(
      t.services.records.createRecord(staff, patent('utility_model', 'ZL2020101234567', '同一专利', [a.id])),
    ).rejects.toMatchObject({ code: 'RECORD_EXISTS' });
    await expect(
      t.services.records.createRecord(staff, patent('实用新型', 'ZL2', '重复发明人', [a.id, a.id])),
    ).rejects.toMatchObject({ code: 'RECORD_INVALID', details: { field: 'inventors.1' } });
    await expect(
      t.services.records.createRecord(staff, patent('design', 'ZL3', '越权', [a.id, outsider.id])),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Deleting one inventor's row deletes the patent.
    const del = await t.services.records.deleteRecord(staff, rows[1].id);
    expect(del.deleted.sort()).toEqual(rows.map((r) => r.id).sort());
    const left = await db.query(`select 1 from records where subject_key = 'patent:ZL2020101234567'`);
    expect(left.rows).toHaveLength(0);
  });
});

describe('reading and deleting', () => {
  it('lists records of the subtree with filters; other unions see none', async () => {
    await t.services.records.createRecord(staff, {
      kind: 'award',
      personId: b.id,
      competition: '北京市职工职业技能大赛',
      level: 'city',
      rank: '二等奖',
      date: '2021-10-01',
    });
    await t.services.records.createRecord(staff, {
      kind: 'training',
      personId: b.id,
      course: 'CAD',
      feeFen: 120000,
      date: '2020-11-11',
    });
    const all = await t.services.records.listRecords(districtStaff, {});
    expect(all.total).toBe(3);
    const awards = await t.services.records.listRecords(staff, { kind: 'award' });
    expect(awards.items.map((r) => [r.level, r.rank, r.personName])).toEqual([
      ['city', '二等奖', expect.any(String)],
    ]);
    expect((await t.services.records.listRecords(staff, { year: 2020 })).total).toBe(2);
    expect((await t.services.records.listRecords(staff, { personId: a.id })).total).toBe(1);
    expect((await t.services.records.listRecords(t.actor('reviewer', grassroots), {})).total).toBe(3);
    expect((await t.services.records.listRecords(otherStaff, {})).total).toBe(0);
    await expect(t.services.records.listRecords(otherStaff, { personId: a.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(t.services.records.listRecords(staff, { orgId: other.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('a worker sees only their own records', async () => {
    const mine = await t.services.records.listMyRecords(t.actor('worker', null, b.id));
    expect(mine.length).toBe(2);
    expect(mine.every((r) => r.personId === b.id)).toBe(true);
  });

  it('deletes with an audit row, and refuses a record something refers to', async () => {
    const [r] = await t.services.records.createRecord(staff, cert(a.id, 'DEL-1'));
    await expect(t.services.records.deleteRecord(otherStaff, r.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await db.query('create table test_record_refs (record_id bigint references records(id))');
    await db.query('insert into test_record_refs values ($1)', [r.id]);
    await expect(t.services.records.deleteRecord(staff, r.id)).rejects.toMatchObject({
      code: 'RECORD_IN_USE',
      kind: 'conflict',
    });
    await db.query('delete from test_record_refs');
    expect(await t.services.records.deleteRecord(staff, r.id)).toEqual({ deleted: [r.id] });
    const audit = await db.query(
      `select before from audit_log where action = 'record.delete' and entity_id = $1`,
      [String(r.id)],
    );
    expect(audit.rows).toHaveLength(1);
    await expect(t.services.records.getRecord(staff, r.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('reading what clerks write', () => {
  it('grades, dates and yuan', () => {
    expect(['一级', '三级', '五级', '高级技师', '4', '三级（高级工）'].map(parseGrade)).toEqual([
      1, 3, 5, 1, 4, 3,
    ]);
    expect(parseGrade('六级')).toBeNull();
    expect(
      ['2020-05-03', '2020/5/3', '2020.5.3', '2020年5月3日', '20200503', '5/3/20'].map(parseDate),
    ).toEqual(Array(6).fill('2020-05-03'));
    expect(parseDate('2021-02-29')).toBeNull();
    expect(parseYuan('1,200.5')).toBe(120050);
    expect(parseYuan('¥3000元')).toBe(300000);
    expect(parseYuan('0.07')).toBe(7);
    expect(parseYuan('1.234')).toBeNull();
    expect(parseYuan('-5')).toBeNull();
    expect(parseYuan('3.5万')).toBe(3_500_000);
    expect(parseYuan('10万元')).toBe(10_000_000);
    expect(parseYuan('￥1,567,000.00')).toBe(156_700_000);
    expect(parseYuan('万')).toBeNull();
  });
});
