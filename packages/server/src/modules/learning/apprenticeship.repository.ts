import { type Actor, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { APPRENTICESHIP_CAP } from './learning.caps.ts';
import type { MasterRow, RequestRow } from './learning.schemas.ts';

/*
 * Masters and requests are read with the names of the persons they concern, from people's `persons` (to move
 * behind people's index when table ownership is settled).
 */
const MASTER_COLUMNS = `m.id, m.person_id as "personId", p.name, o.name as "orgName", m.title, m.speciality`;
const MASTER_FROM = 'learning_masters m join persons p on p.id = m.person_id join orgs o on o.id = m.org_id';
const REQUEST_COLUMNS = (me: string) => `r.id, r.kind, r.text, r.answer, r.status, a.name as "askerName",
  mp.name as "masterName", r.created_at as "createdAt", r.answered_at as "answeredAt", (r.person_id = ${me}) as mine`;
const REQUEST_FROM = `learning_requests r join persons a on a.id = r.person_id
  join learning_masters m on m.id = r.master_id join persons mp on mp.id = m.person_id`;

/** Inserts a master (a person already one raises the database's unique violation); its id. */
export async function insertMasterRow(
  sql: Sql,
  input: { personId: number; orgId: number; title: string; speciality: string },
  userId: number | null,
): Promise<number> {
  return insertRow(sql, 'learning_masters', 'person_id, org_id, title, speciality, created_by', {
    ...input,
    createdBy: userId,
  });
}

/** A request as `personId` sees it (`mine` when they asked it). */
export async function findRequest(sql: Sql, id: number, personId: number): Promise<RequestRow> {
  const { rows } = await sql.query<RequestRow>(
    `select ${REQUEST_COLUMNS('$2')} from ${REQUEST_FROM} where r.id = $1`,
    [id, personId],
  );
  return rows[0];
}

/** The masters of the actor's subtree. */
export async function listMasterRows(sql: Sql, actor: Actor) {
  const params: unknown[] = [];
  const { rows } = await sql.query<MasterRow & { countAll: number }>(
    `select ${MASTER_COLUMNS}, ${COUNT_ALL} from ${MASTER_FROM} where ${subtreeCondition(actor, 'o.path', params)}
     order by m.id limit ${APPRENTICESHIP_CAP.masters}`,
    params,
  );
  return capped(rows);
}

export async function findMaster(sql: Sql, id: number): Promise<MasterRow> {
  const { rows } = await sql.query<MasterRow>(
    `select ${MASTER_COLUMNS} from ${MASTER_FROM} where m.id = $1`,
    [id],
  );
  return rows[0];
}

/** The masters of the federation whose top union's path is `root`, other than the person. */
export async function listFederationMasters(sql: Sql, root: string, exceptPersonId: number) {
  const { rows } = await sql.query<MasterRow & { countAll: number }>(
    `select ${MASTER_COLUMNS}, ${COUNT_ALL} from ${MASTER_FROM} where o.path like $1 and m.person_id <> $2
     order by m.id limit ${APPRENTICESHIP_CAP.federationMasters}`,
    [`${root}/%`, exceptPersonId],
  );
  return capped(rows);
}

/** The person a master of the federation whose top union's path is `root` is, when there is that master. */
export async function findFederationMasterPerson(
  sql: Sql,
  masterId: number,
  root: string,
): Promise<number | undefined> {
  const { rows } = await sql.query<{ personId: number }>(
    `select m.person_id as "personId" from ${MASTER_FROM} where m.id = $1 and o.path like $2`,
    [masterId, `${root}/%`],
  );
  return rows[0] && Number(rows[0].personId);
}

/** Inserts an open request; its id. */
export async function insertRequest(
  sql: Sql,
  r: { personId: number; masterId: number; kind: string; text: string },
): Promise<number> {
  return insertRow(sql, 'learning_requests', 'person_id, master_id, kind, text', r);
}

/** The requests a person asked and those addressed to them as a master, newest first. */
export async function listRequestsOfPerson(sql: Sql, personId: number) {
  const { rows } = await sql.query<RequestRow & { countAll: number }>(
    `select ${REQUEST_COLUMNS('$1')}, ${COUNT_ALL} from ${REQUEST_FROM} where r.person_id = $1 or m.person_id = $1
     order by r.id desc limit ${APPRENTICESHIP_CAP.requests}`,
    [personId],
  );
  return capped(rows);
}

/** The request locked for its answer, with its master's person. */
export async function lockRequest(
  sql: Sql,
  id: number,
): Promise<{ masterPerson: number; kind: string; status: string } | undefined> {
  const { rows } = await sql.query<{ masterPerson: number; kind: string; status: string }>(
    `select m.person_id as "masterPerson", r.kind, r.status from learning_requests r
     join learning_masters m on m.id = r.master_id where r.id = $1 for update of r`,
    [id],
  );
  return rows[0];
}

export async function answerRequest(sql: Sql, id: number, answer: string, status: string): Promise<void> {
  await sql.query(
    `update learning_requests set answer = $2, status = $3, answered_at = now() where id = $1`,
    [id, answer, status],
  );
}
