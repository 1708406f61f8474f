import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import { changeOwnPhone } from '../src/modules/people/index.ts';
import { TEST_TODAY } from './clock.ts';
import { openTestContext, rejection, type TestContext } from './factories.ts';

let db: Db;
let ctx: TestContext;
beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
});
afterAll(async () => db?.close());

const people = () => ctx.services.people;
const admin = () => ctx.actor('admin', null);

async function twoDistricts() {
  const root = await ctx.newRoot();
  const a = await ctx.newOrg(root, 'district');
  const b = await ctx.newOrg(root, 'district');
  const ga = await ctx.newOrg(a, 'grassroots');
  const gb = await ctx.newOrg(b, 'grassroots');
  return { root, a, b, ga, gb };
}

describe('registering a person', () => {
  it('derives birth date and sex from the ID number, masks it, and audits the creation', async () => {
    const { a, ga } = await twoDistricts();
    const p = await people().createPerson(ctx.actor('staff', a), {
      name: '王芳',
      idNumber: ' 11010519491231002x ',
      orgId: ga.id,
      phone: '13912345678',
      joinedOn: '2020-03-01',
      isFrontLine: true,
    });
    expect(p).toMatchObject({
      name: '王芳',
      birthDate: '1949-12-31',
      gender: 'female',
      idMasked: '110105********002X',
      orgId: ga.id,
      joinedOn: '2020-03-01',
      isFrontLine: true,
      isOutdoor: false,
    });
    const male = await ctx.newPerson(ga, { idNumber: '110113199003151239' });
    expect(male).toMatchObject({ birthDate: '1990-03-15', gender: 'male' });
    const { rows } = await db.query<{ after: { id: number } }>(
      `select after from audit_log where action = 'person.create' and entity_id = $1`,
      [String(p.id)],
    );
    expect(rows[0].after.id).toBe(p.id);
  });

  it('refuses an invalid ID number and names the problem', async () => {
    const { ga } = await twoDistricts();
    const err = await rejection(
      people().createPerson(admin(), { name: '错号', idNumber: '110105194912310021', orgId: ga.id }),
    );
    expect(err).toMatchObject({ code: 'ID_NUMBER_INVALID', details: { field: 'idNumber' } });
    expect(err.messages.zh).toContain('校验位');
    expect(err.messages.en).toContain('check digit');
  });

  it('a duplicate ID number in another union finds the existing person: PERSON_EXISTS, not a second row', async () => {
    const { a, b, ga, gb } = await twoDistricts();
    const idNumber = ctx.newIdNumber();
    const first = await people().createPerson(ctx.actor('staff', a), {
      name: '张伟',
      idNumber,
      orgId: ga.id,
    });

    // another district cannot see the person: told to transfer, shown nothing of them
    const other = await rejection(
      people().createPerson(ctx.actor('staff', b), { name: '张伟', idNumber, orgId: gb.id }),
    );
    expect(other).toMatchObject({ code: 'PERSON_EXISTS', kind: 'conflict' });
    expect(other.details).toBeUndefined();
    expect(other.messages.zh).not.toContain(ga.name);
    expect(other.messages.zh).toContain('转接');

    // their own union is pointed at the existing person
    const same = await rejection(
      people().createPerson(ctx.actor('staff', a), { name: '张伟', idNumber, orgId: ga.id }),
    );
    expect(same).toMatchObject({ code: 'PERSON_EXISTS', details: { personId: first.id } });

    // lower-case x or spaces make no difference to the look-up
    const spaced = await rejection(
      people().createPerson(admin(), { name: '张伟', idNumber: ` ${idNumber.toLowerCase()} `, orgId: gb.id }),
    );
    expect(spaced.code).toBe('PERSON_EXISTS');

    const hash = ctx.services.ids.hash(idNumber);
    const n = await db.query<{ n: number }>('select count(*) as n from persons where id_hash = $1', [hash]);
    expect(n.rows[0].n).toBe(1);
    const m = await db.query<{ n: number }>('select count(*) as n from memberships where person_id = $1', [
      first.id,
    ]);
    expect(m.rows[0].n).toBe(1);
  });

  it('refuses a union outside the actor’s subtree', async () => {
    const { a, gb } = await twoDistricts();
    const err = await rejection(
      people().createPerson(ctx.actor('staff', a), {
        name: '越权',
        idNumber: ctx.newIdNumber(),
        orgId: gb.id,
      }),
    );
    expect(err.kind).toBe('not_found');
  });
});

