/**
 * A contest's results published on the day it happened (ADR 40): stored with its day and the moment it was
 * recorded, the prizes counted in the contest's year; a future day, a day before the contest ended or before the
 * last publication, and a role that may not publish are refused. The clock is fixed: today is 2026-11-23.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../../../test/factories.ts';
import { createTestDb } from '../../../test/test-db.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { createContestsWorld } from './contests.test-kit.ts';
import { createContestsService } from './index.ts';

const NOW = new Date('2026-11-23T10:00:00+08:00');

let db: Db;
let w: Awaited<ReturnType<typeof createContestsWorld>>;
let contests: ReturnType<typeof createContestsService>;

beforeAll(async () => {
  db = await createTestDb();
  w = await createContestsWorld(db);
  contests = createContestsService(db, () => NOW);
});
afterAll(async () => db?.close());

/** Enters one person in the contest's 焊工 event for `union`, by `by`, on `effectiveOn` (default today). */
const enterWelder = (
  c: { id: number; events: { id: number }[] },
  personId: number,
  o: { union: OrgRow; by: Actor; effectiveOn?: string },
) =>
  contests.registerEntry(o.by, c.id, {
    eventId: c.events[1].id,
    orgId: o.union.id,
    personIds: [personId],
    effectiveOn: o.effectiveOn,
  });

/** A 2020 contest (1–30 September) of the district, its one entry given a prize, registration closed. */
async function resultsEntered() {
  const c = await contests.createContest(w.cityStaff, w.skillsContest());
  const [p] = await w.members(w.unionB, 1);
  const entry = await enterWelder(c, p.id, { union: w.unionB, by: w.staffB });
  await contests.closeRegistration(w.cityStaff, c.id);
  await contests.setResult(w.cityStaff, entry.id, { rank: 1, prize: '一等奖' });
  return { id: c.id, entryId: entry.id };
}

const prizesOf = async (year: number) =>
  (await contests.getStats(w.cityStaff, { orgId: w.unionB.id, year })).totals.prizes;

describe('publication of the results', () => {
  it('back-dated: stored with its day beside the moment recorded, its prizes counted in the contest year', async () => {
    const before = await prizesOf(2020);
    const c = await resultsEntered();
    const done = await contests.publishResults(w.cityStaff, c.id, '2020-10-15');
    expect(done.contest).toMatchObject({
      status: 'published',
      publishedOn: '2020-10-15',
      publishedAt: new Date('2020-10-15T00:00:00+08:00').toISOString(),
    });
    expect(Date.parse(done.contest.publishedRecordedAt as string)).toBeGreaterThan(Date.parse('2020-10-16'));
    expect(await prizesOf(2020)).toBe(before + 1);
    expect(await prizesOf(2026)).toBe(0);
    const { rows } = await db.query<{ after: { effectiveOn?: string } }>(
      `select after from audit_log where entity = 'contest' and entity_id = $1 and action = 'contest.publish'`,
      [String(c.id)],
    );
    expect(rows[0].after.effectiveOn).toBe('2020-10-15');
  });

  it('a future day is refused', async () => {
    const c = await resultsEntered();
    const err = await rejection(contests.publishResults(w.cityStaff, c.id, '2026-11-24'));
    expect(err.code).toBe('EFFECTIVE_IN_FUTURE');
  });

  it('a day before the contest ended, or before the last publication, is refused naming both days', async () => {
    const c = await resultsEntered();
    const early = await rejection(contests.publishResults(w.cityStaff, c.id, '2020-09-29'));
    expect(early.code).toBe('EFFECTIVE_BEFORE_PRIOR');
    expect(early.messages.zh).toBe('成绩发布日期 2020-09-29 早于比赛结束日期 2020-09-30');
    await contests.publishResults(w.cityStaff, c.id, '2020-10-15');
    await contests.setResult(w.cityStaff, c.entryId, { rank: 1, prize: '特等奖' });
    const again = await rejection(contests.publishResults(w.cityStaff, c.id, '2020-10-01'));
    expect(again.messages.zh).toBe('成绩发布日期 2020-10-01 早于上次发布日期 2020-10-15');
    expect(again.messages.en).toBe(
      'The publication date 2020-10-01 is before the day of the last publication 2020-10-15',
    );
    const corrected = await contests.publishResults(w.cityStaff, c.id, '2020-10-20');
    expect(corrected.contest.publishedOn).toBe('2020-10-20');
  });

  it('no role without history.backdate may publish at all: a reviewer is refused', async () => {
    const c = await resultsEntered();
    const err = await rejection(
      contests.publishResults(w.t.actor('reviewer', w.district), c.id, '2020-10-15'),
    );
    expect(err.code).toBe('PERMISSION_DENIED');
    expect((await contests.getContest(w.cityStaff, c.id)).publishedOn).toBeNull();
  });
});

describe('an entry registered and registration closed on past days (issue 42)', () => {
  const entriesOf = async (year: number) =>
    (await contests.getStats(w.cityStaff, { orgId: w.unionA.id, year })).totals.individuals;

  it('keeps each day; the entry counts with the contest, in its year, not in the year typed', async () => {
    const before = await entriesOf(2020);
    const c = await contests.createContest(w.cityStaff, w.skillsContest());
    const [p] = await w.members(w.unionA, 1);
    const entry = await enterWelder(c, p.id, { union: w.unionA, by: w.staffA, effectiveOn: '2020-08-10' });
    expect(entry.enteredOn).toBe('2020-08-10');
    expect(await entriesOf(2020)).toBe(before + 1);
    expect(await entriesOf(2026)).toBe(0);
    const closed = await contests.closeRegistration(w.cityStaff, c.id, '2020-08-20');
    expect(closed).toMatchObject({ status: 'closed', registrationClosedOn: '2020-08-20' });
  });

  it('a future day, a close before the last entry and a role without history.backdate are refused', async () => {
    const c = await contests.createContest(w.cityStaff, w.skillsContest());
    const [p, q] = await w.members(w.unionA, 2);
    const enter = (personId: number, effectiveOn: string, by = w.staffA) =>
      enterWelder(c, personId, { union: w.unionA, by, effectiveOn });
    expect((await rejection(enter(p.id, '2026-11-24'))).code).toBe('EFFECTIVE_IN_FUTURE');
    expect((await rejection(enter(p.id, '2020-08-10', w.t.actor('reviewer', w.unionA)))).kind).toBe(
      'forbidden',
    );
    await enter(p.id, '2020-08-10');
    await enter(q.id, '2020-08-15');
    expect((await rejection(contests.closeRegistration(w.cityStaff, c.id, '2026-11-24'))).code).toBe(
      'EFFECTIVE_IN_FUTURE',
    );
    const early = await rejection(contests.closeRegistration(w.cityStaff, c.id, '2020-08-14'));
    expect(early.code).toBe('EFFECTIVE_BEFORE_PRIOR');
    expect(early.messages.zh).toBe('报名截止日期 2020-08-14 早于最后一份报名的日期 2020-08-15');
    expect(early.messages.en).toBe(
      'The close of registration date 2020-08-14 is before the day of the last entry 2020-08-15',
    );
    expect(
      (await rejection(contests.closeRegistration(w.t.actor('reviewer', w.district), c.id, '2020-08-20')))
        .kind,
    ).toBe('forbidden');
  });
});
