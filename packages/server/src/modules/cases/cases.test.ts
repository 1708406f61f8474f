import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, TEST_TODAY } from '../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { OrgRow } from '../org/index.ts';
import { addWorkingDays } from './cases.calendar.ts';
import { escalateOverdueCases } from './cases.escalation.ts';
import { type CasesService, casesOfPersons } from './cases.service.ts';
import { exportCaseStats, getCaseStats } from './cases.stats.ts';

let db: Db;
let ctx: TestContext;
let cases: CasesService;
let city: OrgRow;
let street: OrgRow;
let firm: OrgRow;
let otherFirm: OrgRow;
let worker: Actor;
let workerPerson: { id: number; name: string; phone: string };
let firmStaff: Actor;
let streetStaff: Actor;
let cityStaff: Actor;
let otherStaff: Actor;
let firmHandler: number;

/** A staff account of `org` (a real user row, so it can be assigned and told). */
async function staffOf(org: OrgRow): Promise<Actor> {
  const name = `staff-${ctx.unique()}`;
  const { rows } = await db.query<{ id: number }>(
    `insert into users (username, display_name, password_hash) values ($1, $2, 'x') returning id`,
    [name, `${org.name}干事`],
  );
  await db.query(`insert into role_assignments (user_id, role, org_id) values ($1, 'staff', $2)`, [
    rows[0].id,
    org.id,
  ]);
  return { ...ctx.actor('staff', org), userId: rows[0].id, username: name };
}

beforeAll(async () => {
  ({ db, ctx } = await openTestContext({ clock: fixedClock() }));
  cases = ctx.services.cases;
  city = await ctx.newRoot();
  street = await ctx.newOrg(city, 'street');
  firm = await ctx.newOrg(street, 'grassroots');
  otherFirm = await ctx.newOrg(await ctx.newOrg(city, 'street'), 'grassroots');
  const person = await ctx.newPerson(firm, { phone: ctx.newPhone() });
  workerPerson = { id: person.id, name: person.name, phone: person.phone as string };
  worker = ctx.actor('worker', null, person.id);
  firmStaff = await staffOf(firm);
  firmHandler = firmStaff.userId;
  streetStaff = await staffOf(street);
  cityStaff = await staffOf(city);
  otherStaff = await staffOf(otherFirm);
});
afterAll(async () => db?.close());

describe('the working-day calendar', () => {
  it('skips weekends and public holidays and counts make-up working days', async () => {
    // Friday 2025-09-26 + 1 → Sunday 2025-09-28 is a make-up working day (国庆节调休).
    expect(await addWorkingDays(db, '2025-09-26', 1)).toBe('2025-09-28');
    // Tuesday 2025-09-30 + 1 → 10-01..10-08 are holidays, 10-09 (Thursday) is the next working day.
    expect(await addWorkingDays(db, '2025-09-30', 1)).toBe('2025-10-09');
    // 10-09 Thu, 10-10 Fri, 10-11 Sat (make-up), 10-13 Mon.
    expect(await addWorkingDays(db, '2025-09-30', 4)).toBe('2025-10-13');
    // An ordinary week: Friday + 1 → Monday.
    expect(await addWorkingDays(db, '2026-03-06', 1)).toBe('2026-03-09');
  });

  it('an administrator marks a day, and the deadline follows it', async () => {
    const admin = ctx.actor('admin', null);
    await cases.admin.saveDay(admin, { day: '2026-03-09', working: false, name: '测试假日' });
    expect(await addWorkingDays(db, '2026-03-06', 1)).toBe('2026-03-10');
    await expect(
      cases.admin.saveDay(admin, { day: '2026-03-14', working: false, name: '周六' }),
    ).rejects.toMatchObject({
      code: 'CASE_CALENDAR_DAY',
    });
    await expect(
      cases.admin.saveDay(firmStaff, { day: '2026-03-11', working: false, name: 'x' }),
    ).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    await cases.admin.deleteDay(admin, '2026-03-09');
    expect(await addWorkingDays(db, '2026-03-06', 1)).toBe('2026-03-09');
    const year = await cases.admin.calendar(firmStaff, 2026);
    expect(year.days.filter((d) => !d.working && d.name === '春节')).toHaveLength(9);
  });
});