describe('ID numbers at rest and on screen', () => {
  it('the raw number appears in no column of persons', async () => {
    const { ga } = await twoDistricts();
    const idNumber = ctx.newIdNumber();
    const p = await ctx.newPerson(ga, { idNumber });
    const { rows } = await db.query<Record<string, unknown>>('select * from persons where id = $1', [p.id]);
    const row = rows[0];
    expect(Object.keys(row)).toContain('id_cipher');
    for (const [column, value] of Object.entries(row)) {
      const text = value instanceof Date ? value.toISOString() : JSON.stringify(value);
      expect(text, column).not.toContain(idNumber);
      expect(text, column).not.toContain(idNumber.slice(0, 17));
    }
    expect(ctx.services.ids.decrypt(row.id_cipher as string)).toBe(idNumber);
  });

  it('lists and details show only the masked number', async () => {
    const { a, ga } = await twoDistricts();
    const idNumber = ctx.newIdNumber();
    const p = await ctx.newPerson(ga, { idNumber });
    const staff = ctx.actor('staff', a);
    const list = await people().listMembers(staff, {});
    const detail = await people().getPerson(staff, p.id);
    for (const shown of [list, detail]) {
      expect(JSON.stringify(shown)).not.toContain(idNumber);
      expect(JSON.stringify(shown)).not.toContain(idNumber.slice(6, 14));
    }
    expect(list.items.find((x) => x.id === p.id)?.idMasked).toBe(
      `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`,
    );
    // the full number still finds the person
    const found = await people().listMembers(staff, { q: idNumber });
    expect(found.items.map((x) => x.id)).toEqual([p.id]);
  });

  it('revealing the number returns it and writes person.id_number.read to the audit log', async () => {
    const { a, ga } = await twoDistricts();
    const idNumber = ctx.newIdNumber();
    const p = await ctx.newPerson(ga, { idNumber });
    const staff = { ...ctx.actor('staff', a), userId: 4242 };
    expect(await people().revealIdNumber(staff, p.id)).toBe(idNumber);
    const { rows } = await db.query<{ user_id: number; username: string; org_id: number }>(
      `select user_id, username, org_id from audit_log where action = 'person.id_number.read' and entity_id = $1`,
      [String(p.id)],
    );
    expect(rows).toEqual([{ user_id: 4242, username: staff.username, org_id: ga.id }]);
  });

  it('revealing is refused outside the subtree and leaves no audit row', async () => {
    const { b, ga } = await twoDistricts();
    const p = await ctx.newPerson(ga);
    const err = await rejection(people().revealIdNumber(ctx.actor('staff', b), p.id));
    expect(err.kind).toBe('not_found');
    const reviewer = await rejection(people().revealIdNumber(ctx.actor('reviewer', ga), p.id));
    expect(reviewer.kind).toBe('forbidden');
    const { rows } = await db.query(
      `select 1 from audit_log where action = 'person.id_number.read' and entity_id = $1`,
      [String(p.id)],
    );
    expect(rows).toEqual([]);
  });
});

