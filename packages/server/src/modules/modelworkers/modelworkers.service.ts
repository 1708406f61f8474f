import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import type { PeriodAsked } from '../../shared/period.ts';
import { recordAudit } from '../audit/index.ts';
import { visitsOfPersons } from '../care/index.ts';
import { hardshipFilesOfPersons } from '../hardship/index.ts';
import { findStudiosByIds, listStudioChoices } from '../innovation/index.ts';
import { getOrgInScope } from '../org/index.ts';
import {
  findPersonIdByHash,
  type IdProtector,
  maskIdNumber,
  parseIdNumber,
  raiseModelWorkerLevels,
} from '../people/index.ts';
import { applicationsOfPersons } from '../programs/index.ts';
import { selectionAwardsOfPersons } from '../records/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import {
  err,
  type Health,
  highestLevel,
  type Level,
  MODEL_WORKER,
  type Status,
} from './modelworkers.errors.ts';
import { checkHonours, type HonourInput } from './modelworkers.honours.ts';
import {
  findModelWorker,
  type HonourInsert,
  insertHonours,
  insertModelWorkers,
  linkedLevels,
  listHonours,
  listModelWorkers,
  type ModelWorkerInsert,
  type ModelWorkerRow,
  setLevel,
  updateModelWorker,
} from './modelworkers.repository.ts';
import { getModelWorkerStats, modelWorkerStatsXlsx } from './modelworkers.stats.ts';
import { checkStatusDay, levelMove, registerCounts } from './modelworkers.status.ts';
import { changeStatus } from './modelworkers.status-change.ts';

/**
 * The register of model workers (劳模, issue 28): who holds which title of which level and year, their union, contact
 * and health, the studio they lead, and — through the person when they are a member — their hardship file, the
 * visits made to them (care) and their program applications (health checks, pension top-ups). Counted in the
 * reporting layer: `modelworkers.workers`, a state by level (dim) on the day registered, moved when a higher title
 * comes; `modelworkers.honours`, a flow on 1 January of each title's year (dim level, dim2 kind).
 */
export type { HonourInput };

export interface ModelWorkerInput {
  orgId: number;
  name: string;
  gender?: 'male' | 'female' | null;
  idNumber?: string | null;
  employer?: string | null;
  phone?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  health?: Health;
  healthNote?: string | null;
  studioId?: number | null;
  note?: string | null;
  registeredOn?: string;
  /** 在职, 退休, 已故 (default active) and the day it changed, where known. */
  status?: Status;
  statusOn?: string | null;
  honours: HonourInput[];
}

export type ModelWorkerPatch = Partial<
  Pick<
    ModelWorkerInput,
    | 'employer'
    | 'phone'
    | 'contactName'
    | 'contactPhone'
    | 'health'
    | 'healthNote'
    | 'studioId'
    | 'note'
    | 'status'
    | 'statusOn'
  >
>;

const trimOrNull = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/** What a stored model worker shows: never the ID cipher. */
const shown = ({ idCipher: _c, orgPath: _p, ...r }: ModelWorkerRow) => r;

