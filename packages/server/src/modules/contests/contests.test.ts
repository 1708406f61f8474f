import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/factories.ts';
import { createTestDb } from '../../../test/test-db.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { AppError } from '../../shared/errors.ts';
import { writeWorkbook } from '../../shared/spreadsheet.ts';
import type { OrgRow } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { type ContestsService, createContestsService } from './index.ts';

let db: Db;
let t: TestContext;
let contests: ContestsService;
let city: OrgRow;
let district: OrgRow;
let unionA: OrgRow;
let unionB: OrgRow;
let otherDistrict: OrgRow;
let cityStaff: Actor;
let staffA: Actor;
let staffB: Actor;
let otherStaff: Actor;

beforeAll(async () => {
  db = await createTestDb();
  t = createTestContext(db);
  contests = createContestsService(db);
  city = await t.newRoot();
  district = await t.newOrg(city, 'district');
  unionA = await t.newOrg(district, 'grassroots');
  unionB = await t.newOrg(district, 'grassroots');
  otherDistrict = await t.newOrg(city, 'district');
  cityStaff = t.actor('staff', city);
  staffA = t.actor('staff', unionA);
  staffB = t.actor('staff', unionB);
  otherStaff = t.actor('staff', otherDistrict);
});
afterAll(async () => db?.close());

const refused = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a refusal');
};

const skillsContest = (over: Record<string, unknown> = {}) => ({
  orgId: district.id,
  name: `区职工技能大赛${t.unique()}`,
  level: 'city' as const,
  kind: 'skills' as const,
  startsOn: '2020-09-01',
  endsOn: '2020-09-30',
  events: [
    { name: '电工', mode: 'individual' as const, limitPerUnion: 2 },
    { name: '焊工', mode: 'individual' as const },
    { name: '数控团队', mode: 'team' as const, teamSize: 3 },
  ],
  ...over,
});

const members = async (org: OrgRow, n: number) => {
  const out: { id: number; name: string }[] = [];
  for (let i = 0; i < n; i++) out.push(await t.newPerson(org));
  return out;
};

const sheet = (rows: (string | number | null)[][]) =>
  writeWorkbook([{ name: '成绩', headers: ['报名编号', '姓名', '名次', '成绩', '奖项'], rows }]);

const awardsOf = async (personIds: number[]) =>
  (
    await db.query<{
      id: number;
      personId: number;
      rank: string;
      level: string;
      competition: string;
      source: string;
    }>(
      `select id, person_id as "personId", rank, level, competition, source from records
        where kind = 'award' and person_id = any($1::bigint[]) order by person_id, id`,
      [personIds],
    )
  ).rows;

describe('creating a contest', () => {
  it('is for a union of the subtree, with distinct events and dates in order', async () => {
    const c = await contests.createContest(cityStaff, skillsContest());
    expect(c).toMatchObject({ status: 'open', level: 'city', orgId: district.id });
    expect(c.events.map((e) => [e.name, e.mode, e.limitPerUnion, e.teamSize])).toEqual([
      ['电工', 'individual', 2, null],
      ['焊工', 'individual', null, null],
      ['数控团队', 'team', null, 3],
    ]);
    expect((await refused(contests.createContest(staffA, skillsContest()))).code).toBe('FORBIDDEN');
    expect(
      (await refused(contests.createContest(cityStaff, skillsContest({ endsOn: '2020-08-01' })))).code,
    ).toBe('CONTEST_DATES_REVERSED');
    const twice = skillsContest({
      events: [
        { name: '电工', mode: 'individual' },
        { name: ' 电工', mode: 'individual' },
      ],
    });
    expect((await refused(contests.createContest(cityStaff, twice))).code).toBe('CONTEST_EVENT_REPEATED');
  });

  it('is seen by the unions of its subtree and those above, not by others', async () => {
    const c = await contests.createContest(cityStaff, skillsContest());
    expect(await contests.getContest(staffA, c.id)).toMatchObject({ id: c.id, mayManage: false });
    expect((await contests.getContest(cityStaff, c.id)).mayManage).toBe(true);
    expect((await contests.listContests(staffA, { pageSize: 200 })).items.map((x) => x.id)).toContain(c.id);
    expect((await refused(contests.getContest(otherStaff, c.id))).code).toBe('FORBIDDEN');
    expect((await contests.listContests(otherStaff, { pageSize: 200 })).items.map((x) => x.id)).not.toContain(
      c.id,
    );
  });
});

