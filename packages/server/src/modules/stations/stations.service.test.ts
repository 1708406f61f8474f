import { describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { gcj02ToWgs84, wgs84ToGcj02 } from './stations.geo.ts';
import { createStationsService } from './stations.service.ts';

describe('service stations', () => {
  const world = serviceWorld({
    at: '2026-05-01T09:00:00+08:00',
    service: (db, clock, t) => createStationsService(db, t.services.ids, clock),
    tree: { street: 'root/district/street', outside: 'root/district/grassroots' },
  });

  const staff = () => world.t.actor('staff', world.street);
  const station = (extra: Partial<Parameters<typeof world.svc.create>[1]> = {}) =>
    world.svc.create(staff(), {
      orgId: world.street.id,
      name: `暖心驿站${world.t.unique()}`,
      kind: 'outdoor',
      district: '110101',
      address: '北京市东城区建国门街道',
      lng: 116.43472,
      lat: 39.908721,
      services: ['water', 'meal', 'legal'],
      ...extra,
    });

  it('never hands out more than the stock holds, when 40 hand-outs run at once', async () => {
    const { id } = await station();
    const { id: stockId } = await world.svc.receive(staff(), id, {
      item: '温暖包',
      unit: '份',
      quantity: 25,
    });
    const answers = await Promise.allSettled(
      Array.from({ length: 40 }, () =>
        world.svc.recordService(staff(), id, { services: ['meal'], goods: [{ stockId, quantity: 1 }] }),
      ),
    );
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(25);
    const refused = answers.filter((a) => a.status === 'rejected') as PromiseRejectedResult[];
    expect(refused).toHaveLength(15);
    for (const r of refused) expect(r.reason).toMatchObject({ code: 'STATION_STOCK_SHORT' });
    const s = await world.svc.get(staff(), id);
    expect(s.stock[0]).toMatchObject({ received: 25, handedOut: 25, left: 0 });
    // a two-line hand-out short on its second line takes nothing at all
    const { id: water } = await world.svc.receive(staff(), id, { item: '矿泉水', unit: '瓶', quantity: 5 });
    await world.svc.receive(staff(), id, { item: '温暖包', unit: '份', quantity: 2 });
    await expect(
      world.svc.recordService(staff(), id, {
        services: [],
        goods: [
          { stockId: water, quantity: 2 },
          { stockId, quantity: 3 },
        ],
      }),
    ).rejects.toMatchObject({ code: 'STATION_STOCK_SHORT' });
    expect((await world.svc.get(staff(), id)).stock.find((k) => k.id === water)).toMatchObject({ left: 5 });
  });

  it('checks in by QR anonymously (once per address in 30 minutes) and lists open stations by service and distance', async () => {
    const near = await station({ lng: 116.4347, lat: 39.9087, services: ['charge', 'water'] });
    const far = await station({ district: '110108', lng: 116.298, lat: 39.959, services: ['charge'] });
    const { token } = await world.svc.get(staff(), near.id);
    expect(await world.svc.checkIn(token, null, '10.0.0.1')).toMatchObject({
      counted: true,
      signedIn: false,
    });
    expect(await world.svc.checkIn(token, null, '10.0.0.1')).toMatchObject({ counted: false });
    expect(await world.svc.checkIn(token, null, '10.0.0.2')).toMatchObject({ counted: true });
    await expect(world.svc.checkIn('no-such-token-x', null, '10.0.0.3')).rejects.toMatchObject({
      code: 'STATION_CODE_UNKNOWN',
    });
    const list = await world.svc.publicList({ service: 'charge', lng: 116.397, lat: 39.909 });
    const ids = list.stations.map((s) => s.id);
    expect(ids.indexOf(near.id)).toBeLessThan(ids.indexOf(far.id));
    expect(list.stations.find((s) => s.id === near.id)?.distanceM).toBeGreaterThan(2500);
    expect(JSON.stringify(list)).not.toContain(token);
    expect((await world.svc.publicList({ service: 'nursing' })).stations.map((s) => s.id)).not.toContain(
      near.id,
    );
    // closed: off the public page, and no check-in
    const s = await world.svc.get(staff(), far.id);
    await world.svc.update(staff(), far.id, { ...s, status: 'closed' });
    expect((await world.svc.publicList({ service: 'charge' })).stations.map((x) => x.id)).not.toContain(
      far.id,
    );
    const detail = await world.svc.get(staff(), near.id);
    expect(detail.visitsTotal).toBe(2);
  });

  it('records inspections, flags a station uninspected for 12 months, counts by kind as of a day, and keeps it in scope', async () => {
    world.clock.set('2025-01-10T09:00:00+08:00');
    const { id } = await station({ kind: 'postal', name: `东四投递部投递员之家${world.t.unique()}` });
    await world.svc.inspect(staff(), id, {
      inspectors: '检查组',
      checklist: [{ item: '设施设备完好', passed: true }],
      result: 'stars',
      stars: 4,
    });
    expect((await world.svc.get(staff(), id)).stars).toBe(4);
    await expect(
      world.svc.inspect(staff(), id, {
        inspectors: '检查组',
        checklist: [{ item: 'x', passed: true }],
        result: 'stars',
      }),
    ).rejects.toMatchObject({ code: 'STATION_STARS_REQUIRED' });
    world.clock.set('2026-05-01T09:00:00+08:00');
    const flagged = await world.svc.list(staff(), { uninspected: true });
    expect(flagged.find((x) => x.id === id)?.uninspected).toBe(true);
    await world.svc.inspect(staff(), id, {
      inspectors: '检查组',
      checklist: [{ item: '设施设备完好', passed: false }],
      result: 'failed',
    });
    const after = await world.svc.get(staff(), id);
    expect(after).toMatchObject({ stars: null, lastResult: 'failed', uninspected: false });
    const stats = await world.svc.stats(staff(), { from: '2025-01-01', to: '2025-12-31' });
    expect(stats.byKind.find((k) => k.kind === 'postal')?.n).toBe(1);
    const early = await world.svc.stats(staff(), { from: '2024-01-01', to: '2024-12-31' });
    expect(early.byKind.find((k) => k.kind === 'postal')?.n).toBe(0);
    const { id: boxes } = await world.svc.receive(staff(), id, {
      item: '防暑降温箱',
      unit: '箱',
      quantity: 3,
    });
    await world.svc.recordService(staff(), id, { services: [], goods: [{ stockId: boxes, quantity: 2 }] });
    const thisYear = await world.svc.stats(staff(), { from: '2026-01-01', to: '2026-12-31' });
    // 25 份 and 2 箱 were handed out this year: each unit is added up on its own, never 份 and 箱 together
    expect(thisYear.totals.goodsByUnit).toEqual([
      { unit: '份', quantity: 25 },
      { unit: '箱', quantity: 2 },
    ]);
    expect(thisYear.visits.length).toBeGreaterThan(0);
    expect((await world.svc.statsXlsx(staff(), { year: 2026 })).buffer.length).toBeGreaterThan(1000);
    await expect(world.svc.get(world.t.actor('staff', world.outside), id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const exported = await world.svc.exportPoints(staff(), { format: 'geojson' });
    const geo = JSON.parse(exported.body.toString());
    expect(geo.features.length).toBeGreaterThan(0);
  });

  it('converts GCJ-02 to WGS-84 and back to within a centimetre', () => {
    const [lng, lat] = gcj02ToWgs84(116.43472, 39.908721);
    expect(Math.abs(lng - 116.43472)).toBeGreaterThan(0.003);
    const [x, y] = wgs84ToGcj02(lng, lat);
    expect(Math.abs(x - 116.43472)).toBeLessThan(1e-7);
    expect(Math.abs(y - 39.908721)).toBeLessThan(1e-7);
  });
});