export function createModelWorkersService(db: Db, ids: IdProtector, clock: Clock) {
  async function inScope(
    sql: Sql,
    actor: Actor,
    id: number,
    permission: 'modelworkers.read' | 'modelworkers.write',
  ) {
    const m = await findModelWorker(sql, id, permission === 'modelworkers.write');
    if (!m) throw notFound(MODEL_WORKER);
    requireAccess(actor, permission, { orgPath: m.orgPath });
    return m;
  }

  /** A studio the actor may link: active, in their subtree. */
  async function checkStudio(sql: Sql, actor: Actor, studioId: number | null | undefined) {
    if (!studioId) return null;
    const s = (await findStudiosByIds(sql, [studioId])).get(studioId);
    if (!s || !canAccess(actor, 'modelworkers.write', { orgPath: s.orgPath }))
      throw err(
        'invalid',
        'MODELWORKER_STUDIO_UNKNOWN',
        '未找到本工会范围内的这个创新工作室',
        'No innovation studio of your unions has this id',
        'studioId',
      );
    return s;
  }

  return {
    /** The statistics over a period, as of the service's day (what "this year" means). */
    stats: (actor: Actor, q: { orgId?: number } & PeriodAsked) =>
      getModelWorkerStats(db, actor, q, todayInChina(clock())),
    exportStats: (actor: Actor, q: { orgId?: number } & PeriodAsked) =>
      modelWorkerStatsXlsx(db, actor, q, todayInChina(clock())),
    /** Registers a model worker with their titles (at least one), on a day (default today; past with backdate). */
    async register(actor: Actor, input: ModelWorkerInput) {
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'modelworkers.write', { orgPath: org.path });
        const day = effectiveDay(actor, input.registeredOn, { zh: '登记', en: 'registration' }, [], {
          field: 'registeredOn',
          now: clock(),
        }).day;
        let id: {
          cipher: string;
          hash: string;
          lookups: string[];
          masked: string;
          gender: 'male' | 'female';
        } | null = null;
        if (input.idNumber?.trim()) {
          const parsed = parseIdNumber(input.idNumber, day);
          if (!parsed.ok)
            throw err(
              'invalid',
              'MODELWORKER_ID_INVALID',
              '身份证号码不正确',
              'The ID number is not valid',
              'idNumber',
            );
          const n = parsed.value.number;
          id = {
            cipher: ids.encrypt(n),
            hash: ids.hash(n),
            lookups: ids.lookups(n),
            masked: maskIdNumber(n),
            gender: parsed.value.gender,
          };
        }
        const personId = id ? ((await findPersonIdByHash(sql, id.lookups)) ?? null) : null;
        await checkStudio(sql, actor, input.studioId);
        const today = todayInChina(clock());
        const status = input.status ?? 'active';
        const statusOn = status === 'active' ? null : checkStatusDay(input.statusOn, today, null);
        const honours = await checkHonours(sql, personId, input.honours);
        const level = highestLevel(honours.map((h) => h.level));
        const row: ModelWorkerInsert = {
          orgId: org.id,
          personId: personId === null ? null : Number(personId),
          name: input.name.trim(),
          gender: id?.gender ?? input.gender ?? null,
          idCipher: id?.cipher ?? null,
          idHash: id?.hash ?? null,
          idMasked: id?.masked ?? null,
          employer: trimOrNull(input.employer),
          phone: trimOrNull(input.phone),
          contactName: trimOrNull(input.contactName),
          contactPhone: trimOrNull(input.contactPhone),
          health: input.health ?? 'good',
          healthNote: trimOrNull(input.healthNote),
          level,
          studioId: input.studioId ?? null,
          note: trimOrNull(input.note),
          registeredOn: day,
          status,
          statusOn,
          statusRecordedOn: status === 'active' ? null : today,
          createdBy: actor.userId || null,
        };
        const [created] = await insertModelWorkers(sql, [row]);
        if (!created)
          throw err(
            'conflict',
            'MODELWORKER_DUPLICATE',
            `${row.name}已在劳模名册中`,
            `${row.name} is on the model workers register already`,
            'idNumber',
          );
        await insertHonours(
          sql,
          honours.map((h) => ({ ...h, modelWorkerId: created, orgId: org.id, createdBy: row.createdBy })),
        );
        await addCounts(
          sql,
          registerCounts(org.id, day, level, honours, { status, statusOn, statusRecordedOn: today }),
        );
        await raiseModelWorkerLevels(sql, await linkedLevels(sql, [created]));
        await recordAudit(sql, actor, {
          action: 'modelworker.register',
          entity: 'modelworker',
          entityId: created,
          orgId: org.id,
          after: {
            name: row.name,
            level,
            registeredOn: day,
            status,
            statusOn,
            titles: honours.map((h) => `${h.year} ${h.title}`),
          },
        });
        return { id: created };
      });
    },

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
        const id = q.orgId ?? actor.orgId;
        const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'modelworkers.read', { orgPath: path });
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

    /**
     * Corrects contact, health, studio and note, and records a change of status (在职, 退休, 已故) with its day where
     * known, moving the counts on that day; one audit row with what changed.
     */
    async update(actor: Actor, id: number, patch: ModelWorkerPatch) {
      return db.tx(async (sql) => {
        const m = await inScope(sql, actor, id, 'modelworkers.write');
        if (patch.studioId !== undefined) await checkStudio(sql, actor, patch.studioId);
        const { status, statusOn, ...fields } = patch;
        const clean: Record<string, unknown> = {};
        const before: Record<string, unknown> = {};
        const moved = changeStatus(m, status, statusOn, todayInChina(clock()));
        if (moved) {
          Object.assign(clean, moved.after);
          Object.assign(before, moved.before);
        }
        for (const [k, v] of Object.entries(fields)) {
          if (v === undefined) continue;
          const value = typeof v === 'string' ? trimOrNull(v) : v;
          const was = (m as unknown as Record<string, unknown>)[k];
          if (value === was) continue;
          clean[k] = k === 'health' ? (value ?? 'good') : value;
          before[k] = was;
        }
        if (!Object.keys(clean).length) return { id, changed: 0 };
        await updateModelWorker(sql, id, clean);
        if (moved) await addCounts(sql, moved.deltas);
        await recordAudit(sql, actor, {
          action: 'modelworker.update',
          entity: 'modelworker',
          entityId: id,
          orgId: m.orgId,
          before,
          after: clean,
        });
        return { id, changed: Object.keys(clean).length };
      });
    },

    /** Adds a title; a higher level moves the model worker's count to it on the day recorded. */
    async addHonour(actor: Actor, id: number, honour: HonourInput, effectiveOn?: string) {
      return db.tx(async (sql) => {
        const m = await inScope(sql, actor, id, 'modelworkers.write');
        const day = effectiveDay(
          actor,
          effectiveOn,
          { zh: '记录', en: 'record' },
          [{ day: m.registeredOn, name: { zh: '登记日期', en: 'registration date' } }],
          { now: clock() },
        ).day;
        const [h] = await checkHonours(sql, m.personId, [honour]);
        const added = await insertHonours(sql, [
          { ...h, modelWorkerId: m.id, orgId: m.orgId, createdBy: actor.userId || null } as HonourInsert,
        ]);
        if (!added.length)
          throw err(
            'conflict',
            'MODELWORKER_HONOUR_DUPLICATE',
            `${m.name}已有${h.year}年「${h.title}」`,
            `${m.name} holds ${h.year} "${h.title}" already`,
            'title',
          );
        const level = highestLevel([m.level, h.level]);
        const deltas: CountDelta[] = [
          {
            subject: 'modelworkers.honours',
            orgId: m.orgId,
            on: `${h.year}-01-01`,
            dim: h.level,
            dim2: h.kind,
            n: 1,
          },
        ];
        if (level !== m.level) {
          await setLevel(sql, m.id, level);
          deltas.push(...levelMove(m.orgId, m.level, level, m.status, day));
          await raiseModelWorkerLevels(sql, await linkedLevels(sql, [m.id]));
        }
        await addCounts(sql, deltas);
        await recordAudit(sql, actor, {
          action: 'modelworker.honour.add',
          entity: 'modelworker',
          entityId: m.id,
          orgId: m.orgId,
          after: { title: h.title, year: h.year, level: h.level, source: h.source, effectiveOn: day },
        });
        return { id: m.id, level };
      });
    },

    /** Active studios of the actor's subtree by name, for linking the one a model worker leads. */
    async studioChoices(actor: Actor, q?: string) {
      requireAccess(actor, 'modelworkers.read');
      if (!actor.scopePath) return [];
      return db.tx((sql) => listStudioChoices(sql, actor.scopePath as string, q?.trim() || undefined));
    },
  };
}

export type ModelWorkersService = ReturnType<typeof createModelWorkersService>;
