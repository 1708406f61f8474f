import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { recordAudit } from '../audit/index.ts';
import { visitsOfPersons } from '../care/index.ts';
import { hardshipFilesOfPersons } from '../hardship/index.ts';
import { findStudiosByIds } from '../innovation/index.ts';
import { subtreeAsked } from '../org/index.ts';
import { applicationsOfPersons } from '../programs/index.ts';
import { selectionAwardsOfPersons } from '../records/index.ts';
import { listHonours, listModelWorkers } from './modelworkers.repository.ts';
import { modelWorkerSteps, shown } from './modelworkers.steps.ts';
import { countRegistered, findUnlistedMembers } from './modelworkers.unlisted.repository.ts';
import type { Health, Level, Status } from './modelworkers.vocabulary.ts';

/** How many of the members missing from the register are listed (all are counted). */
const UNLISTED_SHOWN = 200;

/** Model workers as listed and read. */
export function createModelWorkerReading(db: Db) {
  const { inScope } = modelWorkerSteps();
  return {
    async list(
      actor: Actor,
      q: {
        orgId?: number;
        level?: Level;
        health?: Health;
        status?: Status;
        q?: string;
        page?: number;
        pageSize?: number;
      },
    ) {
      return db.tx(async (sql) => {
        const path = await subtreeAsked(sql, actor, q.orgId, 'modelworkers.read');
        const pageSize = q.pageSize ?? 20;
        const { total, items } = await listModelWorkers(sql, {
          path,
          level: q.level,
          health: q.health,
          status: q.status,
          q: q.q?.trim() || undefined,
          limit: pageSize,
          offset: ((q.page ?? 1) - 1) * pageSize,
        });
        const studios = await findStudiosByIds(
          sql,
          items.flatMap((m) => (m.studioId ? [m.studioId] : [])),
        );
        return {
          total,
          items: items.map((m) => ({
            ...shown(m),
            studio: m.studioId ? (studios.get(m.studioId)?.name ?? null) : null,
          })),
        };
      });
    },
    /**
     * The members of a union's subtree whom the members list counts as 劳模 (their record gives a level) and the
     * register does not hold: the two registers' difference, for the clerk to reconcile. The first 200 by name.
     */
    async unlistedMembers(actor: Actor, q: { orgId?: number }) {
      return db.tx(async (sql) => {
        const path = await subtreeAsked(sql, actor, q.orgId, 'modelworkers.read');
        const unlisted = await findUnlistedMembers(sql, path, UNLISTED_SHOWN);
        return { ...unlisted, registered: await countRegistered(sql, path) };
      });
    },
    /**
     * A model worker with their titles, studio, and — through the person — hardship file, visits, program
     * applications and the selection awards not yet on the register. The read is audited (personal data).
     */
    async get(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const m = await inScope(sql, actor, id, 'modelworkers.read');
        const honours = (await listHonours(sql, [m.id])).get(m.id) ?? [];
        const studio = m.studioId
          ? ((await findStudiosByIds(sql, [m.studioId])).get(m.studioId) ?? null)
          : null;
        const persons = m.personId ? [m.personId] : [];
        const files = await hardshipFilesOfPersons(sql, persons);
        const visits = await visitsOfPersons(sql, persons);
        const applications = await applicationsOfPersons(sql, persons);
        const held = new Set(honours.flatMap((h) => (h.recordId ? [h.recordId] : [])));
        const awards = (await selectionAwardsOfPersons(sql, persons)).filter((a) => !held.has(a.id));
        await recordAudit(sql, actor, {
          action: 'modelworker.read',
          entity: 'modelworker',
          entityId: m.id,
          orgId: m.orgId,
        });
        return {
          ...shown(m),
          honours,
          studio: studio && {
            id: studio.id,
            name: studio.name,
            level: studio.level,
            orgName: studio.orgName,
          },
          hardshipFile: files[0] ?? null,
          visits: visits.map(({ personId: _p, ...v }) => v),
          applications: applications.map(({ personId: _p, ...a }) => a),
          selectionAwards: awards.map(({ personId: _p, ...a }) => a),
        };
      });
    },
  };
}
