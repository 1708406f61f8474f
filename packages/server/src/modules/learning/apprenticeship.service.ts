import { type Actor, requireAccess, subtreeCondition } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { recordAudit } from '../audit/index.ts';
import { getPersonInScope } from '../people/index.ts';
import { isUniqueViolation } from './learning.db.ts';
import { learningError, MASTER, missing, REQUEST } from './learning.errors.ts';
import { getWorkerUnion } from './learning.lookup.ts';
import type { MasterRow, RequestRow } from './learning.schemas.ts';

const MASTER_COLUMNS = `m.id, m.person_id as "personId", p.name, o.name as "orgName", m.title, m.speciality`;
const MASTER_FROM = 'learning_masters m join persons p on p.id = m.person_id join orgs o on o.id = m.org_id';
const REQUEST_COLUMNS = (me: string) => `r.id, r.kind, r.text, r.answer, r.status, a.name as "askerName",
  mp.name as "masterName", r.created_at as "createdAt", r.answered_at as "answeredAt", (r.person_id = ${me}) as mine`;
const REQUEST_FROM = `learning_requests r join persons a on a.id = r.person_id
  join learning_masters m on m.id = r.master_id join persons mp on mp.id = m.person_id`;

/** Designates a member as a master (no access check: the caller has made it). */
export async function insertMaster(
  sql: Sql,
  input: { personId: number; orgId: number; title: string; speciality: string },
  userId: number | null,
): Promise<number> {
  try {
    const { rows } = await sql.query<{ id: number }>(
      `insert into learning_masters (person_id, org_id, title, speciality, created_by) values ($1, $2, $3, $4, $5)
       returning id`,
      [input.personId, input.orgId, input.title, input.speciality.trim(), userId],
    );
    return rows[0].id;
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

async function findRequest(sql: Sql, id: number, personId: number): Promise<RequestRow> {
  const { rows } = await sql.query<RequestRow>(
    `select ${REQUEST_COLUMNS('$2')} from ${REQUEST_FROM} where r.id = $1`,
    [id, personId],
  );
  return rows[0];
}

export function createApprenticeshipService(db: Db) {
  return {
    async listMasters(actor: Actor): Promise<MasterRow[]> {
      requireAccess(actor, 'learning.read');
      const params: unknown[] = [];
      const { rows } = await db.query<MasterRow>(
        `select ${MASTER_COLUMNS} from ${MASTER_FROM} where ${subtreeCondition(actor, 'o.path', params)}
         order by m.id limit 500`,
        params,
      );
      return rows;
    },

    async designateMaster(actor: Actor, input: { personId: number; title: string; speciality: string }) {
      return db.tx(async (sql) => {
        const person = await getPersonInScope(sql, actor, input.personId);
        const orgId = Number(person.orgId);
        requireAccess(actor, 'learning.write', { orgPath: person.orgPath });
        const id = await insertMaster(sql, { ...input, orgId }, actor.userId || null);
        const { rows } = await sql.query<MasterRow>(
          `select ${MASTER_COLUMNS} from ${MASTER_FROM} where m.id = $1`,
          [id],
        );
        await recordAudit(sql, actor, {
          action: 'learning.master.designate',
          entity: 'master',
          entityId: id,
          orgId,
          after: rows[0],
        });
        return rows[0];
      });
    },

    /** The masters a worker may ask: those of the worker's whole federation (the top union's subtree). */
    async myMasters(actor: Actor): Promise<MasterRow[]> {
      const me = await getWorkerUnion(db, actor);
      const root = me.path.split('/').slice(0, 2).join('/');
      const { rows } = await db.query<MasterRow>(
        `select ${MASTER_COLUMNS} from ${MASTER_FROM} where o.path like $1 and m.person_id <> $2 order by m.id limit 200`,
        [`${root}/%`, me.personId],
      );
      return rows;
    },

    async ask(actor: Actor, input: { masterId: number; kind: string; text: string }): Promise<RequestRow> {
      return db.tx(async (sql) => {
        const me = await getWorkerUnion(sql, actor);
        const root = me.path.split('/').slice(0, 2).join('/');
        const { rows } = await sql.query<{ personId: number }>(
          `select m.person_id as "personId" from ${MASTER_FROM} where m.id = $1 and o.path like $2`,
          [input.masterId, `${root}/%`],
        );
        if (!rows[0] || Number(rows[0].personId) === me.personId) throw missing(MASTER, input.masterId);
        const { rows: made } = await sql.query<{ id: number }>(
          'insert into learning_requests (person_id, master_id, kind, text) values ($1, $2, $3, $4) returning id',
          [me.personId, input.masterId, input.kind, input.text.trim()],
        );
        return findRequest(sql, made[0].id, me.personId);
      });
    },

    /** The requests I asked and those addressed to me as a master, newest first. */
    async myRequests(actor: Actor): Promise<RequestRow[]> {
      if (actor.personId === null) return [];
      const { rows } = await db.query<RequestRow>(
        `select ${REQUEST_COLUMNS('$1')} from ${REQUEST_FROM} where r.person_id = $1 or m.person_id = $1
         order by r.id desc limit 200`,
        [actor.personId],
      );
      return rows;
    },

    /** The master answers (and accepts or declines an apprenticeship request) on the phone. */
    async answer(actor: Actor, id: number, input: { answer: string; decision?: 'accept' | 'decline' }) {
      return db.tx(async (sql) => {
        const { rows } = await sql.query<{ masterPerson: number; kind: string; status: string }>(
          `select m.person_id as "masterPerson", r.kind, r.status from learning_requests r
           join learning_masters m on m.id = r.master_id where r.id = $1 for update of r`,
          [id],
        );
        const req = rows[0];
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
        await sql.query(
          `update learning_requests set answer = $2, status = $3, answered_at = now() where id = $1`,
          [id, input.answer.trim(), status],
        );
        return findRequest(sql, id, actor.personId);
      });
    },
  };
}

export type ApprenticeshipService = ReturnType<typeof createApprenticeshipService>;
