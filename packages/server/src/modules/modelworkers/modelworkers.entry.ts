import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope } from '../org/index.ts';
import {
  findIdCipher,
  findPersonById,
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
  /**
   * The ID number of the member to link (`personId`), read from their record: an active member of a union the actor
   * registers for, else 404 as for a member that does not exist. An ID number typed as well must be theirs.
   */
  const memberIdNumber = async (
    sql: Sql,
    actor: Actor,
    personId: number,
    typed: string | null | undefined,
    day: string,
  ) => {
    const person = await findPersonById(sql, personId);
    if (!person?.orgPath) throw notYours();
    requireAccess(actor, 'modelworkers.write', { orgPath: person.orgPath });
    const number = ids.decrypt(await findIdCipher(sql, personId));
    if (typed?.trim()) {
      const parsed = parseIdNumber(typed, day);
      // a number that is no ID number at all is refused as such, by the register's own check
      if (!parsed.ok) return typed;
      if (parsed.value.number !== number)
        throw err(
          'invalid',
          'MODELWORKER_PERSON_MISMATCH',
          `身份证号与所选会员（${person.name}）的不符`,
          `The ID number is not that of the member picked (${person.name})`,
          'idNumber',
        );
    }
    return number;
  };
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
        const number = input.personId
          ? await memberIdNumber(sql, actor, input.personId, input.idNumber, day)
          : input.idNumber;
        if (number?.trim()) {
          const parsed = parseIdNumber(number, day);
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
