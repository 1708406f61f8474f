import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { stationErrors } from './stations.errors.ts';
import { findStationOpening, type StationOpening } from './stations.opening.repository.ts';
import type { StationRow } from './stations.repository.ts';

/** The earliest record at a station, named for the refusal; services first when two fall on one day. */
function earliestRecord(o: StationOpening) {
  const records = [
    { day: [o.visit, o.register].filter((d) => d !== null).sort()[0] ?? null, zh: '服务', en: 'service' },
    { day: o.stock, zh: '物资入库', en: 'goods received' },
    { day: o.inspection, zh: '检查', en: 'inspection' },
    { day: o.changedOn, zh: '变更（所属工会、类型或状态）', en: 'change of union, kind or status' },
  ];
  let first: { day: string; what: { zh: string; en: string } } | undefined;
  for (const r of records)
    if (r.day && (!first || r.day < first.day)) first = { day: r.day, what: { zh: r.zh, en: r.en } };
  return first;
}

/**
 * A station's opening day corrected on its edit (a station created without its day opened the day it was entered):
 * the day is checked as at the opening (a real day, not future, a past day only with `history.backdate`; ADR 40)
 * and may not fall after anything recorded at the station — a service (by staff, by QR or from the register), goods
 * received, an inspection, a change of union, kind or status — since the station would have records from before it
 * opened. The opening's +1 in `stations.stations` moves with it, for the union and kind it opened with. Nothing when
 * the day is not given or unchanged.
 */
export async function correctOpening(
  sql: Sql,
  actor: Actor,
  s: StationRow,
  openedOn: string | undefined,
  now: Date,
) {
  if (openedOn === undefined || openedOn === s.openedOn) return undefined;
  const { day } = effectiveDay(actor, openedOn, { zh: '开放', en: 'opening' }, [], {
    field: 'openedOn',
    now,
  });
  const opening = await findStationOpening(sql, s.id);
  if (!opening) throw stationErrors.notFound();
  const first = earliestRecord(opening);
  if (first && day > first.day) throw stationErrors.openedAfterRecord(day, first.day, first.what);
  const count = { subject: 'stations.stations', orgId: opening.orgId, dim: opening.kind };
  return {
    day,
    counts: [
      { ...count, on: s.openedOn, n: -1 },
      { ...count, on: day, n: 1 },
    ],
  };
}