describe('registering entries', () => {
  it('takes a team and individuals of the union, each person once per event, within the limits', async () => {
    const c = await contests.createContest(cityStaff, skillsContest({ limitPerUnion: 4 }));
    const [elec, weld, team] = c.events;
    const [p1, p2, p3, p4] = await members(unionA, 4);
    const [b1] = await members(unionB, 1);
    const t1 = await contests.registerEntry(staffA, c.id, {
      eventId: team.id,
      orgId: unionA.id,
      name: '数控一队',
      personIds: [p1.id, p2.id],
    });
    expect(t1.members.map((m) => m.personId)).toEqual([p1.id, p2.id]);
    await contests.registerEntry(staffA, c.id, { eventId: elec.id, orgId: unionA.id, personIds: [p1.id] });
    await contests.registerEntry(staffA, c.id, { eventId: elec.id, orgId: unionA.id, personIds: [p3.id] });
    // The per-event limit (2 in 电工) and then the per-union limit (4 in the contest).
    expect(
      (
        await refused(
          contests.registerEntry(staffA, c.id, { eventId: elec.id, orgId: unionA.id, personIds: [p4.id] }),
        )
      ).code,
    ).toBe('CONTEST_EVENT_LIMIT');
    // A person may enter another event: the fourth entry fills the union's places.
    await contests.registerEntry(staffA, c.id, { eventId: weld.id, orgId: unionA.id, personIds: [p3.id] });
    expect(
      (
        await refused(
          contests.registerEntry(staffA, c.id, { eventId: weld.id, orgId: unionA.id, personIds: [p4.id] }),
        )
      ).code,
    ).toBe('CONTEST_UNION_LIMIT');
    // A person enters an event once, even for another union; a member of another union is refused.
    const twice = await refused(
      contests.registerEntry(cityStaff, c.id, {
        eventId: team.id,
        orgId: unionA.id,
        name: '二队',
        personIds: [p1.id, p4.id],
      }),
    );
    expect(twice.code).toBe('CONTEST_ALREADY_ENTERED');
    expect(twice.messages.zh).toContain(p1.name);
    const outside = await refused(
      contests.registerEntry(staffB, c.id, { eventId: weld.id, orgId: unionB.id, personIds: [p4.id] }),
    );
    expect(outside.code).toBe('CONTEST_PERSON_OUTSIDE');
    expect(
      (
        await refused(
          contests.registerEntry(staffB, c.id, { eventId: weld.id, orgId: unionA.id, personIds: [p4.id] }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    // The mode decides who enters: one person, a named team of 2 to its size.
    expect(
      (
        await refused(
          contests.registerEntry(staffB, c.id, { eventId: weld.id, orgId: unionB.id, personIds: [] }),
        )
      ).code,
    ).toBe('CONTEST_ENTRY_MEMBERS');
    expect(
      (
        await refused(
          contests.registerEntry(staffB, c.id, {
            eventId: team.id,
            orgId: unionB.id,
            personIds: [b1.id, p4.id],
          }),
        )
      ).code,
    ).toBe('CONTEST_ENTRY_NAME_REQUIRED');
    // Each union sees its own entries; the organiser sees them all.
    expect((await contests.listEntries(staffB, c.id)).length).toBe(0);
    expect((await contests.listEntries(staffA, c.id)).length).toBe(4);
    expect((await contests.listEntries(cityStaff, c.id)).length).toBe(4);
  });

  it('is refused for a union outside the organiser, and after registration closed', async () => {
    const c = await contests.createContest(cityStaff, skillsContest());
    const [person] = await members(otherDistrict, 1);
    const other = await refused(
      contests.registerEntry(t.actor('staff', city), c.id, {
        eventId: c.events[1].id,
        orgId: otherDistrict.id,
        personIds: [person.id],
      }),
    );
    expect(other.code).toBe('CONTEST_UNION_OUTSIDE');
    await contests.closeRegistration(cityStaff, c.id);
    const [p] = await members(unionB, 1);
    expect(
      (
        await refused(
          contests.registerEntry(staffB, c.id, {
            eventId: c.events[1].id,
            orgId: unionB.id,
            personIds: [p.id],
          }),
        )
      ).code,
    ).toBe('CONTEST_NOT_OPEN');
    expect((await refused(contests.closeRegistration(staffA, c.id))).code).toBe('FORBIDDEN');
  });

  it('holds the per-union limit when a union registers several entries at once', async () => {
    const c = await contests.createContest(cityStaff, skillsContest({ limitPerUnion: 2 }));
    const people = await members(unionB, 6);
    const settled = await Promise.allSettled(
      people.map((p) =>
        contests.registerEntry(staffB, c.id, {
          eventId: c.events[1].id,
          orgId: unionB.id,
          personIds: [p.id],
        }),
      ),
    );
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(2);
    const reasons = settled.flatMap((s) => (s.status === 'rejected' ? [(s.reason as AppError).code] : []));
    expect(new Set(reasons)).toEqual(new Set(['CONTEST_UNION_LIMIT']));
    const { rows } = await db.query<{ n: number }>(
      'select count(*)::int as n from contest_entries where contest_id = $1',
      [c.id],
    );
    expect(rows[0].n).toBe(2);
  });
});

describe('results and publication', () => {
  it('turn each prize into an award record of every person of the entry, once; a correction updates it', async () => {
    const c = await contests.createContest(cityStaff, skillsContest());
    const [elec, , team] = c.events;
    const [p1, p2, p3] = await members(unionA, 3);
    const teamEntry = await contests.registerEntry(staffA, c.id, {
      eventId: team.id,
      orgId: unionA.id,
      name: '数控一队',
      personIds: [p1.id, p2.id],
    });
    const solo = await contests.registerEntry(staffA, c.id, {
      eventId: elec.id,
      orgId: unionA.id,
      personIds: [p3.id],
    });
    expect((await refused(contests.setResult(cityStaff, solo.id, { prize: '金牌' }))).code).toBe(
      'CONTEST_STILL_OPEN',
    );
    await contests.closeRegistration(cityStaff, c.id);
    expect((await refused(contests.setResult(staffA, solo.id, { prize: '金牌' }))).code).toBe('FORBIDDEN');
    await contests.setResult(cityStaff, teamEntry.id, { rank: 1, score: 95.456, prize: '一等奖' });
    await contests.setResult(cityStaff, solo.id, { rank: 2, prize: ' 二等奖 ' });
    const first = await contests.publishResults(cityStaff, c.id);
    expect(first).toMatchObject({ changedEntries: 2, records: 3, recordsRemoved: 0 });
    const before = await awardsOf([p1.id, p2.id, p3.id]);
    expect(before.map((r) => [r.personId, r.rank, r.level, r.competition, r.source])).toEqual([
      [p1.id, '一等奖', 'city', c.name, 'contest'],
      [p2.id, '一等奖', 'city', c.name, 'contest'],
      [p3.id, '二等奖', 'city', c.name, 'contest'],
    ]);
    expect((await contests.listEntries(cityStaff, c.id)).find((e) => e.id === teamEntry.id)?.score).toBe(
      95.46,
    );
    expect((await refused(contests.publishResults(cityStaff, c.id))).code).toBe('CONTEST_NOTHING_TO_PUBLISH');

    // A correction: the solo entry is raised to 一等奖; the same records are updated on republication.
    await contests.setResult(cityStaff, solo.id, { rank: 1, prize: '一等奖' });
    expect((await contests.getContest(cityStaff, c.id)).hasUnpublishedChanges).toBe(true);
    await contests.publishResults(cityStaff, c.id);
    const after = await awardsOf([p1.id, p2.id, p3.id]);
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after.map((r) => r.rank)).toEqual(['一等奖', '一等奖', '一等奖']);

    // A prize withdrawn removes its records.
    await contests.setResult(cityStaff, teamEntry.id, { rank: null, prize: null });
    expect(await contests.publishResults(cityStaff, c.id)).toMatchObject({ recordsRemoved: 2 });
    expect((await awardsOf([p1.id, p2.id, p3.id])).map((r) => r.personId)).toEqual([p3.id]);
  });

  it('import from the results sheet with row errors, nothing half-imported', async () => {
    const c = await contests.createContest(cityStaff, skillsContest({ level: 'industry' }));
    const [p1, p2] = await members(unionB, 2);
    const e1 = await contests.registerEntry(staffB, c.id, {
      eventId: c.events[0].id,
      orgId: unionB.id,
      personIds: [p1.id],
    });
    const e2 = await contests.registerEntry(staffB, c.id, {
      eventId: c.events[1].id,
      orgId: unionB.id,
      personIds: [p2.id],
    });
    await contests.closeRegistration(cityStaff, c.id);
    const bad = await contests.importResults(
      cityStaff,
      c.id,
      sheet([
        [e1.id, p1.name, 1, 98.5, '金牌'],
        [e1.id, p1.name, 2, null, '银牌'],
        [999999999, '某某', 'first', '-3', null],
      ]),
      '成绩.xlsx',
    );
    expect(bad.imported).toBe(0);
    expect(bad.errors.map((e) => [e.rowNo, e.column])).toEqual([
      [3, '报名编号'],
      [4, '报名编号'],
      [4, '名次'],
      [4, '成绩'],
    ]);
    expect(bad.errors[0]).toMatchObject({
      messageZh: expect.stringContaining('重复'),
      messageEn: expect.stringContaining('twice'),
    });
    expect((await contests.listEntries(cityStaff, c.id)).every((e) => e.prize === null)).toBe(true);

    const good = await contests.importResults(
      cityStaff,
      c.id,
      sheet([
        [e1.id, p1.name, 1, 98.5, '金牌'],
        [e2.id, p2.name, 3, '90', '铜牌'],
      ]),
      '成绩.xlsx',
    );
    expect(good).toEqual({ total: 2, imported: 2, errors: [] });
    await contests.publishResults(cityStaff, c.id);
    // A system/industry contest records district-level awards.
    expect((await awardsOf([p1.id, p2.id])).map((r) => [r.rank, r.level])).toEqual([
      ['金牌', 'district'],
      ['铜牌', 'district'],
    ]);
    const exported = await contests.exportEntries(cityStaff, c.id);
    expect(exported.file.length).toBeGreaterThan(0);
    expect((await refused(contests.exportEntries(staffB, c.id))).code).toBe('FORBIDDEN');
  });
});

describe('statistics', () => {
  it('read the maintained counts, equal to counting the rows', async () => {
    const s = await contests.getStats(cityStaff, { orgId: city.id });
    const raw = await db.query<{
      units: number;
      individuals: number;
      teams: number;
      people: number;
      prizes: number;
    }>(
      `select count(distinct (e.contest_id, e.org_id))::int as units,
              count(*) filter (where ev.mode = 'individual')::int as individuals,
              count(*) filter (where ev.mode = 'team')::int as teams,
              coalesce(sum((select count(*) from contest_entry_members m where m.entry_id = e.id)), 0)::int as people,
              count(e.published_prize)::int as prizes
         from contest_entries e join contest_events ev on ev.id = e.event_id
         join contests c on c.id = e.contest_id join orgs o on o.id = e.org_id
        where o.path like $1 || '%'`,
      [city.path],
    );
    expect(s.totals).toMatchObject(raw.rows[0]);
    expect(s.totals.prizes).toBeGreaterThan(0);
    const prizes = await db.query<{ level: string; prize: string; n: number }>(
      `select c.level, e.published_prize as prize, count(*)::int as n from contest_entries e
         join contests c on c.id = e.contest_id join orgs o on o.id = e.org_id
        where o.path like $1 || '%' and e.published_prize is not null group by 1, 2`,
      [city.path],
    );
    expect([...s.prizes].sort((a, b) => (a.level + a.prize < b.level + b.prize ? -1 : 1))).toEqual(
      [...prizes.rows].sort((a, b) => (a.level + a.prize < b.level + b.prize ? -1 : 1)),
    );
    const none = await contests.getStats(cityStaff, { orgId: city.id, from: '2021-01', to: '2021-12' });
    expect(none.totals.prizes).toBe(0);
    expect(
      (await sumCounts(db, { subject: 'contests.prizes', path: unionA.path, from: '2020', to: '2020' }))[0].n,
    ).toBeGreaterThan(0);
    expect((await refused(contests.getStats(staffA, { orgId: unionB.id }))).code).toBe('FORBIDDEN');
    expect((await contests.exportStats(cityStaff, { orgId: city.id })).file.length).toBeGreaterThan(0);
  });
});
