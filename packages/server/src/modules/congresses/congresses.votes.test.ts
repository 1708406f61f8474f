import { beforeAll, describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { createCongressesService } from './congresses.service.ts';
import { congressWithSession } from './congresses.test-kit.ts';

/**
 * Issue 41, as the testers met it with a congress of 30 delegates: no vote without two thirds present (20), said at
 * once with the figures; a result says the majority is of all 30 (16); the statistics and the export count votes
 * on the day each closed.
 */
describe('votes of a congress of 30 delegates (issue 41)', () => {
  const world = serviceWorld({
    at: '2026-03-20T09:00:00+08:00',
    service: (db, clock) => createCongressesService(db, clock),
    tree: { firm: 'root/district/grassroots' },
  });
  const at = (day: string) => world.clock.set(`${day}T09:00:00+08:00`);
  let sessionId: number;
  const delegates: { personId: number; delegateId: number }[] = [];
  const staff = () => world.t.actor('staff', world.firm);
  const worker = (i: number) => world.t.actor('worker', null, delegates[i].personId);
  const presentOf = (n: number) => delegates.slice(0, n).map((d) => d.delegateId);

  beforeAll(async () => {
    const people = [];
    for (let i = 0; i < 30; i++) people.push(await world.t.newPerson(world.firm));
    const made = await congressWithSession(world.svc, staff(), {
      orgId: world.firm.id,
      name: '三十人职代会',
      people,
    });
    sessionId = made.sessionId;
    delegates.push(...made.delegates);
  });

  it('opens no vote without two thirds of all delegates present, and refuses a ballot at once saying so', async () => {
    at('2026-03-20');
    await world.svc.setAttendance(staff(), sessionId, presentOf(19));
    expect(await world.svc.getSession(staff(), sessionId)).toMatchObject({
      delegates: 30,
      present: 19,
      quorum: 20,
      quorumMet: false,
    });
    await expect(
      world.svc.addMotion(staff(), sessionId, { title: '福利方案', kind: 'welfare' }),
    ).rejects.toMatchObject({
      kind: 'conflict',
      code: 'CONGRESS_NO_QUORUM',
      details: { present: 19, delegates: 30, quorum: 20 },
    });
    await world.svc.setAttendance(staff(), sessionId, presentOf(20));
    const { id } = await world.svc.addMotion(staff(), sessionId, { title: '福利方案', kind: 'welfare' });
    // four delegates leave: the vote stays open but no one may vote until the quorum is back
    await world.svc.setAttendance(staff(), sessionId, presentOf(16));
    const phone = (await world.svc.mine(worker(0))).congresses[0];
    expect(phone.session).toMatchObject({ delegates: 30, present: 16, quorum: 20, quorumMet: false });
    const refusal = await world.svc.vote(worker(0), id, 'yes').catch((e) => e);
    expect(refusal).toMatchObject({ kind: 'conflict', code: 'CONGRESS_NO_QUORUM' });
    expect(refusal.messages.zh).toContain('出席代表16人');
    expect(refusal.messages.zh).toContain('三分之二（20人）');
    expect(refusal.messages.en).toContain('16 delegates present');
    expect(refusal.messages.en).toContain('(20)');
    expect((await world.svc.getSession(staff(), sessionId)).motions[0].ballots).toBe(0);
    await world.svc.setAttendance(staff(), sessionId, presentOf(20));
    expect(await world.svc.vote(worker(0), id, 'yes')).toEqual({ ok: true });
  });

  it('says a result with its rule — a majority of all 30 delegates — on the page, the phone and the export', async () => {
    at('2026-03-20');
    await world.svc.setAttendance(staff(), sessionId, presentOf(20));
    const { id } = await world.svc.addMotion(staff(), sessionId, {
      title: '集体合同草案',
      kind: 'agreement',
    });
    for (let i = 0; i < 20; i++)
      await world.svc.vote(worker(i), id, i < 15 ? 'yes' : i < 18 ? 'no' : 'abstain');
    at('2026-04-02');
    expect(await world.svc.closeMotion(staff(), id)).toMatchObject({
      result: 'failed',
      yes: 15,
      no: 3,
      abstain: 2,
    });
    const text = {
      zh: '赞成15票，未达到全体代表（30人）的过半数（16票），未通过',
      en: '15 for; a majority of all 30 delegates (16) is needed: not carried',
    };
    const onPage = (await world.svc.getSession(staff(), sessionId)).motions.find((m) => m.id === id);
    expect(onPage).toMatchObject({ majority: 16, resultText: text });
    const onPhone = (await world.svc.mine(worker(25))).congresses[0].motions.find((m) => m.id === id);
    expect(onPhone).toMatchObject({ majority: 16, resultText: text });
    const sheets = await world.svc.congressStatsSheets(staff(), { orgId: world.firm.id, year: 2026 });
    const votes = sheets.find((s) => s.name === '表决结果');
    const row = votes?.rows.find((r) => r.includes('集体合同草案'));
    expect(row).toContain(text.zh);
    expect(row?.[(votes?.headers ?? []).indexOf('赞成')]).toBe(15);
    expect(row?.[(votes?.headers ?? []).indexOf('通过所需赞成票')]).toBe(16);
  });

  it('counts the votes held, carried and not carried (and short of the quorum) on the day each closed', async () => {
    // the session was held on 20 March; the first motion (not closed) and the one closed on 2 April
    at('2026-04-02');
    const march = await world.svc.congressStats(staff(), {
      orgId: world.firm.id,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(march.total).toMatchObject({ motions: 0, motionsPassed: 0, motionsFailed: 0, motionsNoQuorum: 0 });
    const april = await world.svc.congressStats(staff(), {
      orgId: world.firm.id,
      from: '2026-04-01',
      to: '2026-04-30',
    });
    expect(april.total).toMatchObject({ motions: 1, motionsPassed: 0, motionsFailed: 1, motionsNoQuorum: 0 });
    // the first motion: 20 present, then 13 leave before it closes on 3 April
    at('2026-04-03');
    const open = (await world.svc.getSession(staff(), sessionId)).motions.find((m) => m.status === 'open');
    for (let i = 1; i < 20; i++) await world.svc.vote(worker(i), open?.id as number, 'yes');
    await world.svc.setAttendance(staff(), sessionId, presentOf(7));
    expect(await world.svc.closeMotion(staff(), open?.id as number)).toMatchObject({ result: 'no_quorum' });
    const year = await world.svc.congressStats(staff(), { orgId: world.firm.id, year: 2026 });
    expect(year.total).toMatchObject({ motions: 2, motionsPassed: 0, motionsFailed: 1, motionsNoQuorum: 1 });
    expect(year.years[0]).toMatchObject({ year: 2026, motions: 2 });
    const sheets = await world.svc.congressStatsSheets(staff(), { orgId: world.firm.id, year: 2026 });
    const byYear = sheets.find((s) => s.name === '按年度');
    // the bottom row of the years: the flows of the whole period, the congresses as they stood on its last day
    const total = byYear?.rows.find((r) => String(r[0]).startsWith('全期（时点数截至')) ?? [];
    const col = (h: string) => (byYear?.headers ?? []).findIndex((x) => x.startsWith(h));
    expect(total[col('表决事项')]).toBe(2);
    expect(total[col('通过')]).toBe(0);
    expect(total[col('未通过')]).toBe(1);
    expect(total[col('未达法定人数')]).toBe(1);
  });

  it('says for each figure, on the page and in the export, what it counts and over which days', async () => {
    at('2026-04-03');
    const s = await world.svc.congressStats(staff(), { orgId: world.firm.id, year: 2026 });
    expect(s).toMatchObject({ from: '2026-01-01', to: '2026-12-31', asOf: '2026-04-03' });
    const motions = s.notes.find((n) => n.key === 'motions');
    expect(motions?.note.zh).toBe('表决结束日在期间内的表决事项，2026-01-01至2026-04-03');
    expect(s.notes.find((n) => n.key === 'congresses')?.note.zh).toContain('截至2026-04-03');
    for (const key of Object.keys(s.total))
      expect(
        s.notes.map((n) => n.key),
        key,
      ).toContain(key);
    const sheets = await world.svc.congressStatsSheets(staff(), { orgId: world.firm.id, year: 2026 });
    const about = sheets.find((x) => x.name === '口径说明');
    for (const n of s.notes) expect(about?.rows, n.key).toContainEqual([n.label.zh, n.note.zh]);
    expect(sheets.find((x) => x.name === '按年度')?.headers).toEqual([
      '年度',
      ...s.notes.map((n) => n.label.zh),
    ]);
  });
});
