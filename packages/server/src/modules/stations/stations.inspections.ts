import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { addCounts } from '../reporting/index.ts';
import { stationErrors } from './stations.errors.ts';
import { findInspection, insertInspection } from './stations.inspections.repository.ts';
import type { createRegister } from './stations.register.ts';
import { applyInspection, insertPhoto } from './stations.repository.ts';

/**
 * Inspections (年检/星级评定, issue 27): a checklist as ticked, a result of 1–5 stars or 不合格, photos. The newest
 * inspection sets the station's star level; a station with none in the last 12 months is flagged (register).
 * Counted as `stations.inspections` (dim the stars, or 'failed') on the inspection's day.
 */
export interface InspectionInput {
  inspectors: string;
  checklist: { item: string; passed: boolean }[];
  result: 'stars' | 'failed';
  stars?: number | null;
  note?: string;
  effectiveOn?: string;
}

export interface PhotoFile {
  name: string;
  mime: string;
  data: Buffer;
}

export function createInspections(db: Db, clock: () => Date, register: ReturnType<typeof createRegister>) {
  return {
    async inspect(actor: Actor, id: number, input: InspectionInput) {
      return db.tx(async (sql) => {
        const s = await register.inScope(sql, actor, id, 'stations.write');
        const stars = input.result === 'stars' ? (input.stars ?? null) : null;
        if (input.result === 'stars' && !stars) throw stationErrors.starsRequired();
        const day = effectiveDay(
          actor,
          input.effectiveOn,
          { zh: '检查', en: 'inspection' },
          [{ day: s.openedOn, name: { zh: '站点开放日期', en: "station's opening day" } }],
          { now: clock() },
        ).day;
        const inspectionId = await insertInspection(sql, {
          stationId: s.id,
          orgId: s.orgId,
          on: day,
          inspectors: input.inspectors.trim(),
          checklist: input.checklist.map((c) => ({ item: c.item.trim(), passed: c.passed })),
          result: input.result,
          stars,
          note: input.note?.trim() ?? '',
          createdBy: actor.userId || null,
        });
        await applyInspection(sql, s.id, { on: day, result: input.result, stars });
        await addCounts(sql, [
          {
            subject: 'stations.inspections',
            orgId: s.orgId,
            on: day,
            dim: stars ? String(stars) : 'failed',
            n: 1,
          },
        ]);
        await recordAudit(sql, actor, {
          action: 'station.inspect',
          entity: 'station',
          entityId: s.id,
          orgId: s.orgId,
          before: { stars: s.stars, lastInspectedOn: s.lastInspectedOn },
          after: { inspectionId, on: day, result: input.result, stars },
        });
        return { id: inspectionId };
      });
    },

    /** A photo of the station, or of one of its inspections. */
    async addPhoto(actor: Actor, id: number, inspectionId: number | undefined, photo: PhotoFile) {
      return db.tx(async (sql) => {
        const s = await register.inScope(sql, actor, id, 'stations.write');
        if (inspectionId && !(await findInspection(sql, s.id, inspectionId)))
          throw stationErrors.inspectionNotFound();
        const photoId = await insertPhoto(sql, {
          stationId: s.id,
          inspectionId: inspectionId ?? null,
          orgId: s.orgId,
          name: photo.name,
          mime: photo.mime,
          data: photo.data,
        });
        await recordAudit(sql, actor, {
          action: 'station.photo.add',
          entity: 'station',
          entityId: s.id,
          orgId: s.orgId,
          after: { photoId, inspectionId: inspectionId ?? null, name: photo.name },
        });
        return { id: photoId };
      });
    },
  };
}
