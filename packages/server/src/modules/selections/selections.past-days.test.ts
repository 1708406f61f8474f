/**
 * A selection's decisions on the days they happened (ADR 40): the public notice from its day, an objection
 * decided on its day, the results made final on theirs — each stored with its day beside the moment recorded,
 * the titles counted in that year; a future day, a day before what it follows and a judge are refused.
 * A 2020 selection is nominated and scored with the clock in 2020, then its decisions are recorded "today",
 * 2026-11-23.
 */
import { describe, expect, it } from 'vitest';
import { rejection } from '../../../test/factories.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import type { Actor } from '../../access/access.ts';
import { createSelectionsService } from './selections.service.ts';

const TODAY = new Date('2026-11-23T10:00:00+08:00');
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

const world = serviceWorld({
  at: TODAY,
  service: (db, clock, t) => createSelectionsService(db, t.services.ids, clock),
});

/**
 * A district under a new root with a union under it, and the district's 2020 selection (nominations 1–31 May, a
 * notice of 5 days) of one 建筑 category of `places` places, as many per union, judged on 业绩 alone; created on
 * `on` when given. Its organiser and the selection.
 */
async function selection2020(o: { edition: string; title: string; places: number; on?: string }) {
  const root = await world.t.newRoot();
  const district = await world.t.newOrg(root, 'district');
  const firm = await world.t.newOrg(district, 'grassroots');
  const organiser = world.t.actor('staff', district);
  if (o.on) world.clock.set(at(o.on));
  const s = await world.svc.createSelection(organiser, {
    organiserOrgId: district.id,
    edition: `${o.edition}${world.t.unique()}`,
    title: o.title,
    year: 2020,
    nominateFrom: '2020-05-01',
    nominateUntil: '2020-05-31',
    noticeDays: 5,
    categories: [{ name: '建筑', places: o.places, quotaPerUnion: o.places }],
    criteria: [{ name: '业绩', weight: 100 }],
  });
  return { district, firm, organiser, s };
}

/**
 * A district's 2020 selection (nominations 1–31 May), one nominee of one place scored by one judge in May 2020:
 * ready for its notice. Its organiser, judge and nominee.
 */
async function scored() {
  const { district, firm, organiser, s } = await selection2020({
    edition: '2020年度补录测试工匠',
    title: '补录测试工匠',
    places: 1,
    on: '2020-05-10',
  });
  const person = await world.t.newPerson(firm);
  const { id: nominationId } = await world.svc.nominate(organiser, s.id, {
    categoryId: s.categories[0].id,
    personId: person.id,
    deed: '攻克施工难题',
  });
  await world.svc.closeNominations(organiser, s.id);
  const username = `judge${world.t.unique()}`;
  await world.svc.addJudge(organiser, s.id, { username, displayName: '评委', password: 'judge-password-1' });
  const { rows } = await world.db.query<{ id: number }>('select id from users where username = $1', [
    username,
  ]);
  const judge: Actor = { ...world.t.actor('judge', null), userId: rows[0].id, username };
  await world.svc.score(judge, nominationId, [{ criterionId: s.criteria[0].id, score: 90 }]);
  world.clock.set(TODAY);
  return { id: s.id, district, organiser, judge, nominationId, personId: person.id };
}

