import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import { createTestDb } from '../../../../test/test-db.ts';
import type { Db } from '../../../db/db.ts';
import { getProgramDetail } from '../program-admin.service.ts';
import { appError, createProgramsWorld, fixedProgram, type ProgramsWorld } from '../programs.test-kit.ts';
import { findApplications, getApplicationDetail } from './applications.service.ts';
import { reviewOne } from './review.service.ts';

let db: Db;

beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db?.close());

/** A moment of a China calendar day (10:00). */
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

/**
 * A grassroots → street (town) → district chain owned by district A, with reviewer accounts at the grassroots
 * union and the district (and at the street when `streetReviewer`), and one application that reached the
 * street's step on `reachedOn`.
 */
async function chain(w: ProgramsWorld, reachedOn: string, streetReviewer: boolean) {
  await w.ctx.newUser('reviewer', w.grassA1);
  await w.ctx.newUser('reviewer', w.grassA2);
  await w.ctx.newUser('staff', w.grassDirect);
  await w.ctx.newUser('reviewer', w.districtA);
  if (streetReviewer) await w.ctx.newUser('reviewer', w.town);
  const program = await w.publishedProgram(
    w.staff(w.districtA),
    fixedProgram(w.districtA.id, { reviewChain: [4, 3, 2], intakeModes: ['batch'] }),
  );
  const person = await w.person(w.grassA1);
  const r = await w.ctx.services.programs.batch(w.staff(w.grassA1), program.id, {
    personIds: [person.id],
    appliedOn: reachedOn,
  });
  const id = r.results[0].applicationId as number;
  await reviewOne(db, w.staff(w.grassA1), id, 'approve', { effectiveOn: reachedOn }, TEST_NOW);
  return { program, id };
}

describe('chains that never stall', () => {
  it('a street union without a reviewer: the program page names it, and the district takes its step at once, recorded as such', async () => {
    const w = await createProgramsWorld(db);
    const { program, id } = await chain(w, '2026-04-02', false);

    const detail = await getProgramDetail(db, w.staff(w.districtA), program.id);
    expect(detail.chainWithoutReviewers).toEqual({
      count: 1,
      unions: [{ orgId: w.town.id, name: w.town.name }],
    });

    const now = at('2026-04-02');
    const queue = await findApplications(db, w.reviewer(w.districtA), { standIn: true }, now);
    expect(queue.items.map((a) => [a.id, a.standIn?.forOrgName, a.standIn?.reason])).toEqual([
      [id, w.town.name, 'no_reviewer'],
    ]);
    // Not for a union that is not above it.
    const sibling = await appError(() => reviewOne(db, w.staff(w.grassA2), id, 'approve', {}, now));
    expect(['NOT_FOUND', 'NOT_YOUR_STEP']).toContain(sibling.code);

    const taken = await reviewOne(db, w.reviewer(w.districtA), id, 'approve', {}, now);
    expect(taken).toMatchObject({ status: 'submitted', stepOrgId: w.districtA.id });
    const history = await getApplicationDetail(db, w.staff(w.districtA), id);
    const step = history.events.find((e) => e.action === 'approved_step' && e.orgId === w.town.id);
    expect(step?.data).toMatchObject({
      standIn: { forOrgName: w.town.name, byOrgName: w.districtA.name, reason: 'no_reviewer' },
    });
    expect(step?.actorOrgName).toBe(w.districtA.name);
    const audit = await db.query<{ after: Record<string, unknown> }>(
      `select after from audit_log where entity = 'application' and entity_id = $1 and action = 'application.approve_step'
        order by id desc limit 1`,
      [String(id)],
    );
    expect(audit.rows[0].after).toMatchObject({ standIn: { forOrgId: w.town.id, byOrgId: w.districtA.id } });

    // The district then decides its own step as usual.
    const done = await reviewOne(db, w.reviewer(w.districtA), id, 'approve', {}, now);
    expect(done.status).toBe('approved');
    // With a reviewer at the street, the page no longer warns.
    await w.ctx.newUser('reviewer', w.town);
    expect((await getProgramDetail(db, w.staff(w.districtA), program.id)).chainWithoutReviewers.count).toBe(
      0,
    );
  });

  it('a slow street reviewer: the district may take the step only after 5 working days of the calendar', async () => {
    const w = await createProgramsWorld(db);
    // Reached on Thursday 2026-04-02; 清明 (04-04 to 04-06) is not counted: the fifth working day is 04-10.
    const { program, id } = await chain(w, '2026-04-02', true);
    expect((await getProgramDetail(db, w.staff(w.districtA), program.id)).chainWithoutReviewers.count).toBe(
      0,
    );
    expect(program.standInDays).toBe(5);

    const early = at('2026-04-09');
    const refused = await appError(() => reviewOne(db, w.reviewer(w.districtA), id, 'approve', {}, early));
    expect(refused).toMatchObject({ code: 'NOT_YOUR_STEP', details: { standInFrom: '2026-04-10' } });
    expect(refused.messages.zh).toContain('可自 2026-04-10 起代为审核');
    expect(
      (await findApplications(db, w.reviewer(w.districtA), { standIn: true }, early)).items.map((a) => a.id),
    ).toEqual([]);

    const due = at('2026-04-10');
    const queue = await findApplications(db, w.reviewer(w.districtA), { standIn: true }, due);
    expect(queue.items.map((a) => [a.id, a.standIn?.reason, a.standIn?.since, a.standIn?.from])).toEqual([
      [id, 'overdue', '2026-04-02', '2026-04-10'],
    ]);
    const returned = await reviewOne(
      db,
      w.reviewer(w.districtA),
      id,
      'return',
      { reason: '请补充身份证复印件' },
      due,
    );
    expect(returned.status).toBe('returned');
    const history = await getApplicationDetail(db, w.staff(w.districtA), id);
    expect(history.events.at(-1)).toMatchObject({
      action: 'returned',
      effectiveOn: '2026-04-10',
      data: { standIn: { forOrgName: w.town.name, byOrgName: w.districtA.name, reason: 'overdue' } },
    });
  });
});
