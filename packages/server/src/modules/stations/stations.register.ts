import { randomBytes } from 'node:crypto';
import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { stationErrors } from './stations.errors.ts';
import { gcj02ToWgs84, round6 } from './stations.geo.ts';
import { DISTRICT_ZH, KIND_ZH, SERVICE_ZH } from './stations.labels.ts';
import {
  countVisits,
  findPhoto,
  findStation,
  insertStation,
  listInspections,
  listPhotoIds,
  listStations,
  listStock,
  listVisits,
  type StationFields,
  type StationFilter,
  type StationRow,
  setToken,
  updateStation,
} from './stations.repository.ts';

/**
 * The register of stations (issue 27): a union records its stations with kind, place (GCJ-02), opening hours,
 * services and contact; edits are audited with what changed. A station open on a day counts in
 * `stations.stations` (a state: +1 from its opening day by its union and kind, −1 from the day it closes or
 * changes union or kind).
 */
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

const clean = (s: StationInput): StationFields => ({
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

export function createRegister(db: Db, clock: () => Date) {
  const today = () => todayInChina(clock());
  const flagged = (r: StationRow) =>
    r.status === 'open' && (!r.lastInspectedOn || r.lastInspectedOn < yearBefore(today()));

  async function subtreeOf(sql: Sql, actor: Actor, orgId?: number) {
    const id = orgId ?? actor.orgId;
    const org = id ? await getOrgInScope(sql, actor, id) : undefined;
    const path = org?.path ?? actor.scopePath;
    if (!path) throw notFound({ zh: '工会', en: 'Union' });
    requireAccess(actor, 'stations.read', { orgPath: path });
    return { path, name: org?.name ?? '' };
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

  return {
    inScope,
    subtreeOf,

    async create(actor: Actor, input: StationInput & { openedOn?: string }) {
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'stations.write', { orgPath: org.path });
        const opened = effectiveDay(actor, input.openedOn, { zh: '开放', en: 'opening' }, [], {
          field: 'openedOn',
          now: clock(),
        });
        const fields = clean(input);
        const id = await insertStation(sql, {
          ...fields,
          orgId: org.id,
          openedOn: opened.day,
          token: newToken(),
          createdBy: actor.userId || null,
        });
        await addCounts(sql, [
          { subject: 'stations.stations', orgId: org.id, on: opened.day, dim: fields.kind, n: 1 },
        ]);
        await recordAudit(sql, actor, {
          action: 'station.create',
          entity: 'station',
          entityId: id,
          orgId: org.id,
          after: { ...fields, openedOn: opened.day },
        });
        return { id };
      });
    },

    /** Edits a station; what changed goes into the audit log (before and after), the counts move on the day given. */
    async update(
      actor: Actor,
      id: number,
      input: StationInput & { status: 'open' | 'closed'; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const s = await inScope(sql, actor, id, 'stations.write');
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'stations.write', { orgPath: org.path });
        const fields = clean(input);
        const before: Record<string, unknown> = {};
        const after: Record<string, unknown> = {};
        const next = { ...fields, orgId: org.id, status: input.status };
        for (const [k, v] of Object.entries(next)) {
          const old = (s as unknown as Record<string, unknown>)[k];
          if (JSON.stringify(old) !== JSON.stringify(v)) {
            before[k] = old;
            after[k] = v;
          }
        }
        if (!Object.keys(after).length) return { ok: true as const };
        const moved = 'kind' in after || 'orgId' in after || 'status' in after;
        if (moved) {
          const day = effectiveDay(
            actor,
            input.effectiveOn,
            { zh: '变更', en: 'change' },
            [{ day: s.openedOn, name: { zh: '开放日期', en: 'opening day' } }],
            { now: clock() },
          ).day;
          await addCounts(sql, [
            ...(s.status === 'open'
              ? [{ subject: 'stations.stations', orgId: s.orgId, on: day, dim: s.kind, n: -1 }]
              : []),
            ...(input.status === 'open'
              ? [{ subject: 'stations.stations', orgId: org.id, on: day, dim: fields.kind, n: 1 }]
              : []),
          ]);
          after.effectiveOn = day;
        }
        await updateStation(sql, s.id, next);
        await recordAudit(sql, actor, {
          action: 'station.update',
          entity: 'station',
          entityId: s.id,
          orgId: org.id,
          before,
          after,
        });
        return { ok: true as const };
      });
    },

    async list(actor: Actor, q: StationFilter & { orgId?: number; uninspected?: boolean }) {
      return db.tx(async (sql) => {
        const { path } = await subtreeOf(sql, actor, q.orgId);
        const rows = await listStations(sql, path, {
          ...q,
          uninspectedSince: q.uninspected ? yearBefore(today()) : undefined,
          ...(q.uninspected ? { status: 'open' as const } : {}),
        });
        return rows.map(({ photoId: _p, ...r }) => ({
          ...publicOf(r),
          visits: r.visits,
          stockLeft: r.stockLeft,
        }));
      });
    },

    /** A station with its QR token, stock, newest visits (names of signed-in visitors: audited) and inspections. */
    async get(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const s = await inScope(sql, actor, id, 'stations.read');
        const [stock, visits, inspections, photoIds, counts] = [
          await listStock(sql, s.id),
          await listVisits(sql, s.id),
          await listInspections(sql, s.id),
          await listPhotoIds(sql, s.id),
          await countVisits(sql, s.id),
        ];
        if (visits.some((v) => v.personName))
          await recordAudit(sql, actor, {
            action: 'station.visits.read',
            entity: 'station',
            entityId: s.id,
            orgId: s.orgId,
          });
        return {
          ...publicOf(s),
          token: s.token,
          photoIds,
          visitsTotal: counts.total,
          visitsThisMonth: counts.month,
          stock,
          visits,
          inspections,
        };
      });
    },

    /** A new QR code: the old address stops working (a printed code was lost or copied). */
    async renewToken(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const s = await inScope(sql, actor, id, 'stations.write');
        await setToken(sql, s.id, newToken());
        await recordAudit(sql, actor, {
          action: 'station.token.renew',
          entity: 'station',
          entityId: s.id,
          orgId: s.orgId,
        });
        return { ok: true as const };
      });
    },

    async getPhoto(actor: Actor, id: number, photoId: number) {
      return db.tx(async (sql) => {
        const s = await inScope(sql, actor, id, 'stations.read');
        const photo = await findPhoto(sql, s.id, photoId);
        if (!photo) throw notFound({ zh: '照片', en: 'Photo' });
        return photo;
      });
    },

    /**
     * The stations of a subtree for the map providers' mass import: .xlsx or CSV with name, address, lng, lat in
     * GCJ-02 (高德/百度 take it; the sheet says so), or GeoJSON in WGS-84 as RFC 7946 requires.
     */
    async exportPoints(actor: Actor, q: { orgId?: number; format: 'xlsx' | 'csv' | 'geojson' }) {
      return db.tx(async (sql) => {
        const { path, name } = await subtreeOf(sql, actor, q.orgId);
        const rows = await listStations(sql, path, { status: 'open' }, 100_000);
        const base = `${name || '全部'}服务站点`;
        const services = (r: StationRow) => r.services.map((x) => SERVICE_ZH[x]).join('、');
        await recordAudit(sql, actor, {
          action: 'station.export',
          entity: 'station',
          orgId: q.orgId ?? actor.orgId ?? undefined,
          after: { format: q.format, rows: rows.length },
        });
        if (q.format === 'geojson') {
          const doc = {
            type: 'FeatureCollection',
            name: base,
            coordinateSystem: 'WGS-84 (EPSG:4326), converted from the GCJ-02 the register keeps',
            features: rows.map((r) => {
              const [lng, lat] = gcj02ToWgs84(r.lng, r.lat);
              return {
                type: 'Feature',
                geometry: { type: 'Point', coordinates: [round6(lng), round6(lat)] },
                properties: {
                  name: r.name,
                  kind: KIND_ZH[r.kind],
                  address: r.address,
                  district: DISTRICT_ZH[r.district] ?? r.district,
                  openingHours: r.openingHours,
                  services: services(r),
                  phone: r.phone,
                  union: r.orgName,
                  gcj02: [r.lng, r.lat],
                },
              };
            }),
          };
          return {
            body: Buffer.from(JSON.stringify(doc, null, 1)),
            type: 'application/geo+json; charset=utf-8',
            name: `${base}-WGS84.geojson`,
          };
        }
        const headers = [
          '名称',
          '地址',
          '经度(lng)',
          '纬度(lat)',
          '类型',
          '所在区',
          '开放时间',
          '服务项目',
          '电话',
          '所属工会',
        ];
        const data = rows.map((r) => [
          r.name,
          r.address,
          r.lng,
          r.lat,
          KIND_ZH[r.kind],
          DISTRICT_ZH[r.district] ?? r.district,
          r.openingHours,
          services(r),
          r.phone,
          r.orgName,
        ]);
        if (q.format === 'csv') {
          const esc = (v: unknown) => {
            const t = String(v ?? '');
            return /[",\n\r]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
          };
          const text = [headers, ...data].map((row) => row.map(esc).join(',')).join('\r\n');
          // UTF-8 with a BOM, so Excel and the providers' import tools read the Chinese
          return {
            body: Buffer.from(`\ufeff${text}\r\n`),
            type: 'text/csv; charset=utf-8',
            name: `${base}-GCJ02.csv`,
          };
        }
        return {
          body: writeWorkbook([
            {
              name: '站点坐标',
              headers,
              widths: [30, 40, 12, 12, 16, 10, 20, 30, 16, 30],
              rows: data,
            },
            {
              name: '说明',
              headers: ['项目', '说明'],
              widths: [16, 80],
              rows: [
                [
                  '坐标系',
                  'GCJ-02（国测局坐标，高德、腾讯地图所用；百度地图批量导入时请选择“GCJ-02/国测局坐标”）',
                ],
                ['范围', `${name || '全部'}及所属工会的开放站点，共${rows.length}个`],
                ['导出日期', today()],
              ],
            },
          ]),
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          name: `${base}-GCJ02.xlsx`,
        };
      });
    },
  };
}
