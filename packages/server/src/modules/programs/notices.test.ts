import { describe, expect, it } from 'vitest';
import { fixedClock, minutesFromNow, TEST_NOW } from '../../../test/clock.ts';
import { worldPerFile } from '../../../test/world-kit.ts';
import type { Actor } from '../../access/access.ts';
import type { OrgRow } from '../org/index.ts';
import { applyAsWorker, reviewApplication, reviewBulk, reviewOne } from './applications/index.ts';
import { createClaimsService, drawLottery } from './claims/index.ts';
import { createPaymentBatch, markBatchPaid } from './ledger/index.ts';
import { createProgram, publishProgram } from './program-admin.service.ts';
import { appError, createProgramsWorld, fixedProgram, flashClaimProgram } from './programs.test-kit.ts';
import type { ProgramInput } from './programs.types.ts';

/** The messages of decisions: written to the applicant person's accounts in the decision's transaction. */

const w = worldPerFile(createProgramsWorld);

/** A member of `org` with a worker account, and the actor of that account. */
async function workerWithAccount(org: OrgRow) {
  const person = await w.person(org);
  const user = await w.ctx.newUser('worker', null, person.id);
  const actor: Actor = { ...w.worker(person.id), userId: user.id, username: user.username };
  return { person, user, actor };
}

async function messagesOf(actor: Actor) {
  return (await w.ctx.services.messages.list(actor, { pageSize: 200 })).items;
}

