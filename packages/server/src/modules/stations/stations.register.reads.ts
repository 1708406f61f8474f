import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { listFileName } from '../../shared/export-list.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { gcj02ToWgs84, round6 } from './stations.geo.ts';
import { listInspections } from './stations.inspections.repository.ts';
import { DISTRICT_ZH, KIND_ZH, SERVICE_ZH } from './stations.labels.ts';
import { registerSteps, yearBefore } from './stations.register.steps.ts';
import {
  findPhoto,
  listPhotoIds,
  listStations,
  type StationFilter,
  type StationRow,
} from './stations.repository.ts';
import { countVisits, listStock, listVisits } from './stations.visits.repository.ts';

/** Stations as listed, one with its stock, visits and inspections, its photos, and the export for map providers. */
export function createStationReads(db: Db, clock: () => Date) {
  const { today, subtreeOf, inScope, publicOf } = registerSteps(clock);
  return {
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
        // the one rule of list files' names: whose stations, as of which day, in which coordinates
        const fileOf = (system: string, ext: string) =>
          listFileName(name, '服务站点', today(), [system], ext);
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
            name: `${name || '全部工会'}服务站点`,
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
            name: fileOf('WGS84', 'geojson'),
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
            name: fileOf('GCJ02', 'csv'),
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
          name: fileOf('GCJ02', 'xlsx'),
        };
      });
    },
  };
}
