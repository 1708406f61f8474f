import { randomBytes } from 'node:crypto';
import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { unionAsked } from '../org/index.ts';
import { stationErrors } from './stations.errors.ts';
import { round6 } from './stations.geo.ts';
import { findStation, type StationFields, type StationRow } from './stations.repository.ts';

/** What a station is recorded with. */
export interface StationInput extends Omit<StationFields, 'openingHours' | 'phone' | 'keeper' | 'note'> {
  orgId: number;
  openingHours?: string;
  phone?: string;
  keeper?: string;
  note?: string;
}

export const newToken = () => randomBytes(12).toString('base64url');

/** The day a year before `day`: a station with no inspection on or after it is flagged. */
export function yearBefore(day: string) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString().slice(0, 10);
}

export const clean = (s: StationInput): StationFields => ({
  name: s.name.trim(),
  kind: s.kind,
  district: s.district,
  address: s.address.trim(),
  lng: round6(s.lng),
  lat: round6(s.lat),
  openingHours: s.openingHours?.trim() ?? '',
  services: [...new Set(s.services)],
  phone: s.phone?.trim() ?? '',
  keeper: s.keeper?.trim() ?? '',
  note: s.note?.trim() ?? '',
});

/** The steps the edits and reads share: a subtree or a station the actor may reach, a station as shown. */
export function registerSteps(clock: () => Date) {
  const today = () => todayInChina(clock());
  const flagged = (r: StationRow) =>
    r.status === 'open' && (!r.lastInspectedOn || r.lastInspectedOn < yearBefore(today()));
  async function subtreeOf(sql: Sql, actor: Actor, orgId?: number) {
    const { path, name } = await unionAsked(sql, actor, orgId, 'stations.read');
    return { path, name: name ?? '' };
  }
  async function inScope(sql: Sql, actor: Actor, id: number, permission: 'stations.read' | 'stations.write') {
    const s = await findStation(sql, id, permission === 'stations.write');
    if (!s) throw stationErrors.notFound();
    requireAccess(actor, permission, { orgPath: s.orgPath });
    return s;
  }
  const publicOf = ({ token: _t, orgPath: _p, updatedAt: _u, ...r }: StationRow) => ({
    ...r,
    uninspected: flagged({ ...r, token: '', orgPath: '', updatedAt: '' }),
  });
  return { today, flagged, subtreeOf, inScope, publicOf };
}