describe('bank account and 京卡 numbers', () => {
  const bank = '6222 0202 0011 2233 445';
  const jingka = '６２１４６８０００１２３４５６７８';

  it('are set on the member page, stored only encrypted and shown masked; null removes one', async () => {
    const { a, ga } = await twoDistricts();
    const p = await ctx.newPerson(ga);
    const staff = ctx.actor('staff', a);
    const updated = await people().updatePerson(staff, p.id, { bankAccount: bank, jingka });
    expect(updated).toMatchObject({
      bankAccountMasked: '6222***********3445',
      jingkaMasked: '6214*********5678',
    });
    const { rows } = await db.query<Record<string, unknown>>('select * from persons where id = $1', [p.id]);
    for (const [column, value] of Object.entries(rows[0])) {
      expect(JSON.stringify(value), column).not.toContain('62220202001122');
      expect(JSON.stringify(value), column).not.toContain('6214680001234');
    }
    const detail = await people().getPerson(staff, p.id);
    expect(JSON.stringify(detail)).not.toContain('0202001122');
    const audit = await db.query<{
      before: { bankAccountMasked: unknown };
      after: { bankAccountMasked: unknown };
    }>(`select before, after from audit_log where action = 'person.update' and entity_id = $1`, [
      String(p.id),
    ]);
    expect(audit.rows[0].before.bankAccountMasked).toBeNull();
    expect(audit.rows[0].after.bankAccountMasked).toBe('6222***********3445');
    const removed = await people().updatePerson(staff, p.id, { bankAccount: null });
    expect(removed).toMatchObject({ bankAccountMasked: null, jingkaMasked: '6214*********5678' });
  });

  it('refuses a number that is not 12 to 30 digits, naming the field', async () => {
    const { a, ga } = await twoDistricts();
    const p = await ctx.newPerson(ga);
    const err = await rejection(people().updatePerson(ctx.actor('staff', a), p.id, { jingka: '6214-68O0' }));
    expect(err).toMatchObject({ code: 'ACCOUNT_NUMBER_INVALID', details: { field: 'jingka' } });
    expect(err.messages.zh).toContain('京卡号“6214-68O0”格式错误');
  });

  it('are revealed whole to a role that may see ID numbers, audited; refused to a reviewer', async () => {
    const { a, ga } = await twoDistricts();
    const p = await ctx.newPerson(ga);
    const staff = ctx.actor('staff', a);
    await people().updatePerson(staff, p.id, { bankAccount: bank });
    expect(await people().revealAccounts(staff, p.id)).toEqual({
      bankAccount: '6222020200112233445',
      jingka: null,
    });
    const reviewer = await rejection(people().revealAccounts(ctx.actor('reviewer', ga), p.id));
    expect(reviewer.kind).toBe('forbidden');
    const { rows } = await db.query(
      `select 1 from audit_log where action = 'person.accounts.read' and entity_id = $1`,
      [String(p.id)],
    );
    expect(rows).toHaveLength(1);
  });
});

describe('transferring a membership', () => {
  it('keeps the history with exactly one active membership', async () => {
    const { root, a, ga, gb } = await twoDistricts();
    const ga2 = await ctx.newOrg(a, 'grassroots');
    const p = await ctx.newPerson(ga, { joinedOn: '2019-01-01' });
    const once = await people().transferMember(ctx.actor('staff', a), p.id, ga2.id, '2021-06-01', '调动');
    expect(once.orgId).toBe(ga2.id);
    expect(once.memberships.map((m) => [m.orgId, m.status, m.joinedOn, m.leftOn])).toEqual([
      [ga.id, 'transferred', '2019-01-01', '2021-06-01'],
      [ga2.id, 'active', '2021-06-01', null],
    ]);
    const rootStaff = ctx.actor('staff', root);
    const twice = await people().transferMember(rootStaff, p.id, gb.id, '2023-02-01');
    expect(twice.memberships.map((m) => m.status)).toEqual(['transferred', 'transferred', 'active']);
    const { rows } = await db.query<{ n: number }>(
      `select count(*) as n from memberships where person_id = $1 and status = 'active'`,
      [p.id],
    );
    expect(rows[0].n).toBe(1);
    // the old district no longer sees the person
    expect((await rejection(people().getPerson(ctx.actor('staff', a), p.id))).kind).toBe('not_found');
  });

  it('refuses a target outside the subtree, the same union, a closed union and a date before joining', async () => {
    const { a, ga, gb } = await twoDistricts();
    const ga2 = await ctx.newOrg(a, 'grassroots');
    const p = await ctx.newPerson(ga, { joinedOn: '2020-01-01' });
    const staff = ctx.actor('staff', a);
    expect((await rejection(people().transferMember(staff, p.id, gb.id, '2021-01-01'))).kind).toBe(
      'not_found',
    );
    expect((await rejection(people().transferMember(staff, p.id, ga.id, '2021-01-01'))).code).toBe(
      'ALREADY_MEMBER',
    );
    expect((await rejection(people().transferMember(staff, p.id, ga2.id, '2019-12-31'))).code).toBe(
      'TRANSFER_DATE_INVALID',
    );
    const empty = await ctx.newOrg(a, 'grassroots');
    await db.query(`update orgs set status = 'closed' where id = $1`, [empty.id]);
    expect((await rejection(people().transferMember(staff, p.id, empty.id, '2021-01-01'))).code).toBe(
      'ORG_CLOSED',
    );
    const { rows } = await db.query<{ n: number }>(
      'select count(*) as n from memberships where person_id = $1',
      [p.id],
    );
    expect(rows[0].n).toBe(1);
  });
});