describe('review decisions tell the worker', () => {
  it('each step of a 3-step chain, the final approval with the amount, then the payment', async () => {
    const staff = w.staff(w.districtA);
    const program = await w.publishedProgram(staff, fixedProgram(w.districtA.id, { reviewChain: [4, 3, 2] }));
    const me = await workerWithAccount(w.grassA1);
    const app = await applyAsWorker(w.db, me.actor, { programId: program.id, files: [] }, TEST_NOW);
    expect(await messagesOf(me.actor)).toEqual([]);

    await reviewOne(w.db, w.reviewer(w.grassA1), app.id, 'approve', {}, TEST_NOW);
    await reviewOne(w.db, w.staff(w.town), app.id, 'approve', {}, TEST_NOW);
    await reviewOne(w.db, w.staff(w.districtA), app.id, 'approve', {}, TEST_NOW);
    let list = await messagesOf(me.actor);
    expect(list.map((m) => m.kind)).toEqual([
      'application.approved',
      'application.approved_step',
      'application.approved_step',
    ]);
    const [final, second, first] = list;
    expect(first.titleZh).toContain(w.grassA1.name);
    expect(first.bodyZh).toContain(program.name);
    expect(first.bodyZh).toContain(w.town.name);
    expect(first.bodyEn).toContain(`approved by ${w.grassA1.name}`);
    expect(second.titleZh).toContain(w.town.name);
    expect(final.titleZh).toBe('申请已全部审核通过');
    expect(final.bodyZh).toContain('1,000.00 元');
    expect(final.bodyEn).toContain('¥1,000.00');
    for (const m of list) {
      expect(m).toMatchObject({ link: `/m/applications/${app.id}`, entity: 'application', entityId: app.id });
      expect(m.readAt).toBeNull();
    }
    expect(await w.ctx.services.messages.counts(me.actor)).toEqual({ unreadCount: 3, waitingReviews: 0 });

    const batch = await createPaymentBatch(w.db, staff, { programId: program.id }, undefined, TEST_NOW);
    await markBatchPaid(w.db, staff, batch.id, undefined, undefined, TEST_NOW);
    list = await messagesOf(me.actor);
    expect(list).toHaveLength(4);
    expect(list[0]).toMatchObject({ kind: 'payment.paid', link: '/m/payments', entityId: app.id });
    expect(list[0].bodyZh).toContain('1,000.00 元');
    expect(list[0].bodyZh).toMatch(/\d{4}-\d{2}-\d{2} 发放/);
    expect(list[0].bodyZh).toContain(`批次 ${batch.id}`);
    // Marking the batch paid again changes nothing and tells nobody twice.
    await markBatchPaid(w.db, staff, batch.id, undefined, undefined, TEST_NOW);
    expect(await messagesOf(me.actor)).toHaveLength(4);
  });

  it('a return and a rejection carry the reason; a person without an account gets nothing', async () => {
    const staff = w.staff(w.districtA);
    const program = await w.publishedProgram(staff, fixedProgram(w.districtA.id, { reviewChain: [4] }));
    const me = await workerWithAccount(w.grassA2);
    const app = await applyAsWorker(w.db, me.actor, { programId: program.id, files: [] }, TEST_NOW);
    await reviewOne(w.db, w.staff(w.grassA2), app.id, 'return', { reason: '缺少困难证明' }, TEST_NOW);
    const [returned] = await messagesOf(me.actor);
    expect(returned).toMatchObject({ kind: 'application.returned', titleZh: '申请被退回修改' });
    expect(returned.bodyZh).toContain('理由：缺少困难证明');
    expect(returned.bodyEn).toContain('Reason: 缺少困难证明');

    await w.ctx.services.programs.resubmitMine(me.actor, app.id, {});
    await reviewOne(w.db, w.staff(w.grassA2), app.id, 'reject', { reason: '不符合条件' }, TEST_NOW);
    const [rejected] = await messagesOf(me.actor);
    expect(rejected).toMatchObject({ kind: 'application.rejected', titleEn: 'Application rejected' });
    expect(rejected.bodyZh).toContain('理由：不符合条件');

    const noAccount = await w.person(w.grassA2);
    const other = await applyAsWorker(
      w.db,
      w.worker(noAccount.id),
      { programId: program.id, files: [] },
      TEST_NOW,
    );
    const before = await w.db.query<{ n: number }>('select count(*) as n from messages');
    await reviewOne(w.db, w.staff(w.grassA2), other.id, 'approve', {}, TEST_NOW);
    const after = await w.db.query<{ n: number }>('select count(*) as n from messages');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('a message is written in the decision’s transaction: a decision that fails afterwards leaves none', async () => {
    const staff = w.staff(w.districtA);
    const program = await w.publishedProgram(staff, fixedProgram(w.districtA.id, { reviewChain: [4, 2] }));
    const me = await workerWithAccount(w.grassA1);
    const app = await applyAsWorker(w.db, me.actor, { programId: program.id, files: [] }, TEST_NOW);
    await expect(
      w.db.tx(async (sql) => {
        await reviewApplication(sql, w.staff(w.grassA1), app.id, 'approve', {}, { now: TEST_NOW });
        const written = await sql.query<{ n: number }>(
          'select count(*) as n from messages where user_id = $1',
          [me.user.id],
        );
        expect(written.rows[0].n).toBe(1);
        throw new Error('the decision fails after its message');
      }),
    ).rejects.toThrow('the decision fails after its message');
    expect(await messagesOf(me.actor)).toEqual([]);

    // A refused decision (not this union's step) writes nothing either. grassA1 has a reviewer account and the
    // application has not waited, so the district may not take its step.
    await w.ctx.newUser('reviewer', w.grassA1);
    expect(
      (await appError(() => reviewOne(w.db, w.staff(w.districtA), app.id, 'approve', {}, TEST_NOW))).code,
    ).toBe('NOT_YOUR_STEP');
    expect(await messagesOf(me.actor)).toEqual([]);
  });

  it('a bulk approval of 200 applications writes one message per application, quickly', async () => {
    const staff = w.staff(w.districtA);
    const program = await w.publishedProgram(
      staff,
      fixedProgram(w.districtA.id, { reviewChain: [2], intakeModes: ['batch'] }),
    );
    const { rows } = await w.db.query<{ id: number }>(
      `insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender)
       select '批量' || i, 'notices-test:' || $1::text || ':' || i, 'x', '110***********' || lpad(i::text, 4, '0'),
              date '1985-01-01' + i, 'male'
         from generate_series(1, 200) as i returning id`,
      [w.ctx.unique()],
    );
    const people = rows.map((r) => r.id);
    await w.db.query(
      `insert into memberships (person_id, org_id, joined_on)
       select p, $2::bigint, date '2019-01-01' from unnest($1::bigint[]) as p`,
      [people, w.grassA1.id],
    );
    await w.db.query(
      `insert into users (username, display_name, password_hash, person_id)
       select 'bulk-' || $2::text || '-' || p, '职工', 'x', p from unnest($1::bigint[]) as p`,
      [people, w.ctx.unique()],
    );
    const r = await w.ctx.services.programs.batch(staff, program.id, { personIds: people });
    const ids = r.results.map((x) => x.applicationId as number);
    expect(ids).toHaveLength(200);

    const bulk = await reviewBulk(w.db, staff, { ids, action: 'approve' }, TEST_NOW);
    expect(bulk.succeeded).toBe(200);
    const written = await w.db.query<{ n: number; apps: number }>(
      `select count(*) as n, count(distinct entity_id) as apps from messages
        where kind = 'application.approved' and entity_id = any($1::bigint[])`,
      [ids],
    );
    // one message per decision, written with it (its cost is measured by benchmarks, never timed here)
    expect(written.rows[0]).toEqual({ n: 200, apps: 200 });
  });
});

describe('reviewers see what waits at their step', () => {
  it('counts the applications waiting at the actor’s union; 0 for workers and other unions', async () => {
    const staff = w.staff(w.districtB);
    const program = await w.publishedProgram(staff, fixedProgram(w.districtB.id, { reviewChain: [4, 2] }));
    const people = [await w.person(w.grassB), await w.person(w.grassB), await w.person(w.grassB)];
    const apps = [];
    for (const p of people)
      apps.push(await applyAsWorker(w.db, w.worker(p.id), { programId: program.id, files: [] }, TEST_NOW));
    const counts = (actor: Actor) => w.ctx.services.messages.counts(actor);
    const reviewer = { ...w.reviewer(w.grassB), userId: (await w.ctx.newUser('reviewer', w.grassB)).id };
    expect((await counts(reviewer)).waitingReviews).toBe(3);
    expect((await counts(w.staff(w.districtB))).waitingReviews).toBe(0);

    await reviewOne(w.db, reviewer, apps[0].id, 'approve', {}, TEST_NOW);
    await reviewOne(w.db, reviewer, apps[1].id, 'reject', { reason: '材料不全' }, TEST_NOW);
    expect((await counts(reviewer)).waitingReviews).toBe(1);
    expect((await counts(w.staff(w.districtB))).waitingReviews).toBe(1);
    const me = await workerWithAccount(w.grassB);
    expect(await counts(me.actor)).toEqual({ unreadCount: 0, waitingReviews: 0 });
  });
});

describe('flash claims tell the winners how to collect', () => {
  async function claimProgram(over: Partial<ProgramInput> = {}) {
    const staff = w.staff(w.districtA);
    const p = await createProgram(
      w.db,
      staff,
      flashClaimProgram({ ownerOrgId: w.districtA.id, name: `话剧票${w.ctx.unique()}`, quota: 1, ...over }),
    );
    return publishProgram(w.db, staff, p.id);
  }

  it('the first-come winner gets a pickup message naming the program and the union; the loser none', async () => {
    const program = await claimProgram();
    const claims = createClaimsService(w.db, { clock: fixedClock() });
    const winner = await workerWithAccount(w.grassA1);
    const loser = await workerWithAccount(w.grassA2);
    const won = await claims.claim(winner.actor, program.id);
    expect(won.result).toBe('granted');
    expect((await claims.claim(loser.actor, program.id)).result).toBe('sold_out');

    const [m] = await messagesOf(winner.actor);
    expect(m).toMatchObject({
      kind: 'claim.granted',
      link: `/m/applications/${won.applicationId}`,
      entity: 'application',
      entityId: won.applicationId,
    });
    expect(m.titleZh).toBe(`抢领成功：${program.name}`);
    expect(m.bodyZh).toContain(`到${w.districtA.name}领取「${program.name}」`);
    expect(m.bodyEn).toContain(`Collect "${program.name}" at ${w.districtA.name}`);
    expect(await messagesOf(loser.actor)).toEqual([]);
  });

  it('lottery winners get their message with the draw, losers none', async () => {
    const program = await claimProgram({ quota: 2, lottery: true });
    const claims = createClaimsService(w.db, { clock: fixedClock() });
    const entrants = [];
    for (let i = 0; i < 4; i++) entrants.push(await workerWithAccount(i % 2 ? w.grassA1 : w.grassA2));
    for (const e of entrants)
      expect((await claims.claim(e.actor, program.id)).result).toBe('entered_lottery');
    // drawn once the window (to TEST_NOW + 60 minutes) has closed
    await drawLottery(w.db, w.staff(w.districtA), program.id, { seed: 'notices' }, minutesFromNow(61));

    const got = await Promise.all(entrants.map((e) => messagesOf(e.actor)));
    expect(got.filter((l) => l.length === 1)).toHaveLength(2);
    expect(got.filter((l) => l.length === 0)).toHaveLength(2);
    const m = got.find((l) => l.length === 1)?.[0];
    expect(m?.kind).toBe('claim.won');
    expect(m?.titleZh).toBe(`中签：${program.name}`);
    expect(m?.link).toMatch(/^\/m\/applications\/\d+$/);
  });
});