/** On notice from 1 June 2020 (to 5 June), an objection lodged on 2 June 2020. */
async function objected() {
  const s = await scored();
  await world.svc.publishNotice(s.organiser, s.id, { from: '2020-06-01' });
  world.clock.set(at('2020-06-02'));
  const { id: objectionId } = await world.svc.lodgeObjection(
    s.id,
    { nominationId: s.nominationId, text: '事迹有夸大', contactName: '张三', contactPhone: '13900001111' },
    `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  );
  world.clock.set(TODAY);
  return { ...s, objectionId };
}

describe('the public notice', () => {
  it('back-dated: from its day, recorded now', async () => {
    const s = await scored();
    const d = await world.svc.publishNotice(s.organiser, s.id, { from: '2020-06-01' });
    expect(d).toMatchObject({ status: 'notice', noticeFrom: '2020-06-01', noticeUntil: '2020-06-05' });
    expect(Date.parse(d.noticeRecordedAt as string)).toBeGreaterThan(Date.parse('2020-06-02'));
  });

  it('a future day, a day before nominations opened and a judge are refused', async () => {
    const s = await scored();
    expect((await rejection(world.svc.publishNotice(s.organiser, s.id, { from: '2026-11-24' }))).code).toBe(
      'EFFECTIVE_IN_FUTURE',
    );
    const early = await rejection(world.svc.publishNotice(s.organiser, s.id, { from: '2020-04-30' }));
    expect(early.messages.zh).toBe('公示开始日期 2020-04-30 早于推荐开始日期 2020-05-01');
    // No role without history.backdate may put a selection on notice at all.
    expect((await rejection(world.svc.publishNotice(s.judge, s.id, { from: '2020-06-01' }))).code).toBe(
      'PERMISSION_DENIED',
    );
  });
});

describe('an objection decided', () => {
  it('back-dated: on its day, recorded now', async () => {
    const s = await objected();
    await world.svc.decideObjection(s.organiser, s.objectionId, {
      outcome: 'dismissed',
      decision: '经核实，事迹属实',
      effectiveOn: '2020-06-04',
    });
    const [o] = (await world.svc.listObjections(s.organiser, s.id)).items;
    expect(o).toMatchObject({
      status: 'dismissed',
      decidedAt: new Date('2020-06-04T00:00:00+08:00').toISOString(),
    });
    expect(Date.parse(o.decidedRecordedAt as string)).toBeGreaterThan(Date.parse('2020-06-05'));
  });

  it('a future day, a day before it was lodged and a judge are refused', async () => {
    const s = await objected();
    const decide = (a: Actor, effectiveOn: string) =>
      world.svc.decideObjection(a, s.objectionId, { outcome: 'dismissed', decision: '属实', effectiveOn });
    expect((await rejection(decide(s.organiser, '2026-11-24'))).code).toBe('EFFECTIVE_IN_FUTURE');
    const early = await rejection(decide(s.organiser, '2020-06-01'));
    expect(early.messages.zh).toBe('异议处理日期 2020-06-01 早于异议提出日期 2020-06-02');
    expect((await rejection(decide(s.judge, '2020-06-04'))).code).toBe('PERMISSION_DENIED');
  });
});

describe('the final results', () => {
  it('back-dated: final on their day, the title counted and recorded in that year', async () => {
    const s = await scored();
    await world.svc.publishNotice(s.organiser, s.id, { from: '2020-06-01' });
    const d = await world.svc.finalise(s.organiser, s.id, '2020-06-10');
    expect(d).toMatchObject({ status: 'final', finalisedOn: '2020-06-10' });
    expect(Date.parse(d.finalisedRecordedAt as string)).toBeGreaterThan(Date.parse('2020-06-11'));
    expect((await world.svc.getStats(s.organiser, { year: 2020 })).titles).toBe(1);
    expect((await world.svc.getStats(s.organiser, { year: 2026 })).titles).toBe(0);
    const { rows } = await world.db.query<{ occurredOn: string }>(
      `select to_char(occurred_on, 'YYYY-MM-DD') as "occurredOn" from records
        where source = 'selection' and person_id = $1`,
      [s.personId],
    );
    expect(rows).toEqual([{ occurredOn: '2020-06-10' }]);
  });

  it('a future day, a day before an objection was decided and a judge are refused', async () => {
    const s = await objected();
    await world.svc.decideObjection(s.organiser, s.objectionId, {
      outcome: 'dismissed',
      decision: '属实',
      effectiveOn: '2020-06-08',
    });
    expect((await rejection(world.svc.finalise(s.organiser, s.id, '2026-11-24'))).code).toBe(
      'EFFECTIVE_IN_FUTURE',
    );
    const early = await rejection(world.svc.finalise(s.organiser, s.id, '2020-06-07'));
    expect(early.code).toBe('EFFECTIVE_BEFORE_PRIOR');
    expect(early.messages.zh).toBe('结果确定日期 2020-06-07 早于异议处理日期 2020-06-08');
    expect((await rejection(world.svc.finalise(s.judge, s.id, '2020-06-10'))).code).toBe('PERMISSION_DENIED');
  });

  it('a day within the notice period is refused, naming both days', async () => {
    const s = await scored();
    await world.svc.publishNotice(s.organiser, s.id, { from: '2020-06-01' });
    const err = await rejection(world.svc.finalise(s.organiser, s.id, '2020-06-05'));
    expect(err.code).toBe('SELECTION_NOTICE_RUNNING');
    expect(err.messages.zh).toBe('公示期至2020-06-05，公示期满后才能确定最终结果（结果确定日期 2020-06-05）');
  });
});

/** A district's 2020 selection (nominations 1–31 May), not yet nominated, set up "today". */
async function open2020() {
  const { district, firm, organiser, s } = await selection2020({
    edition: '2020年度补录推荐',
    title: '补录推荐工匠',
    places: 2,
  });
  const nominate = (a: Actor, personId: number, effectiveOn?: string) =>
    world.svc.nominate(a, s.id, {
      categoryId: s.categories[0].id,
      personId,
      deed: '攻克施工难题',
      effectiveOn,
    });
  return { id: s.id, district, firm, organiser, nominate };
}

describe('a nomination made on a past day (issue 42)', () => {
  it('is stored and counted on its day, in its year', async () => {
    const s = await open2020();
    const person = await world.t.newPerson(s.firm);
    await s.nominate(s.organiser, person.id, '2020-05-12');
    const { rows } = await world.db.query<{ day: string }>(
      `select to_char(nominated_on, 'YYYY-MM-DD') as day from selection_nominations where selection_id = $1`,
      [s.id],
    );
    expect(rows).toEqual([{ day: '2020-05-12' }]);
    expect((await world.svc.getStats(s.organiser, { year: 2020 })).nominations).toBe(1);
    expect((await world.svc.getStats(s.organiser, { year: 2026 })).nominations).toBe(0);
  });

  it('a future day, a day before nominations opened, after they ended and a role without history.backdate are refused', async () => {
    const s = await open2020();
    const person = await world.t.newPerson(s.firm);
    expect((await rejection(s.nominate(s.organiser, person.id, '2026-11-24'))).code).toBe(
      'EFFECTIVE_IN_FUTURE',
    );
    const early = await rejection(s.nominate(s.organiser, person.id, '2020-04-30'));
    expect(early.messages.zh).toBe('推荐日期 2020-04-30 早于推荐开始日期 2020-05-01');
    expect(early.messages.en).toBe(
      'The nomination date 2020-04-30 is before the opening of nominations 2020-05-01',
    );
    expect((await rejection(s.nominate(s.organiser, person.id, '2020-06-01'))).code).toBe(
      'SELECTION_WINDOW_CLOSED',
    );
    expect(
      (await rejection(s.nominate(world.t.actor('reviewer', s.district), person.id, '2020-05-12'))).kind,
    ).toBe('forbidden');
  });
});

describe('nominations closed on a past day (issue 42)', () => {
  it('keeps the day; not before the last nomination, not in the future, not by a role without history.backdate', async () => {
    const s = await open2020();
    await s.nominate(s.organiser, (await world.t.newPerson(s.firm)).id, '2020-05-10');
    await s.nominate(s.organiser, (await world.t.newPerson(s.firm)).id, '2020-05-20');
    expect((await rejection(world.svc.closeNominations(s.organiser, s.id, '2026-11-24'))).code).toBe(
      'EFFECTIVE_IN_FUTURE',
    );
    const early = await rejection(world.svc.closeNominations(s.organiser, s.id, '2020-05-19'));
    expect(early.code).toBe('EFFECTIVE_BEFORE_PRIOR');
    expect(early.messages.zh).toBe('推荐截止日期 2020-05-19 早于最后一份推荐的日期 2020-05-20');
    expect(early.messages.en).toBe(
      'The close of nominations date 2020-05-19 is before the day of the last nomination 2020-05-20',
    );
    expect(
      (await rejection(world.svc.closeNominations(world.t.actor('reviewer', s.district), s.id, '2020-06-01')))
        .kind,
    ).toBe('forbidden');
    const d = await world.svc.closeNominations(s.organiser, s.id, '2020-06-01');
    expect(d).toMatchObject({ status: 'judging', nominationsClosedOn: '2020-06-01' });
  });
});