describe('a worker', () => {
  it('sees only themself', async () => {
    const { ga } = await twoDistricts();
    const me = await ctx.newPerson(ga);
    const colleague = await ctx.newPerson(ga);
    const worker = ctx.actor('worker', null, me.id);
    expect((await people().getSelf(worker)).id).toBe(me.id);
    expect((await people().getPerson(worker, me.id)).id).toBe(me.id);
    expect((await rejection(people().getPerson(worker, colleague.id))).kind).toBe('not_found');
    expect((await rejection(people().listMembers(worker, {}))).kind).toBe('forbidden');
    expect(
      (await rejection(people().updatePerson(worker, colleague.id, { phone: '13900000000' }))).kind,
    ).toBe('not_found'); // another's record is not theirs (ADR 72)
    expect((await rejection(people().revealIdNumber(worker, colleague.id))).kind).toBe('forbidden');
  });

  it('changes only their own phone number, audited', async () => {
    const { ga } = await twoDistricts();
    const me = await ctx.newPerson(ga, { phone: '13800000001' });
    const colleague = await ctx.newPerson(ga, { phone: '13800000002' });
    const worker = ctx.actor('worker', null, me.id);
    await db.tx((sql) => changeOwnPhone(sql, worker, '13800000009'));
    expect((await people().getSelf(worker)).phone).toBe('13800000009');
    expect((await people().getPerson(admin(), colleague.id)).phone).toBe('13800000002');
    expect((await rejection(db.tx((sql) => changeOwnPhone(sql, worker, '12345')))).code).toBe(
      'PHONE_INVALID',
    );
    const { rows } = await db.query<{ before: unknown; after: unknown }>(
      `select before, after from audit_log where action = 'person.update_self' and entity_id = $1`,
      [String(me.id)],
    );
    expect(rows).toEqual([{ before: { phone: '13800000001' }, after: { phone: '13800000009' } }]);
  });
});

describe('listing members', () => {
  it('filters within the subtree and by union', async () => {
    const { a, b, ga, gb } = await twoDistricts();
    const mine = await ctx.newPerson(ga, { isFrontLine: true });
    await ctx.newPerson(ga, { isFrontLine: false });
    const theirs = await ctx.newPerson(gb, { isFrontLine: true });
    const staff = ctx.actor('staff', a);
    const all = await people().listMembers(staff, {});
    expect(all.total).toBe(2);
    expect(all.items.map((x) => x.id)).not.toContain(theirs.id);
    const front = await people().listMembers(staff, { isFrontLine: true });
    expect(front.items.map((x) => x.id)).toEqual([mine.id]);
    expect((await rejection(people().listMembers(staff, { orgId: gb.id }))).kind).toBe('not_found');
    expect((await people().listMembers(ctx.actor('staff', b), { orgId: gb.id })).total).toBe(1);
  });

  it('judges a hardship level in force on the day the service stands at, in the list and in its export alike', async () => {
    const { a, ga } = await twoDistricts();
    const level = { hardshipLevel: 'general' as const, hardshipFrom: '2025-01-01' };
    const lastDay = await ctx.newPerson(ga, { ...level, hardshipUntil: TEST_TODAY });
    await ctx.newPerson(ga, { ...level, hardshipUntil: '2026-06-14' });
    const open = await ctx.newPerson(ga, { ...level });
    const staff = ctx.actor('staff', a);
    const listed = await people().listMembers(staff, { hardship: true });
    expect(listed.items.map((x) => x.id).sort()).toEqual([lastDay.id, open.id].sort());
    expect((await ctx.services.memberExport.exportMembers(staff, { hardship: true })).count).toBe(2);
    expect((await people().listMembers(staff, { hardship: false })).total).toBe(1);
  });

  it('opens the membership of a member entered without a joining day on the day the service stands at', async () => {
    const { ga } = await twoDistricts();
    const p = await ctx.newPerson(ga, { joinedOn: undefined });
    const { rows } = await db.query<{ on: string }>(
      `select to_char(joined_on, 'YYYY-MM-DD') as "on" from memberships where person_id = $1`,
      [p.id],
    );
    expect(rows).toEqual([{ on: TEST_TODAY }]);
  });
});

