import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope } from '../org/index.ts';
import {
  findPersonIdByHash,
  ID_PROBLEM_TEXT,
  type IdProtector,
  maskIdNumber,
  parseIdNumber,
  raiseModelWorkerLevels,
} from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import { err, highestLevel } from './modelworkers.errors.ts';
import { checkHonours } from './modelworkers.honours.ts';
import {
  insertHonours,
  insertModelWorkers,
  linkedLevels,
  type ModelWorkerInsert,
} from './modelworkers.repository.ts';
import { checkStatusDay, registerCounts } from './modelworkers.status.ts';
import { type ModelWorkerInput, modelWorkerSteps, trimOrNull } from './modelworkers.steps.ts';

/** Registering a model worker with their titles. */
export function createModelWorkerEntry(db: Db, ids: IdProtector, clock: Clock) {
  const { checkStudio } = modelWorkerSteps();
  return {
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
          if (!parsed.ok) {
            // a form's one field: what is wrong with the number, as the member form says it
            const why = ID_PROBLEM_TEXT[parsed.problem];
            throw err('invalid', 'MODELWORKER_ID_INVALID', why.zh, why.en, 'idNumber');
          }
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
  };
}
