import { describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { findOrgById, type OrgRow } from '../org/index.ts';
import { countVotes } from './elections.records.ts';
import { addMonths, createElectionsService } from './elections.service.ts';

describe('founding and elections', () => {
  const world = serviceWorld({
    at: '2026-11-24T09:00:00+08:00',
    service: (db, clock) => createElectionsService(db, clock),
    tree: { district: 'root/district', other: 'root/district' },
  });

  const staff = () => world.t.actor('staff', world.district);
  const people = {
    chair: '宋建军',
    viceChairs: ['李海涛'],
    members: ['王雪', '赵明'],
    auditors: ['刘志强'],
    women: ['王雪'],
  };
  const candidates = (present: number) => [
    { name: '周玉兰', post: 'chair' as const, votes: present - 1 },
    { name: '孙立伟', post: 'vice_chair' as const, votes: present - 2 },
    { name: '王志强', post: 'member' as const, votes: present - 3 },
    { name: '李秀英', post: 'member' as const, votes: Math.floor(present / 2) },
    { name: '钱学斌', post: 'auditor' as const, votes: present - 4 },
    { name: '孙海燕', post: 'women' as const, votes: present - 5 },
  ];

  async function found(name: string, days = { applied: '2020-11-16', met: '2020-12-14' }) {
    const { id } = await world.svc.applyFounding(staff(), {
      parentOrgId: world.district.id,
      name,
      employerName: `${name}所在单位`,
      applicants: ['宋建军', '李海涛'],
      effectiveOn: days.applied,
    });
    await world.svc.prepareFounding(staff(), id, {
      leader: '宋建军',
      members: ['李海涛'],
      effectiveOn: days.applied,
    });
    await world.svc.meetFounding(staff(), id, {
      membersTotal: 52,
      membersPresent: 49,
      effectiveOn: days.met,
    });
    await world.svc.electFoundingCommittee(staff(), id, { ...people, effectiveOn: days.met });
    return id;
  }

  it('founds a union step by step: the union appears in the tree with its founding day and first committee', async () => {
    const name = `消防救援支队工会${world.t.unique()}`;
    const { id } = await world.svc.applyFounding(staff(), {
      parentOrgId: world.district.id,
      name,
      employerName: '消防救援支队',
      applicants: ['宋建军'],
      effectiveOn: '2020-11-16',
    });
    // steps follow each other and their days
    await expect(
      world.svc.meetFounding(staff(), id, { membersTotal: 10, membersPresent: 9 }),
    ).rejects.toMatchObject({
      code: 'FOUNDING_STEP_ORDER',
    });
    await expect(
      world.svc.prepareFounding(staff(), id, { leader: '宋建军', members: [], effectiveOn: '2020-11-01' }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR' });
    await world.svc.prepareFounding(staff(), id, {
      leader: '宋建军',
      members: ['李海涛'],
      effectiveOn: '2020-11-23',
    });
    await expect(
      world.svc.meetFounding(staff(), id, {
        membersTotal: 10,
        membersPresent: 11,
        effectiveOn: '2020-12-14',
      }),
    ).rejects.toMatchObject({ code: 'FOUNDING_ATTENDANCE' });
    await world.svc.meetFounding(staff(), id, {
      membersTotal: 52,
      membersPresent: 49,
      effectiveOn: '2020-12-14',
    });
    await world.svc.electFoundingCommittee(staff(), id, { ...people, effectiveOn: '2020-12-14' });
    // another union's staff cannot approve it
    await expect(
      world.svc.approveFounding(world.t.actor('staff', world.other), id, {}),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const { orgId } = await world.svc.approveFounding(staff(), id, { effectiveOn: '2020-12-20' });
    const org = (await findOrgById(world.db, orgId)) as OrgRow;
    expect(org).toMatchObject({ name, parentId: world.district.id, foundedOn: '2020-12-14' });
    expect(org.committee).toMatchObject({
      electedOn: '2020-12-14',
      term: 1,
      chair: '宋建军',
      viceChairs: ['李海涛'],
    });
    const f = await world.svc.getFounding(staff(), id);
    expect(f.status).toBe('approved');
    expect(f.steps.map((s) => s.on)).toEqual([
      '2020-11-16',
      '2020-11-23',
      '2020-12-14',
      '2020-12-14',
      '2020-12-20',
    ]);
    const foundings = await world.svc.listFoundings(staff());
    expect(foundings.items.map((x) => x.id)).toContain(id);
    expect(foundings.total).toBe(foundings.items.length);
    expect(await world.svc.listFoundings(world.t.actor('staff', world.other))).toEqual({
      items: [],
      total: 0,
    });
    const [sitting] = await world.svc.listHistory(staff(), orgId);
    expect(sitting).toMatchObject({ termNo: 1, termYears: 5, endsOn: '2025-12-14', women: ['王雪'] });
    // a term that ended almost a year ago is overdue for the union above
    const { terms, total } = await world.svc.listTerms(staff(), {});
    expect(total).toBe(terms.length);
    expect(terms.find((x) => x.orgId === orgId)).toMatchObject({ overdue: true, daysOverdue: 345 });
  });

  it('approves a founding once when two clerks approve it at the same time', async () => {
    const id = await found(`并发组建工会${world.t.unique()}`);
    const results = await Promise.allSettled([
      world.svc.approveFounding(staff(), id, {}),
      world.svc.approveFounding(staff(), id, {}),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'FOUNDING_STEP_ORDER' },
    });
  });

  it('counts the votes by the rule and names the candidate whose count is wrong', () => {
    const e = { voters: 50, present: 40, ballots: 38, candidates: candidates(38) };
    const voting = countVotes(e, 'voting');
    expect(voting.find((c) => c.name === '李秀英')?.elected).toBe(false); // 19 of 38: not more than half
    expect(
      countVotes(
        { ...e, candidates: [...e.candidates.slice(0, 3), { name: '李秀英', post: 'member', votes: 20 }] },
        'present',
      ).at(-1)?.elected,
    ).toBe(false);
    expect(() => countVotes({ ...e, present: 51 }, 'voting')).toThrow(
      expect.objectContaining({ code: 'ELECTION_PRESENT_OVER' }),
    );
    expect(() => countVotes({ ...e, ballots: 41 }, 'voting')).toThrow(
      expect.objectContaining({ code: 'ELECTION_BALLOTS_OVER' }),
    );
    try {
      countVotes(
        { ...e, candidates: [...e.candidates, { name: '赵六', post: 'member', votes: 39 }] },
        'voting',
      );
      expect.unreachable();
    } catch (x) {
      expect(x).toMatchObject({
        code: 'ELECTION_VOTES_OVER',
        messages: { zh: expect.stringContaining('赵六') },
      });
      expect((x as { messages: { en: string } }).messages.en).toContain('赵六');
    }
    expect(() =>
      countVotes({ ...e, candidates: [{ name: '甲', post: 'chair', votes: 10 }] }, 'voting'),
    ).toThrow(expect.objectContaining({ code: 'ELECTION_NO_CHAIR' }));
  });

  it('records an election that replaces the committee on its day and keeps the previous one', async () => {
    const id = await found(`换届工会${world.t.unique()}`);
    const { orgId } = await world.svc.approveFounding(staff(), id, { effectiveOn: '2020-12-14' });
    await expect(
      world.svc.recordElection(staff(), {
        orgId,
        voters: 60,
        present: 55,
        ballots: 55,
        candidates: candidates(55),
        effectiveOn: '2020-12-14',
      }),
    ).rejects.toMatchObject({ code: 'ELECTION_NOT_AFTER_SITTING' });
    await expect(
      world.svc.recordElection(world.t.actor('staff', world.other), {
        orgId,
        voters: 60,
        present: 55,
        ballots: 55,
        candidates: candidates(55),
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { id: electionId } = await world.svc.recordElection(staff(), {
      orgId,
      voters: 60,
      present: 55,
      ballots: 54,
      candidates: candidates(54),
      effectiveOn: '2026-01-10',
    });
    const org = (await findOrgById(world.db, orgId)) as OrgRow;
    expect(org.committee).toMatchObject({ electedOn: '2026-01-10', term: 2, chair: '周玉兰' });
    expect(org.committee?.members).toEqual(['周玉兰', '孙立伟', '王志强']);
    const history = await world.svc.listHistory(staff(), orgId);
    expect(history.map((c) => [c.termNo, c.electedOn, c.replacedOn])).toEqual([
      [2, '2026-01-10', null],
      [1, '2020-12-14', '2026-01-10'],
    ]);
    expect(history[0]).toMatchObject({ endsOn: '2031-01-10', auditors: ['钱学斌'], women: ['孙海燕'] });
    const e = await world.svc.getElection(staff(), electionId);
    expect(e.candidates.filter((c) => c.elected).map((c) => c.name)).toEqual([
      '周玉兰',
      '孙立伟',
      '王志强',
      '钱学斌',
      '孙海燕',
    ]);
    const { terms } = await world.svc.listTerms(staff(), {});
    expect(terms.some((x) => x.orgId === orgId)).toBe(false);
  });

  it('records one of two elections of the same union recorded at the same time', async () => {
    const id = await found(`并发换届工会${world.t.unique()}`);
    const { orgId } = await world.svc.approveFounding(staff(), id, {});
    const e = {
      orgId,
      voters: 30,
      present: 30,
      ballots: 30,
      candidates: candidates(30),
      effectiveOn: '2026-02-01',
    };
    const results = await Promise.allSettled([
      world.svc.recordElection(staff(), e),
      world.svc.recordElection(staff(), e),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'ELECTION_NOT_AFTER_SITTING' },
    });
    expect((await world.svc.listHistory(staff(), orgId)).filter((c) => c.replacedOn === null)).toHaveLength(
      1,
    );
  });

  it('takes the term from the setting of the union or the nearest above', async () => {
    const sub = await world.t.newOrg(world.district, 'street');
    await world.svc.putSetting(staff(), { orgId: world.district.id, termYears: 3, majority: 'present' });
    expect(await world.svc.getSetting(staff(), sub.id)).toMatchObject({
      termYears: 3,
      majority: 'present',
      fromOrgId: world.district.id,
    });
    const { orgId } = await world.svc.approveFounding(
      staff(),
      await found(`三年任期工会${world.t.unique()}`, { applied: '2024-01-02', met: '2024-03-01' }),
      {},
    );
    expect((await world.svc.listHistory(staff(), orgId))[0]).toMatchObject({
      termYears: 3,
      endsOn: '2027-03-01',
    });
    // ends 2027-03-01: not within three months of 2026-11-24; within four (and the default six), yes
    expect((await world.svc.listTerms(staff(), { months: 3 })).terms.some((x) => x.orgId === orgId)).toBe(
      false,
    );
    expect(
      (await world.svc.listTerms(staff(), { months: 4 })).terms.find((x) => x.orgId === orgId),
    ).toMatchObject({
      overdue: false,
      daysOverdue: -97,
    });
    await world.svc.putSetting(staff(), { orgId: world.district.id, termYears: 5, majority: 'voting' });
  });

  it('counts a term as falling due from the latest election: a committee re-elected early is not due on the first schedule', async () => {
    const { orgId } = await world.svc.approveFounding(
      staff(),
      await found(`提前换届工会${world.t.unique()}`, { applied: '2021-04-01', met: '2021-05-10' }),
      {},
    );
    // the first committee's term would end on 2026-05-10; the members re-elected early, on 2023-03-01
    await world.svc.recordElection(staff(), {
      orgId,
      voters: 40,
      present: 40,
      ballots: 40,
      candidates: candidates(40),
      effectiveOn: '2023-03-01',
    });
    const s = await world.svc.stats(staff(), { orgId, fromYear: 2023, toYear: 2028 });
    const due = Object.fromEntries(s.years.map((y) => [y.year, y.due]));
    expect(due).toEqual({ 2023: 0, 2024: 0, 2025: 0, 2026: 0, 2027: 0, 2028: 1 });
    expect(s.total.due).toBe(1);
  });

  it('counts foundings, members at founding, elections held, terms due and overdue by year, with the .xlsx', async () => {
    const s = await world.svc.stats(staff(), { fromYear: 2020, toYear: 2026 });
    const y2020 = s.years.find((y) => y.year === 2020);
    expect(y2020).toMatchObject({ founded: 4, foundingMembers: 208 });
    expect(s.years.find((y) => y.year === 2026)?.held).toBe(2);
    expect(s.years.find((y) => y.year === 2025)).toMatchObject({ due: 4, overdue: 4 });
    expect(s.overdue).toBeGreaterThanOrEqual(1);
    const { buffer, fileName } = await world.svc.statsXlsx(staff(), { year: 2025 });
    expect(fileName).toContain('2025年');
    const sheet = await readSheet(buffer, fileName);
    // each figure names what it counts and as of which day (issue 41)
    expect(sheet.headers).toContain('新建工会数（按组建日期）');
    expect(sheet.headers).toContain('逾期未换届的工会数（各年年末，当年截至2025-12-31）');
    // the bottom row holds a state as on the last day: the whole period, no 合计 (ADR 14)
    expect(sheet.rows.at(-2)?.cells[0]).toBe('全期（时点数截至2025-12-31）');
    expect(sheet.rows.some((r) => r.cells[0].startsWith('合计'))).toBe(false);
    expect(sheet.rows.find((r) => r.cells[0] === '2025')?.cells.slice(4)).toEqual(['4', '4']);
    // unions overdue are a state at each year's end: never summed over years, the whole period's is the last day's
    const years = await world.svc.statsXlsx(staff(), { fromYear: 2024, toYear: 2027 });
    const read = await readSheet(years.buffer, years.fileName);
    const overdue = read.headers.findIndex((h) => h.startsWith('逾期未换届的工会数'));
    const cell = (first: string) => read.rows.find((r) => r.cells[0].startsWith(first))?.cells[overdue] ?? '';
    // the last year with a state is 2026 (asOf 2026-11-24), the whole period's; 2027 has not begun: blank, not 0
    expect(['2025', '2026', '2027', '全期（时点数截至2026-11-24）'].map(cell)).toEqual([
      '4',
      String(s.overdue),
      '',
      String(s.overdue),
    ]);
    expect(read.rows.at(-1)?.cells[0]).toMatch(
      /^注：「逾期未换届的工会数」为时点数，不能相加：.*末行为截至2026-11-24之数，即末年之数，所以末行不是合计/,
    );
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });
});
