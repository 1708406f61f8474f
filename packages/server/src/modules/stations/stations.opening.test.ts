import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { createStationsService } from './stations.service.ts';

/** A station's opening day corrected on its edit: the services before it, the counts it moves, the audit. */
describe('a station opening day corrected', () => {
  const world = serviceWorld({
    at: '2026-05-01T09:00:00+08:00',
    service: (db, clock, t) => createStationsService(db, t.services.ids, clock),
    tree: { street: 'root/district/street' },
  });

  const staff = () => world.t.actor('staff', world.street);
  const station = (extra: Partial<Parameters<typeof world.svc.create>[1]> = {}) =>
    world.svc.create(staff(), {
      orgId: world.street.id,
      name: `户外劳动者驿站${world.t.unique()}`,
      kind: 'outdoor',
      district: '110101',
      address: '北京市东城区建国门街道',
      lng: 116.43472,
      lat: 39.908721,
      services: ['water', 'rest'],
      ...extra,
    });
  const edit = async (id: number, change: Record<string, unknown>) =>
    world.svc.update(staff(), id, { ...(await world.svc.get(staff(), id)), ...change });
  /** The stations of a kind open on `day` in the street's subtree. */
  const openOn = async (day: string, kind: string) =>
    (await world.svc.stats(staff(), { from: `${day.slice(0, 4)}-01-01`, to: day })).byKind.find(
      (k) => k.kind === kind,
    )?.n ?? 0;

  it('opens a station entered without its day on an earlier day, so its past services can be recorded', async () => {
    const { id } = await station({ kind: 'home' });
    expect((await world.svc.get(staff(), id)).openedOn).toBe('2026-05-01');
    const service = { services: ['water' as const], goods: [], effectiveOn: '2025-06-10' };
    await expect(world.svc.recordService(staff(), id, service)).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
    });
    const before = { y2025: await openOn('2025-12-31', 'home'), y2026: await openOn('2026-05-01', 'home') };
    await edit(id, { openedOn: '2025-03-01' });
    expect((await world.svc.get(staff(), id)).openedOn).toBe('2025-03-01');
    await world.svc.recordService(staff(), id, service);
    // the opening's +1 moved: open through 2025 now, still once today
    expect(await openOn('2025-12-31', 'home')).toBe(before.y2025 + 1);
    expect(await openOn('2026-05-01', 'home')).toBe(before.y2026);
    expect(await openOn('2025-02-28', 'home')).toBe(0);
    const { rows } = await world.db.query<{ before: unknown; after: unknown }>(
      `select before, after from audit_log
        where entity = 'station' and entity_id = $1 and action = 'station.update' order by id`,
      [String(id)],
    );
    expect(rows).toEqual([{ before: { openedOn: '2026-05-01' }, after: { openedOn: '2025-03-01' } }]);
    // an edit without the day, or with the same day, leaves it
    await world.svc.update(staff(), id, { ...(await world.svc.get(staff(), id)), openedOn: undefined });
    await edit(id, { note: '门口有饮水机' });
    expect((await world.svc.get(staff(), id)).openedOn).toBe('2025-03-01');
  });

  it("refuses an opening after the station's earliest record, naming its day, and a future day", async () => {
    const { id } = await station({ openedOn: '2025-01-01' });
    await world.svc.recordService(staff(), id, { services: ['rest'], goods: [], effectiveOn: '2025-06-10' });
    await world.svc.recordService(staff(), id, { services: ['rest'], goods: [], effectiveOn: '2025-09-01' });
    const refused = edit(id, { openedOn: '2025-06-11' });
    await expect(refused).rejects.toMatchObject({
      code: 'STATION_OPENED_AFTER_RECORD',
      details: { field: 'openedOn', earliest: '2025-06-10' },
    });
    await expect(refused).rejects.toMatchObject({
      messages: {
        zh: expect.stringContaining('服务日期 2025-06-10'),
        en: expect.stringContaining('2025-06-10'),
      },
    });
    await edit(id, { openedOn: '2025-06-10' });
    expect((await world.svc.get(staff(), id)).openedOn).toBe('2025-06-10');
    await expect(edit(id, { openedOn: '2026-05-02' })).rejects.toMatchObject({ code: 'EFFECTIVE_IN_FUTURE' });
    await expect(edit(id, { openedOn: '2025-02-30' })).rejects.toMatchObject({
      code: 'EFFECTIVE_DATE_INVALID',
    });
    // goods received and inspections hold the day back as services do
    const other = await station({ openedOn: '2025-01-01' });
    await world.svc.receive(staff(), other.id, {
      item: '矿泉水',
      unit: '瓶',
      quantity: 5,
      effectiveOn: '2025-04-01',
    });
    await expect(edit(other.id, { openedOn: '2025-04-02' })).rejects.toMatchObject({
      details: { earliest: '2025-04-01' },
    });
  });

  it('moves the opening of the union and kind it opened with, never past its first change', async () => {
    const { id } = await station({ kind: 'postal', openedOn: '2025-01-01' });
    const base = {
      postal: await openOn('2024-12-31', 'postal'),
      nursing: await openOn('2024-12-31', 'nursing'),
    };
    await edit(id, { kind: 'nursing', effectiveOn: '2025-07-01' });
    await expect(edit(id, { openedOn: '2025-07-02' })).rejects.toMatchObject({
      code: 'STATION_OPENED_AFTER_RECORD',
      messages: { zh: expect.stringContaining('变更'), en: expect.stringContaining('change of union') },
    });
    await edit(id, { openedOn: '2024-06-01' });
    expect(await openOn('2024-12-31', 'postal')).toBe(base.postal + 1);
    expect(await openOn('2024-12-31', 'nursing')).toBe(base.nursing);
    expect(await openOn('2025-06-30', 'postal')).toBe(base.postal + 1);
    expect(await openOn('2025-07-01', 'postal')).toBe(base.postal);
    expect(await openOn('2025-07-01', 'nursing')).toBe(base.nursing + 1);
    expect(await openOn('2024-05-31', 'postal')).toBe(base.postal);
    // a change dated before the corrected opening is refused, as it was before the first
    await expect(edit(id, { kind: 'home', effectiveOn: '2024-05-01' })).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
    });
    // migration 003's backfill reads the same back from the audit log
    await edit(id, { orgId: world.street.id, kind: 'home', effectiveOn: '2025-09-01' });
    await world.db.query(`update stations set opened_kind = 'other', changed_on = null where id = $1`, [id]);
    const migration = readFileSync(
      new URL('./migrations/003_opening_corrected.sql', import.meta.url),
      'utf8',
    );
    await world.db.query(
      migration.slice(
        migration.indexOf('with changes'),
        migration.indexOf(';', migration.indexOf('with changes')),
      ),
    );
    const { rows } = await world.db.query<{ kind: string; orgId: number; changedOn: string }>(
      `select opened_kind as kind, opened_org_id as "orgId", changed_on::text as "changedOn" from stations
        where id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({ kind: 'postal', orgId: world.street.id, changedOn: '2025-07-01' });
  });

  it('lets only a role that may record a past day move the opening into the past', async () => {
    const { id } = await station({ openedOn: '2026-03-01' });
    const clerk = { ...staff(), withdrawn: ['history.backdate'] };
    const s = await world.svc.get(staff(), id);
    await expect(world.svc.update(clerk, id, { ...s, openedOn: '2026-02-01' })).rejects.toMatchObject({
      code: 'BACKDATE_DENIED',
    });
    // the saved past day sent back unchanged is no correction: the rest of the edit goes through
    await world.svc.update(clerk, id, { ...s, keeper: '王师傅' });
    await world.svc.update(clerk, id, { ...s, openedOn: '2026-05-01' });
    expect((await world.svc.get(staff(), id)).openedOn).toBe('2026-05-01');
  });
});
