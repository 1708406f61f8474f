import { beforeAll, describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { createCallsService } from './calls.service.ts';

/**
 * Issue 41: judging a call is the organiser's (ADR 63). The district above the plant sees the plant's works but
 * may not set their results (403, saying whose decision it is); a union that cannot see the work gets 404.
 */
describe('who sets a work’s result', () => {
  const world = serviceWorld({
    at: '2026-06-01T09:00:00+08:00',
    service: (db, clock) => createCallsService(db, clock),
    tree: {
      district: 'root/district',
      plant: 'district/grassroots',
      branch: 'plant/branch',
      outside: 'root/district/grassroots',
    },
  });
  let callId: number;
  let workId: number;

  beforeAll(async () => {
    ({ id: callId } = await world.svc.create(world.t.actor('staff', world.plant), {
      orgId: world.plant.id,
      title: '安全感言征集',
      opensOn: '2026-06-01',
      closesOn: '2026-06-24',
      perWorker: 2,
      gallery: 'public',
      categories: [{ name: '安全感言', kind: 'text' }],
    }));
    const [slogan] = (await world.svc.get(world.t.actor('staff', world.plant), callId)).categories;
    const p = (await world.t.newPerson(world.branch)).id;
    ({ id: workId } = await world.svc.submitSelf(world.t.actor('worker', null, p), callId, {
      categoryId: slogan.id,
      body: '安全是最好的福利',
    }));
    world.clock.set('2026-06-20T09:00:00+08:00');
    await world.svc.review(world.t.actor('staff', world.branch), workId, { decision: 'pass' });
  });

  it('refuses the union above the organiser with 403 and the reason, and one that cannot see the work with 404', async () => {
    const above = world.t.actor('staff', world.district);
    expect((await world.svc.get(above, callId)).canJudge).toBe(false);
    const refusal = await world.svc.decide(above, workId, { result: 'first' }).catch((e) => e);
    expect(refusal).toMatchObject({ kind: 'forbidden', code: 'CALL_NOT_ORGANISER' });
    expect(refusal.messages.zh).toContain(world.plant.name);
    expect(refusal.messages.en).toContain(world.plant.name);
    await expect(
      world.svc.decide(world.t.actor('staff', world.branch), workId, { result: 'first' }),
    ).rejects.toMatchObject({
      kind: 'forbidden',
      code: 'CALL_NOT_ORGANISER',
    });
    await expect(
      world.svc.decide(world.t.actor('staff', world.outside), workId, { result: 'first' }),
    ).rejects.toMatchObject({
      kind: 'not_found',
    });
    await expect(world.svc.publish(above, callId)).rejects.toMatchObject({ code: 'CALL_NOT_ORGANISER' });
    // nothing was set by the refusals; the organiser sets it
    expect((await world.svc.works(world.t.actor('staff', world.plant), callId)).items[0].result).toBeNull();
    expect((await world.svc.get(world.t.actor('staff', world.plant), callId)).canJudge).toBe(true);
    expect(
      await world.svc.decide(world.t.actor('staff', world.plant), workId, { result: 'first' }),
    ).toMatchObject({
      result: 'first',
    });
  });

  it('says on the statistics and the export what each figure counts and over which days', async () => {
    world.clock.set('2026-06-20T09:00:00+08:00');
    const s = await world.svc.stats(world.t.actor('staff', world.plant), { year: 2026 });
    expect(s).toMatchObject({ from: '2026-01-01', to: '2026-12-31', asOf: '2026-06-20' });
    const submitted = s.notes.find((n) => n.key === 'submitted');
    expect(submitted?.label.zh).toBe('报送');
    expect(submitted?.note.zh).toContain('2026-01-01至2026-06-20');
    expect(submitted?.note.en).toContain('2026-01-01 to 2026-06-20');
    for (const key of ['submitted', 'passed', 'returned', 'chosen'])
      expect(s.notes.find((n) => n.key === key)?.note.zh, key).toMatch(/日.*2026-06-20/);
    const sheets = await world.svc.statsSheets(world.t.actor('staff', world.plant), { year: 2026 });
    const about = sheets.find((x) => x.name === '说明');
    for (const n of s.notes) expect(about?.rows, n.key).toContainEqual([n.label.zh, n.note.zh]);
    const byCategory = sheets.find((x) => x.name === '按类别');
    expect(byCategory?.rows.find((r) => r[0] === '合计')?.[3]).toBe(1);
  });

  it('sums every figure in the 合计 rows, the results too, and names the call a sheet of one call counts', async () => {
    world.clock.set('2026-06-21T09:00:00+08:00');
    const organiser = world.t.actor('staff', world.plant);
    await world.svc.decide(organiser, workId, { result: 'exhibit' });
    const sheets = await world.svc.statsSheets(organiser, { year: 2026, callId });
    const byCategory = sheets.find((x) => x.name === '按类别');
    const headers = byCategory?.headers ?? [];
    const total = byCategory?.rows.find((r) => r[0] === '合计');
    expect(total?.[headers.indexOf('入选')]).toBe(1);
    expect(total?.[headers.indexOf('入展')]).toBe(1);
    expect(total?.[headers.indexOf('一等奖')]).toBe(0);
    const byResult = sheets.find((x) => x.name === '按评选结果');
    expect(byResult?.rows.at(-1)).toEqual(['合计', 1]);
    expect(sheets.find((x) => x.name === '说明')?.rows).toContainEqual(['征集活动', '安全感言征集']);
    const whole = await world.svc.statsSheets(organiser, { year: 2026 });
    expect(whole.find((x) => x.name === '说明')?.rows.some((r) => r[0] === '征集活动')).toBe(false);
  });
});