describe('searching members', () => {
  it('finds a member by name, phone, ID number (full-width or spaced too) or its last four characters, only in the subtree', async () => {
    const { a, b, ga, gb } = await twoDistricts();
    const idNumber = ctx.newIdNumber();
    const found = await ctx.newPerson(ga, { name: '欧阳检索', phone: '13700001111', idNumber });
    await ctx.newPerson(ga, { name: '欧阳其他' });
    const elsewhere = await ctx.newPerson(gb, { name: '欧阳检索', phone: '13700001111' });
    const staff = ctx.actor('staff', a);
    const ids = async (q: string) => (await people().listMembers(staff, { q })).items.map((x) => x.id);
    expect(await ids('欧阳检')).toEqual([found.id]);
    expect(await ids('13700001111')).toEqual([found.id]);
    expect(await ids(idNumber)).toEqual([found.id]);
    // as typed from a phone's full-width keyboard, or with spaces: the number it normalises to
    const fullWidth = idNumber.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(await ids(fullWidth)).toEqual([found.id]);
    expect(await ids(`${idNumber.slice(0, 6)} ${idNumber.slice(6, 14)} ${idNumber.slice(14)}`)).toEqual([
      found.id,
    ]);
    expect(await ids(idNumber.slice(14).toLowerCase())).toContain(found.id);
    expect(await ids('欧阳%')).toEqual([]);
    // the export reads the same search: a % or _ is a character of the name, not a wildcard
    expect((await ctx.services.memberExport.exportMembers(staff, { q: '欧阳%' })).count).toBe(0);
    expect((await ctx.services.memberExport.exportMembers(staff, { q: '欧阳_索' })).count).toBe(0);
    expect((await ctx.services.memberExport.exportMembers(staff, { q: '欧阳检' })).count).toBe(1);
    const theirs = await people().listMembers(ctx.actor('staff', b), { q: '欧阳检索' });
    expect(theirs).toMatchObject({ total: 1, items: [{ id: elsewhere.id, orgName: gb.name }] });
  });

  it('gives the total with an empty page past the end, and answers a foreign union as a missing one (ADR 72)', async () => {
    const { a, ga, gb } = await twoDistricts();
    for (let i = 0; i < 3; i++) await ctx.newPerson(ga, { isOutdoor: true });
    const staff = ctx.actor('staff', a);
    const first = await people().listMembers(staff, { orgId: ga.id, pageSize: 2 });
    expect([first.total, first.items.length]).toEqual([3, 2]);
    const past = await people().listMembers(staff, { orgId: ga.id, page: 9, pageSize: 2 });
    expect([past.total, past.items]).toEqual([3, []]);
    const outdoorPast = await people().listMembers(staff, { isOutdoor: true, page: 9, pageSize: 2 });
    expect([outdoorPast.total, outdoorPast.items]).toEqual([3, []]);
    expect(first.items[0]).toMatchObject({ orgId: ga.id, orgName: ga.name, joinedOn: '2010-01-01' });
    expect(typeof first.items[0].birthDate).toBe('string');
    expect((await rejection(people().listMembers(staff, { orgId: 987654321 }))).kind).toBe('not_found');
    expect((await rejection(people().listMembers(staff, { orgId: gb.id }))).kind).toBe('not_found');
  });

  it('pages through a subtree union by union, each page placed by the per-union counts', async () => {
    const { a, ga } = await twoDistricts();
    const gc = await ctx.newOrg(a, 'grassroots');
    const made = [];
    for (const org of [gc, ga, gc, ga, gc]) made.push(await ctx.newPerson(org));
    const staff = ctx.actor('staff', a);
    const pages = [];
    for (let page = 1; page <= 3; page++)
      pages.push(await people().listMembers(staff, { page, pageSize: 2 }));
    const order = (x: { orgId: number | null; id: number }) => [x.orgId ?? 0, x.id];
    const expected = made.map(order).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    expect(pages.flatMap((p) => p.items.map(order))).toEqual(expected);
    expect(pages.map((p) => [p.total, p.items.length])).toEqual([
      [5, 2],
      [5, 2],
      [5, 1],
    ]);
  });
});
