import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { markStationChanged } from './stations.opening.repository.ts';
import { correctOpening } from './stations.register.opening.ts';
import { clean, newToken, registerSteps, type StationInput } from './stations.register.steps.ts';
import { insertStation, setToken, updateStation } from './stations.repository.ts';

/** Opening a station, editing it on its day, and a new QR code. */
export function createStationEdits(db: Db, clock: () => Date) {
  const { inScope } = registerSteps(clock);
  return {
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
    /**
     * Edits a station; what changed goes into the audit log (before and after), the counts move on the day given. The
     * opening day is corrected here too (`stations.register.opening.ts`).
     */
    async update(
      actor: Actor,
      id: number,
      input: StationInput & { status: 'open' | 'closed'; effectiveOn?: string; openedOn?: string },
    ) {
      return db.tx(async (sql) => {
        const s = await inScope(sql, actor, id, 'stations.write');
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'stations.write', { orgPath: org.path });
        const fields = clean(input);
        const opening = await correctOpening(sql, actor, s, input.openedOn, clock());
        const openedOn = opening?.day ?? s.openedOn;
        const before: Record<string, unknown> = {};
        const after: Record<string, unknown> = {};
        const next = { ...fields, orgId: org.id, status: input.status, openedOn };
        for (const [k, v] of Object.entries(next)) {
          const old = (s as unknown as Record<string, unknown>)[k];
          if (JSON.stringify(old) !== JSON.stringify(v)) {
            before[k] = old;
            after[k] = v;
          }
        }
        if (!Object.keys(after).length) return { ok: true as const };
        const counts = opening?.counts ?? [];
        const moved = 'kind' in after || 'orgId' in after || 'status' in after;
        if (moved) {
          const day = effectiveDay(
            actor,
            input.effectiveOn,
            { zh: '变更', en: 'change' },
            [{ day: openedOn, name: { zh: '开放日期', en: 'opening day' } }],
            { now: clock() },
          ).day;
          if (s.status === 'open')
            counts.push({ subject: 'stations.stations', orgId: s.orgId, on: day, dim: s.kind, n: -1 });
          if (input.status === 'open')
            counts.push({ subject: 'stations.stations', orgId: org.id, on: day, dim: fields.kind, n: 1 });
          await markStationChanged(sql, s.id, day);
          after.effectiveOn = day;
        }
        if (counts.length) await addCounts(sql, counts);
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
  };
}
