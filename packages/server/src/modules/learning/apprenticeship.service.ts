import { type Actor, requireAccess } from '../../access/access.ts';
import { type Db, isUniqueViolation, type Sql } from '../../db/db.ts';
import type { Capped } from '../../shared/capped.ts';
import { recordAudit } from '../audit/index.ts';
import { getPersonInScope } from '../people/index.ts';
import {
  answerRequest,
  findFederationMasterPerson,
  findMaster,
  findRequest,
  insertMasterRow,
  insertRequest,
  listFederationMasters,
  listMasterRows,
  listRequestsOfPerson,
  lockRequest,
} from './apprenticeship.repository.ts';
import { learningError, MASTER, missing, REQUEST } from './learning.errors.ts';
import { getWorkerUnion } from './learning.lookup.ts';
import type { RequestRow } from './learning.schemas.ts';

/** Designates a member as a master (no access check: the caller has made it). */
export async function insertMaster(
  sql: Sql,
  input: { personId: number; orgId: number; title: string; speciality: string },
  userId: number | null,
): Promise<number> {
  try {
    return await insertMasterRow(sql, { ...input, speciality: input.speciality.trim() }, userId);
  } catch (e) {
    if (isUniqueViolation(e))
      throw learningError(
        'LEARNING_DUPLICATE',
        { zh: '该职工已是劳模工匠导师', en: 'This member is a master already' },
        { field: 'personId' },
      );
    throw e;
  }
}

export function createApprenticeshipService(db: Db) {
  return {
    /** The masters of the actor's subtree: at most the first 500, and how many there are in all. */
    async listMasters(actor: Actor) {
      requireAccess(actor, 'learning.read');
      return listMasterRows(db, actor);
    },

    async designateMaster(actor: Actor, input: { personId: number; title: string; speciality: string }) {
      return db.tx(async (sql) => {
        const person = await getPersonInScope(sql, actor, input.personId);
        const orgId = Number(person.orgId);
        requireAccess(actor, 'learning.write', { orgPath: person.orgPath });
        const id = await insertMaster(sql, { ...input, orgId }, actor.userId || null);
        const master = await findMaster(sql, id);
        await recordAudit(sql, actor, {
          action: 'learning.master.designate',
          entity: 'master',
          entityId: id,
          orgId,
          after: master,
        });
        return master;
      });
    },

    /**
     * The masters a worker may ask: those of the worker's whole federation (the top union's subtree), at most
     * the first 200, and how many there are in all.
     */
    async myMasters(actor: Actor) {
      const me = await getWorkerUnion(db, actor);
      const root = me.path.split('/').slice(0, 2).join('/');
      return listFederationMasters(db, root, me.personId);
    },

    async ask(actor: Actor, input: { masterId: number; kind: string; text: string }): Promise<RequestRow> {
      return db.tx(async (sql) => {
        const me = await getWorkerUnion(sql, actor);
        const root = me.path.split('/').slice(0, 2).join('/');
        const masterPerson = await findFederationMasterPerson(sql, input.masterId, root);
        if (masterPerson === undefined || masterPerson === me.personId) throw missing(MASTER, input.masterId);
        const made = await insertRequest(sql, {
          personId: me.personId,
          masterId: input.masterId,
          kind: input.kind,
          text: input.text.trim(),
        });
        return findRequest(sql, made, me.personId);
      });
    },

    /** The requests I asked and those addressed to me as a master, newest first (at most 200, and the total). */
    async myRequests(actor: Actor): Promise<Capped<RequestRow>> {
      if (actor.personId === null) return { items: [], total: 0 };
      return listRequestsOfPerson(db, actor.personId);
    },

    /** The master answers (and accepts or declines an apprenticeship request) on the phone. */
    async answer(actor: Actor, id: number, input: { answer: string; decision?: 'accept' | 'decline' }) {
      return db.tx(async (sql) => {
        const req = await lockRequest(sql, id);
        if (!req || actor.personId === null || Number(req.masterPerson) !== actor.personId)
          throw missing(REQUEST, id);
        if (req.status !== 'open')
          throw learningError(
            'LEARNING_ALREADY_ANSWERED',
            { zh: '该请求已答复', en: 'Already answered' },
            { id },
          );
        const status =
          req.kind === 'apprentice' ? (input.decision === 'decline' ? 'declined' : 'accepted') : 'answered';
        await answerRequest(sql, id, input.answer.trim(), status);
        return findRequest(sql, id, actor.personId);
      });
    },
  };
}

export type ApprenticeshipService = ReturnType<typeof createApprenticeshipService>;
