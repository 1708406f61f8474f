import { type Actor, canAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { withinLimit } from '../onboarding/index.ts';
import { findPersonById, type IdProtector } from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import { stationErrors } from './stations.errors.ts';
import type { createRegister } from './stations.register.ts';
import { findStationByToken, listOpenStations, type StationRow } from './stations.repository.ts';
import {
  findStock,
  insertHandout,
  insertVisit,
  receiveStock,
  takeStock,
} from './stations.visits.repository.ts';
import type { StationKind, StationService } from './stations.vocabulary.ts';

/**
 * Visits and goods (issue 27). A worker scans the station's QR code (/s/<token>) and checks in — counted once per
 * address and station in 30 minutes, anonymous unless signed in as a worker. Staff record a service given, with
 * goods handed out of the station's own stock: one guarded update per line (`handed_out + n <= received`), so the
 * stock never goes below zero. The stock is the station's, not care's: care's stock belongs to a 送温暖 campaign
 * and its deliveries to campaign visits (ADR 53). Counted: `stations.visits` (dim the station's id, dim2 qr or
 * staff, on the visit's day) and `stations.goods` (n the quantity, dim the item, dim2 the unit, on its day).
 */
const CHECKIN_WINDOW_SECONDS = 30 * 60;

export interface ServiceInput {
  personId?: number | null;
  services: StationService[];
  goods: { stockId: number; quantity: number }[];
  note?: string;
  effectiveOn?: string;
}

export function createVisits(
  db: Db,
  ids: IdProtector,
  clock: () => Date,
  register: ReturnType<typeof createRegister>,
) {
  const publicOf = (s: StationRow) => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    district: s.district,
    address: s.address,
    lng: s.lng,
    lat: s.lat,
    openingHours: s.openingHours,
    services: s.services,
    phone: s.phone,
    stars: s.stars,
    orgName: s.orgName,
  });

  return {
    /** Goods come into a station's stock (bought, given by a caring unit, sent down by a union above). */
    async receive(
      actor: Actor,
      id: number,
      input: { item: string; unit: string; quantity: number; source?: string; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const s = await register.inScope(sql, actor, id, 'stations.write');
        const day = effectiveDay(actor, input.effectiveOn, { zh: '入库', en: 'receipt' }, [], {
          now: clock(),
        }).day;
        const stockId = await receiveStock(sql, {
          stationId: s.id,
          orgId: s.orgId,
          item: input.item.trim(),
          unit: input.unit.trim(),
          quantity: input.quantity,
          on: day,
          source: input.source?.trim() ?? '',
        });
        await recordAudit(sql, actor, {
          action: 'station.stock.receive',
          entity: 'station',
          entityId: s.id,
          orgId: s.orgId,
          after: { item: input.item.trim(), unit: input.unit.trim(), quantity: input.quantity, on: day },
        });
        return { id: stockId };
      });
    },

    /** Staff record a service given at the station, with the goods handed out (all lines or none). */
    async recordService(actor: Actor, id: number, input: ServiceInput) {
      return db.tx(async (sql) => {
        const s = await register.inScope(sql, actor, id, 'stations.write');
        if (!input.services.length && !input.goods.length) throw stationErrors.nothingRecorded();
        const day = effectiveDay(
          actor,
          input.effectiveOn,
          { zh: '服务', en: 'service' },
          [{ day: s.openedOn, name: { zh: '站点开放日期', en: "station's opening day" } }],
          { now: clock() },
        ).day;
        let personId: number | null = null;
        if (input.personId) {
          const person = await findPersonById(sql, input.personId);
          if (!person?.orgPath || !canAccess(actor, 'stations.write', { orgPath: person.orgPath }))
            throw stationErrors.notMember();
          personId = person.id;
        }
        const visitId = await insertVisit(sql, {
          stationId: s.id,
          orgId: s.orgId,
          via: 'staff',
          personId,
          services: [...new Set(input.services)],
          on: day,
          note: input.note?.trim() ?? '',
          createdBy: actor.userId || null,
        });
        const counts = [
          { subject: 'stations.visits', orgId: s.orgId, on: day, dim: String(s.id), dim2: 'staff', n: 1 },
        ];
        for (const [index, line] of input.goods.entries()) {
          const taken = await takeStock(sql, s.id, line.stockId, line.quantity);
          if (!taken) {
            const stock = await findStock(sql, s.id, line.stockId);
            if (!stock) throw stationErrors.stockNotFound(index);
            throw stationErrors.stockShort(index, stock.item, stock.unit, stock.left);
          }
          await insertHandout(sql, {
            stockId: line.stockId,
            stationId: s.id,
            orgId: s.orgId,
            quantity: line.quantity,
            visitId,
            on: day,
          });
          counts.push({
            subject: 'stations.goods',
            orgId: s.orgId,
            on: day,
            dim: taken.item,
            dim2: taken.unit,
            n: line.quantity,
          });
        }
        await addCounts(sql, counts);
        await recordAudit(sql, actor, {
          action: 'station.service',
          entity: 'station',
          entityId: s.id,
          orgId: s.orgId,
          after: { visitId, personId, services: input.services, goods: input.goods, on: day },
        });
        return { id: visitId };
      });
    },

    /** The station a QR code names, as the public check-in page shows it. */
    async publicStation(token: string) {
      const s = await findStationByToken(db, token);
      if (!s) throw stationErrors.tokenUnknown();
      return publicOf(s);
    },

    /**
     * A check-in by the station's QR code: anonymous, or the worker's own when signed in as one. The same address
     * is counted once per station in 30 minutes (a second scan is welcomed but not counted).
     */
    async checkIn(token: string, actor: Actor | null, ip: string) {
      const s = await findStationByToken(db, token);
      if (!s) throw stationErrors.tokenUnknown();
      if (s.status !== 'open') throw stationErrors.closed(s.name);
      const personId = actor?.role === 'worker' && actor.personId ? actor.personId : null;
      const key = ids.hash(`station-checkin:${s.id}:${personId ?? ip}`);
      const counted = await withinLimit(db, key, 1, clock(), CHECKIN_WINDOW_SECONDS);
      if (counted)
        await db.tx(async (sql) => {
          const day = todayInChina(clock());
          const visitId = await insertVisit(sql, {
            stationId: s.id,
            orgId: s.orgId,
            via: 'qr',
            personId,
            services: [],
            on: day,
            note: '',
            createdBy: actor?.userId ?? null,
          });
          await addCounts(sql, [
            { subject: 'stations.visits', orgId: s.orgId, on: day, dim: String(s.id), dim2: 'qr', n: 1 },
          ]);
          await recordAudit(sql, actor, {
            action: 'station.checkin',
            entity: 'station',
            entityId: s.id,
            orgId: s.orgId,
            after: { visitId, signedIn: personId !== null },
          });
        });
      return { name: s.name, counted, signedIn: personId !== null };
    },

    /** Open stations for the public page, nearest first from a point (GCJ-02) when given. */
    async publicList(q: {
      service?: StationService;
      kind?: StationKind;
      district?: string;
      lng?: number;
      lat?: number;
    }) {
      const near = q.lng !== undefined && q.lat !== undefined ? { lng: q.lng, lat: q.lat } : null;
      const rows = await listOpenStations(db, q, near, 300);
      return {
        coordinateSystem: 'GCJ-02' as const,
        stations: rows.map((r) => ({
          ...publicOf(r),
          distanceM: r.distanceM === null ? null : Math.round(r.distanceM),
        })),
      };
    },
  };
}
