import { beforeAll, describe, expect, it } from 'vitest';
import { contextWorld } from '../../../test/world-kit.ts';
import type { Actor } from '../../access/access.ts';
import { todoSourcesOf } from '../../module-manifest.ts';
import { MODULES } from '../../modules.gen.ts';
import type { TodoSource } from '../../shared/todo.ts';
import { listTodo } from './todo.service.ts';

const TODAY = '2026-06-10';
const SOURCES = todoSourcesOf(MODULES);

describe('the to-do list (待办)', () => {
  const w = contextWorld({
    tree: {
      districtA: 'root/district',
      firmA: 'districtA/town/grassroots',
      firmB: 'root/district/town/grassroots',
    },
  });
  let personA: number;
  let personB: number;

  beforeAll(async () => {
    personA = (await w.t.newPerson(w.firmA)).id;
    personB = (await w.t.newPerson(w.firmB)).id;
  });

  const find = async (actor: Actor, module: string, kind: string) =>
    (await listTodo(w.db, actor, TODAY, SOURCES)).items.find((i) => i.module === module && i.kind === kind);

  it('every module is a source under its own name or says why nothing of it waits', () => {
    // the manifest's type makes every module say which; a source answers under its module's name
    for (const m of MODULES) {
      if ('list' in m.todo) expect(m.todo.module).toBe(m.name);
      else expect(m.todo.nothingWaits.trim()).not.toBe('');
    }
    expect(SOURCES.map((s) => s.module)).toContain('programs');
  });

  it('orders the most overdue first and counts the total', async () => {
    const fake = (module: string, dueOn: string | null, count: number): TodoSource => ({
      module,
      list: async () => [
        {
          kind: 'k',
          title: { zh: module, en: module },
          count,
          oldestOn: null,
          dueOn,
          dueIs: 'deadline',
          href: '/',
        },
      ],
    });
    const out = await listTodo(w.db, w.t.actor('staff', w.firmA), TODAY, [
      fake('later', '2026-06-20', 1),
      fake('none', null, 2),
      fake('late', '2026-06-01', 3),
    ]);
    expect(out.items.map((i) => [i.module, i.overdueDays])).toEqual([
      ['late', 9],
      ['later', 0],
      ['none', 0],
    ]);
    expect(out.total).toBe(6);
  });

  it('a join request waits for its union’s subtree, not another union’s, and leaves once decided', async () => {
    const { rows } = await w.db.query<{ id: number }>(
      `insert into join_requests (org_id, name, id_hash, id_cipher, id_masked, phone)
       values ($1, '入会人', $2, 'x', 'x', '13900000000') returning id`,
      [w.firmA.id, `h${w.t.unique()}`],
    );
    expect((await find(w.t.actor('manager', w.districtA), 'onboarding', 'join'))?.count).toBe(1);
    expect(await find(w.t.actor('manager', w.firmB), 'onboarding', 'join')).toBeUndefined();
    await w.db.query(`update join_requests set status = 'accepted' where id = $1`, [rows[0].id]);
    expect(await find(w.t.actor('manager', w.districtA), 'onboarding', 'join')).toBeUndefined();
  });

  it('a correction waits for the member’s union, not another’s', async () => {
    const { rows } = await w.db.query<{ id: number }>(
      `insert into member_requests (person_id, kind, from_org_id, federation_id, old_name, new_name, filed_on)
       values ($1, 'correction', $2, 0, '旧名', '新名', '2026-06-01') returning id`,
      [personA, w.firmA.id],
    );
    const mine = await find(w.t.actor('staff', w.firmA), 'memberrequests', 'correction');
    expect(mine).toMatchObject({
      count: 1,
      oldestOn: '2026-06-01',
      href: '/member-requests?kind=correction',
    });
    expect(await find(w.t.actor('staff', w.firmB), 'memberrequests', 'correction')).toBeUndefined();
    await w.db.query(`update member_requests set status = 'declined', reason = '无' where id = $1`, [
      rows[0].id,
    ]);
    expect(await find(w.t.actor('staff', w.firmA), 'memberrequests', 'correction')).toBeUndefined();
  });

  it('a request waits to be accepted, then answered, at its union, overdue past its deadline; the worker rates', async () => {
    const { rows } = await w.db.query<{ id: number }>(
      `insert into cases (org_id, filed_org_id, channel, category, description, anonymous, person_id,
                          filed_on, ack_due, answer_due, due_set_on, counted_from, entered_on)
       values ($1, $1, 'app', 'wages', '欠薪', false, $2, '2026-06-01', '2026-06-03', '2026-06-15', '2026-06-01', '2026-06-01', '2026-06-01') returning id`,
      [w.firmA.id, personA],
    );
    const staffA = w.t.actor('staff', w.firmA);
    expect(await find(staffA, 'cases', 'accept')).toMatchObject({
      count: 1,
      dueOn: '2026-06-03',
      overdueDays: 7,
    });
    expect(await find(w.t.actor('staff', w.firmB), 'cases', 'accept')).toBeUndefined();
    expect(await find(w.t.actor('reviewer', w.firmA), 'cases', 'accept')).toBeUndefined();
    await w.db.query(`update cases set status = 'accepted', accepted_on = '2026-06-02' where id = $1`, [
      rows[0].id,
    ]);
    expect(await find(staffA, 'cases', 'accept')).toBeUndefined();
    expect(await find(staffA, 'cases', 'answer')).toMatchObject({
      count: 1,
      dueOn: '2026-06-15',
      overdueDays: 0,
    });
    await w.db.query(`update cases set status = 'answered', answered_on = '2026-06-05' where id = $1`, [
      rows[0].id,
    ]);
    expect(await find(staffA, 'cases', 'answer')).toBeUndefined();
    expect(await find(w.t.actor('worker', null, personA), 'cases', 'rate')).toMatchObject({ count: 1 });
    expect(await find(w.t.actor('worker', null, personB), 'cases', 'rate')).toBeUndefined();
  });

  it('a work waits for review in its author’s union’s subtree; a returned one waits for its author', async () => {
    const { rows: call } = await w.db.query<{ id: number }>(
      `insert into calls (org_id, title, opens_on, closes_on, per_worker, gallery)
       values ($1, '摄影征集', '2026-05-01', '2026-06-30', 2, 'public') returning id`,
      [w.districtA.id],
    );
    const { rows: cat } = await w.db.query<{ id: number }>(
      `insert into call_categories (call_id, position, name, kind) values ($1, 1, '摄影', 'text') returning id`,
      [call[0].id],
    );
    const { rows } = await w.db.query<{ id: number }>(
      `insert into call_works (call_id, category_id, person_id, org_id, author_name, title, status, submitted_on)
       values ($1, $2, $3, $4, '作者', '作品', 'submitted', '2026-06-02') returning id`,
      [call[0].id, cat[0].id, personA, w.firmA.id],
    );
    // a second work in the same call: the card counts the calls the list it opens shows, each with its works
    await w.db.query(
      `insert into call_works (call_id, category_id, person_id, org_id, author_name, title, status, submitted_on)
       values ($1, $2, $3, $4, '作者', '作品二', 'submitted', '2026-06-03')`,
      [call[0].id, cat[0].id, personA, w.firmA.id],
    );
    const card = await find(w.t.actor('reviewer', w.districtA), 'calls', 'review');
    expect(card).toMatchObject({ count: 1, dueOn: '2026-06-30', href: '/activities/calls?awaiting=1' });
    const opened = await w.t.services.calls.list(w.t.actor('reviewer', w.districtA), { awaiting: true });
    expect(opened.items.map((c) => [c.id, c.awaiting])).toEqual([[call[0].id, 2]]);
    expect(opened.items).toHaveLength(card?.count ?? -1);
    await w.db.query(`delete from call_works where title = '作品二'`);
    expect(await find(w.t.actor('reviewer', w.firmB), 'calls', 'review')).toBeUndefined();
    await w.db.query(`update call_works set status = 'returned', reviewed_on = '2026-06-03' where id = $1`, [
      rows[0].id,
    ]);
    expect(await find(w.t.actor('reviewer', w.districtA), 'calls', 'review')).toBeUndefined();
    expect(await find(w.t.actor('worker', null, personA), 'calls', 'returned')).toMatchObject({ count: 1 });
  });

  it('a return waits to be filled by its union and, once submitted, to be reviewed by the issuer', async () => {
    const { rows: ret } = await w.db.query<{ id: number }>(
      `insert into returns (org_id, title, period_kind, period_from, period_to, target_level, deadline, form, status)
       values ($1, '年报', 'year', '2025-01-01', '2025-12-31', 5, '2026-06-05', '{}', 'issued') returning id`,
      [w.districtA.id],
    );
    const { rows } = await w.db.query<{ id: number }>(
      `insert into return_submissions (return_id, org_id, federation_id) values ($1, $2, 0) returning id`,
      [ret[0].id, w.firmA.id],
    );
    expect(await find(w.t.actor('staff', w.firmA), 'returns', 'fill')).toMatchObject({
      count: 1,
      overdueDays: 5,
    });
    expect(await find(w.t.actor('staff', w.firmB), 'returns', 'fill')).toBeUndefined();
    await w.db.query(
      `update return_submissions set status = 'submitted', submitted_at = now() where id = $1`,
      [rows[0].id],
    );
    expect(await find(w.t.actor('staff', w.firmA), 'returns', 'fill')).toBeUndefined();
    expect(await find(w.t.actor('staff', w.districtA), 'returns', 'review')).toMatchObject({ count: 1 });
    expect(await find(w.t.actor('staff', w.firmB), 'returns', 'review')).toBeUndefined();
  });

  it('every source answers for every role without failing', async () => {
    for (const role of ['admin', 'manager', 'staff', 'reviewer', 'judge', 'counsellor'] as const) {
      const out = await listTodo(
        w.db,
        w.t.actor(role, role === 'admin' || role === 'judge' ? null : w.districtA),
        TODAY,
        SOURCES,
      );
      expect(out.total).toBe(out.items.reduce((n, i) => n + i.count, 0));
    }
    const worker = await listTodo(w.db, w.t.actor('worker', null, personA), TODAY, SOURCES);
    expect(worker.items.every((i) => i.href.startsWith('/m/'))).toBe(true);
  });
});