describe('a request from filing to rating', () => {
  let id: number;

  it('the worker files on the phone with their grassroots union, deadlines in working days', async () => {
    const filed = await cases.worker.file(worker, {
      channel: 'app',
      category: 'wages',
      description: '三个月工资未按时发放',
      anonymous: false,
      files: [{ name: '工资条.png', mime: 'image/png', data: Buffer.from('png') }],
    });
    id = filed.case.id;
    expect(filed.case).toMatchObject({ orgId: firm.id, filedOrgId: firm.id, status: 'submitted' });
    // Deadlines count from the day filed (a Monday, 10:00), or from the next working day when filed on a rest day
    // or after 17:30.
    expect(filed.case.countedFrom).toBe(TEST_TODAY);
    expect(filed.case.ackDue).toBe(await addWorkingDays(db, filed.case.countedFrom, 2));
    expect(filed.case.answerDue).toBe(await addWorkingDays(db, filed.case.countedFrom, 10));
    expect(filed.files).toHaveLength(1);
    expect(filed.events.map((e) => e.kind)).toEqual(['filed']);
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from messages where user_id = $1 and entity = 'case' and entity_id = $2`,
      [firmStaff.userId, id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('the handling chain sees who filed it; another subtree is refused', async () => {
    const seen = await cases.get(firmStaff, id);
    expect(seen.case.worker).toEqual({
      personId: workerPerson.id,
      name: workerPerson.name,
      phone: workerPerson.phone,
    });
    expect(seen.canHandle).toBe(true);
    expect((await cases.get(cityStaff, id)).case.identity).toBe('shown');
    await expect(cases.get(otherStaff, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(cases.accept(otherStaff, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'case.read' and entity_id = $1`,
      [String(id)],
    );
    expect(rows[0].n).toBe(2);
  });

  it('accept and assign; a handler outside the union is refused', async () => {
    await cases.accept(firmStaff, id);
    await expect(cases.accept(firmStaff, id)).rejects.toMatchObject({ code: 'CASE_STATE' });
    await expect(cases.assign(firmStaff, id, streetStaff.userId)).rejects.toMatchObject({
      code: 'CASE_HANDLER_INVALID',
    });
    await cases.assign(firmStaff, id, firmHandler);
    expect((await cases.get(firmStaff, id)).case).toMatchObject({
      status: 'accepted',
      handlerUserId: firmHandler,
    });
  });

  it('assigns on the day it happened: not in the future, not before the request was accepted (ADR 40)', async () => {
    const { acceptedOn } = (await cases.get(firmStaff, id)).case;
    await expect(cases.assign(firmStaff, id, firmHandler, '2099-01-01')).rejects.toMatchObject({
      code: 'EFFECTIVE_IN_FUTURE',
    });
    await expect(cases.assign(firmStaff, id, firmHandler, '2000-01-01')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      details: { field: 'effectiveOn' },
    });
    await cases.assign(firmStaff, id, firmHandler, acceptedOn as string);
    const { rows } = await db.query<{ day: string }>(
      `select to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day from case_events
        where case_id = $1 and kind = 'assigned' order by id desc limit 1`,
      [id],
    );
    expect(rows).toEqual([{ day: acceptedOn }]);
  });

  it('the sweep escalates a missed deadline one union up, once, and tells both unions', async () => {
    const answerDue = (await cases.get(firmStaff, id)).case.answerDue;
    const past = new Date(`${answerDue}T12:00:00+08:00`);
    past.setUTCDate(past.getUTCDate() + 1);
    const [a, b] = await Promise.all([escalateOverdueCases(db, past), escalateOverdueCases(db, past)]);
    expect([...a, ...b].filter((x) => x === id)).toHaveLength(1);
    expect(await escalateOverdueCases(db, past)).not.toContain(id);
    const now = await cases.get(streetStaff, id);
    expect(now.case).toMatchObject({
      orgId: street.id,
      status: 'submitted',
      overdue: true,
      handlerUserId: null,
    });
    expect(now.case.answerDue > answerDue).toBe(true);
    expect(now.events.map((e) => e.kind)).toContain('auto_escalated');
    for (const who of [firmStaff, streetStaff]) {
      const { rows } = await db.query<{ n: number }>(
        `select count(*)::int as n from messages where user_id = $1 and entity_id = $2 and title_zh like '%上报%'`,
        [who.userId, id],
      );
      expect(rows[0].n).toBe(1);
    }
    // The grassroots union still lists the request it received, but no longer sees who filed it.
    const before = await cases.get(firmStaff, id);
    expect(before.case.identity).toBe('hidden');
    expect(before.case.worker).toBeNull();
    expect(before.canHandle).toBe(false);
    await expect(cases.reply(firmStaff, id, '已处理')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('the street union answers late; the worker rates it once, which closes it', async () => {
    await cases.reply(streetStaff, id, '已协调企业补发工资');
    const mine = await cases.worker.get(worker, id);
    expect(mine.case).toMatchObject({ status: 'answered', onTime: false, overdue: false });
    expect(mine.events.some((e) => e.kind === 'replied' && e.body === '已协调企业补发工资')).toBe(true);
    expect(mine.events.every((e) => e.visible)).toBe(true);
    expect(mine.canRate).toBe(true);
    await cases.worker.rate(worker, id, { rating: 4, comment: '处理及时' });
    await expect(cases.worker.rate(worker, id, { rating: 5 })).rejects.toMatchObject({ code: 'CASE_STATE' });
    await expect(cases.worker.reopen(worker, id, '还没发')).rejects.toMatchObject({ code: 'CASE_STATE' });
    expect((await cases.worker.get(worker, id)).case).toMatchObject({ status: 'closed', rating: 4 });
  });

  it('another worker cannot reach it', async () => {
    const other = await ctx.newPerson(firm);
    await expect(cases.worker.get(ctx.actor('worker', null, other.id), id)).rejects.toMatchObject({
      code: 'CASE_NOT_FOUND',
    });
  });
});

describe('reopen, transfer, close', () => {
  it('a worker reopens an answered request once; staff transfer and close', async () => {
    const { case: c } = await cases.worker.file(worker, {
      channel: 'mailbox',
      category: 'suggestion',
      description: '建议食堂增加夜班餐',
      anonymous: false,
    });
    await cases.reply(firmStaff, c.id, '已转告食堂');
    await cases.worker.reopen(worker, c.id, '夜班餐仍未安排');
    await expect(cases.worker.reopen(worker, c.id, '再次')).rejects.toMatchObject({ code: 'CASE_STATE' });
    expect((await cases.worker.get(worker, c.id)).case).toMatchObject({ status: 'accepted', reopened: true });
    await expect(cases.transfer(firmStaff, c.id, otherFirm.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await cases.transfer(cityStaff, c.id, otherFirm.id, '由相关企业工会办理');
    expect((await cases.get(otherStaff, c.id)).case.orgId).toBe(otherFirm.id);
    await cases.close(otherStaff, c.id, '已落实');
    await expect(cases.close(otherStaff, c.id)).rejects.toMatchObject({ code: 'CASE_STATE' });
  });

  it('staff enter a request taken at a reception day with the worker’s union by default', async () => {
    const entered = await cases.enter(streetStaff, {
      channel: 'reception',
      category: 'contract',
      description: '劳动合同到期未续签',
      personId: workerPerson.id,
    });
    expect(entered.case).toMatchObject({ orgId: firm.id, channel: 'reception' });
    await expect(
      cases.enter(otherStaff, {
        channel: 'hotline',
        category: 'wages',
        description: '欠薪',
        personId: workerPerson.id,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const mine = await cases.worker.list(worker);
    expect(mine.items.map((c) => c.id)).toContain(entered.case.id);
    expect(mine.total).toBe(mine.items.length);
  });
});

describe('an anonymous request', () => {
  it('stores no person, shows no identity to anyone, and is still the worker’s own', async () => {
    const { case: c } = await cases.worker.file(worker, {
      channel: 'mailbox',
      category: 'safety',
      description: '车间通风设备损坏',
      anonymous: true,
    });
    const { rows } = await db.query<{ personId: number | null }>(
      'select person_id as "personId" from cases where id = $1',
      [c.id],
    );
    expect(rows[0].personId).toBeNull();
    const answers = [
      await cases.get(firmStaff, c.id),
      await cases.get(cityStaff, c.id),
      await cases.get(ctx.actor('admin', null), c.id),
      await cases.list(firmStaff, { pageSize: 200 }),
      await cases.worker.get(worker, c.id),
    ];
    await cases.reply(firmStaff, c.id, '已安排维修');
    answers.push(await cases.get(firmStaff, c.id));
    const text = JSON.stringify(answers);
    expect(text).toContain('车间通风设备损坏');
    const person = await ctx.services.people.getPerson(ctx.actor('admin', null), workerPerson.id);
    const mineOnly = JSON.stringify(
      answers.map((a) => ('items' in a ? a.items.filter((x) => x.id === c.id) : a)),
    );
    for (const secret of [
      workerPerson.name,
      workerPerson.phone,
      person.idMasked,
      `"personId":${workerPerson.id}`,
    ]) {
      expect(mineOnly).not.toContain(secret);
    }
    const audit = await db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where entity = 'case' and entity_id = $1 and user_id is not null
         and action = 'case.file'`,
      [String(c.id)],
    );
    expect(audit.rows[0].n).toBe(0);
    expect((await cases.worker.list(worker)).items.map((x) => x.id)).toContain(c.id);
    expect((await casesOfPersons(db, [workerPerson.id])).map((x) => x.id)).not.toContain(c.id);
  });
});

describe('an anonymous request taken in person', () => {
  it('entered at a reception day is saved, and the list, detail, export and audit show no sender', async () => {
    const entered = await cases.enter(streetStaff, {
      channel: 'reception',
      category: 'wages',
      description: '接待日收到未署名来信：车间加班费未足额发放',
      anonymous: true,
      orgId: firm.id,
    });
    const id = entered.case.id;
    expect(entered.case).toMatchObject({
      channel: 'reception',
      anonymous: true,
      identity: 'anonymous',
      worker: null,
      orgId: firm.id,
    });
    const { rows } = await db.query<{ personId: number | null; ownerHash: string | null }>(
      'select person_id as "personId", owner_hash as "ownerHash" from cases where id = $1',
      [id],
    );
    expect(rows[0]).toEqual({ personId: null, ownerHash: null });
    // Naming the worker on an anonymous request is refused, on every channel: nothing would keep the name secret.
    for (const channel of ['reception', 'forum', 'hotline'] as const) {
      await expect(
        cases.enter(streetStaff, {
          channel,
          category: 'wages',
          description: '欠薪',
          anonymous: true,
          personId: workerPerson.id,
        }),
      ).rejects.toMatchObject({ code: 'CASE_ANONYMOUS_NAMED' });
    }
    const admin = ctx.actor('admin', null);
    for (const who of [firmStaff, streetStaff, cityStaff, admin]) {
      const detail = await cases.get(who, id);
      expect(detail.case).toMatchObject({ identity: 'anonymous', worker: null });
      const listed = (await cases.list(who, { pageSize: 200 })).items.find((x) => x.id === id);
      expect(listed).toMatchObject({ identity: 'anonymous', worker: null });
    }
    const exported = await cases.exportList(cityStaff, { orgId: firm.id });
    const sheet = await readSheet(exported.buffer, 'list.xlsx', { isHeader: (c) => c.includes('收到日期') });
    const row = sheet.rows.find((r) => r.cells[sheet.headers.indexOf('编号')] === String(id));
    expect(row?.cells[sheet.headers.indexOf('职工')]).toBe('匿名');
    // a filtered list's 范围 says each filter, so its count reads as that filter's rows; the whole list says none
    const scopeOf = async (q: Parameters<typeof cases.exportList>[1]) =>
      (
        await readSheet((await cases.exportList(cityStaff, q)).buffer, 'list.xlsx', {
          isHeader: (c) => c[0] === '项目' && c[1] === '数值',
        })
      ).rows.map((r) => r.cells.slice(0, 2));
    const filtered = await scopeOf({
      orgId: firm.id,
      status: 'open',
      channel: 'hotline',
      overdue: false,
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(filtered).toEqual(
      expect.arrayContaining([
        ['筛选：状态', '未办结'],
        ['筛选：渠道', '职工维权热线'],
        ['筛选：是否逾期', '未逾期'],
        ['筛选：收到日期', '2026-01-01至2026-06-30'],
      ]),
    );
    expect((await scopeOf({ orgId: firm.id })).some((r) => r[0].startsWith('筛选'))).toBe(false);
    // No audit row of the request names a person.
    const audit = await db.query<{ after: unknown; before: unknown }>(
      `select after, before from audit_log where entity = 'case' and entity_id = $1`,
      [String(id)],
    );
    expect(audit.rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit.rows)).not.toMatch(/person|worker/i);
  });
});

describe('statistics', () => {
  it('read out of the reporting layer and agree with the raw rows', async () => {
    const month = TEST_TODAY.slice(0, 7);
    const s = await getCaseStats(db, cityStaff, { from: month, to: month }, TEST_TODAY);
    const raw = await db.query<{
      filed: number;
      answered: number;
      onTime: number;
      open: number;
      overdue: number;
      rated: number;
      ratingSum: number;
    }>(
      `select count(*)::int as filed, count(c.answered_on)::int as answered,
              count(*) filter (where c.on_time)::int as "onTime",
              count(*) filter (where c.status <> 'closed')::int as open,
              -- overdue today by the recorded steps: past the acceptance deadline unaccepted, or the answer's,
              -- and neither answered nor closed yet (whether or not the night's sweep has marked it)
              count(*) filter (where (case when (c.accepted_on is null or c.accepted_on > c.ack_due)
                                                and c.ack_due < c.answer_due then c.ack_due else c.answer_due end)
                                     < $2::date
                                 and coalesce(least(c.answered_on, c.closed_on), 'infinity') > $2::date)::int
                as overdue,
              count(c.rating)::int as rated, coalesce(sum(c.rating), 0)::int as "ratingSum"
         from cases c join orgs o on o.id = c.filed_org_id where o.path like $1`,
      [`${city.path}%`, TEST_TODAY],
    );
    const r = raw.rows[0];
    expect(s.filed).toBe(r.filed);
    expect(s.answered).toBe(r.answered);
    expect(s.onTime).toBe(r.onTime);
    expect(s.open).toBe(r.open);
    expect(s.overdue).toBe(r.overdue);
    expect(s.rated).toBe(r.rated);
    expect(s.ratingAverage).toBe(r.ratingSum / r.rated);
    const byChannel = await db.query<{ channel: string; n: number }>(
      `select channel, count(*)::int as n from cases c join orgs o on o.id = c.filed_org_id
        where o.path like $1 group by channel`,
      [`${city.path}%`],
    );
    for (const row of byChannel.rows) {
      expect(s.byChannel.find((x) => x.channel === row.channel)?.n).toBe(row.n);
    }
    expect(s.byUnion.reduce((n, u) => n + u.filed, 0)).toBe(r.filed);
    await expect(
      getCaseStats(db, otherStaff, { orgId: city.id, from: month, to: month }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it("label the union's own row （本级） on the page's answer and in the .xlsx, as the other statistics do", async () => {
    const month = TEST_TODAY.slice(0, 7);
    const q = { orgId: firm.id, from: month, to: month };
    const s = await getCaseStats(db, cityStaff, q, TEST_TODAY);
    expect(s.byUnion[0]).toMatchObject({ orgId: firm.id, own: true });
    expect(s.byUnion.slice(1).every((u) => !u.own)).toBe(true);
    const { buffer } = await exportCaseStats(db, cityStaff, q, TEST_TODAY);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(buffer).Sheets.下级工会, { header: 1 });
    expect(rows[1][0]).toBe(`${firm.name}（本级）`);
  });

  it('stand on today at the latest, and say what each figure counts and as of which day', async () => {
    const year = TEST_TODAY.slice(0, 4);
    // a period running past today, and a day asked for after it: the states are today's, not a guess at December
    const s = await cases.stats(cityStaff, { from: `${year}-01`, to: `${year}-12`, asOf: `${year}-12-31` });
    expect(s.statesOn).toBe(TEST_TODAY);
    expect(s.notes.find((n) => n.key === 'open')?.note.zh).toContain(`截至${TEST_TODAY}`);
    expect(s.notes.find((n) => n.key === 'filed')?.note.zh).toContain(`${year}-01-01至${TEST_TODAY}`);
    expect((await cases.stats(cityStaff, { from: `${year}-01`, to: `${year}-12` })).statesOn).toBe(
      TEST_TODAY,
    );
  });

  it('casesOfPersons lists a person’s named requests for the hardship files', async () => {
    const rows = await casesOfPersons(db, [workerPerson.id]);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((r) => r.personId === workerPerson.id)).toBe(true);
  });
});
