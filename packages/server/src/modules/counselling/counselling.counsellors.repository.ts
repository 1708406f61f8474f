import { subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow, insertRowUnlessTaken } from '../../db/insert.ts';
import { conditions, selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { type CounsellorKind, LIST_CAP } from './counselling.repository.ts';

export interface CounsellorRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  userId: number | null;
  name: string;
  kind: CounsellorKind;
  qualification: string;
  onDuty: boolean;
  active: boolean;
  joinedOn: string;
  trainingHours: number;
  trainings: number;
  certificates: string[];
}

const COUNSELLOR = `c.id, c.org_id as "orgId", o.name as "orgName", o.path as "orgPath", c.user_id as "userId", c.name,
  c.kind, c.qualification, c.on_duty as "onDuty", c.active, c.joined_on as "joinedOn",
  coalesce((select sum(t.hours)::int from counselling_trainings t where t.counsellor_id = c.id), 0) as "trainingHours",
  (select count(*)::int from counselling_trainings t where t.counsellor_id = c.id) as trainings,
  coalesce((select array_agg(t.certificate order by t.effective_on) from counselling_trainings t
             where t.counsellor_id = c.id and t.certificate <> ''), '{}') as certificates`;

export async function insertCounsellor(
  sql: Sql,
  c: {
    orgId: number;
    userId: number | null;
    name: string;
    kind: CounsellorKind;
    qualification: string;
    onDuty: boolean;
    joinedOn: string;
  },
): Promise<number | null> {
  const columns = 'org_id, user_id, name, kind, qualification, on_duty, joined_on';
  return (await insertRowUnlessTaken(sql, 'counselling_counsellors', columns, c, '(user_id)')) ?? null;
}

/** Many volunteers at once (a union's register brought in), each with one training; returns their ids. */
export async function insertVolunteers(
  sql: Sql,
  v: {
    orgId: number;
    names: string[];
    joinedOn: string[];
    hours: number[];
    title: string;
    certificate: string;
  },
): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into counselling_counsellors (org_id, name, kind, joined_on)
     select $1, x.n, 'volunteer', x.d from unnest($2::text[], $3::date[]) with ordinality as x(n, d, i) order by x.i
     returning id`,
    [v.orgId, v.names, v.joinedOn],
  );
  const ids = rows.map((r) => Number(r.id));
  await sql.query(
    `insert into counselling_trainings (counsellor_id, org_id, title, hours, certificate, effective_on)
     select x.c, $1, $2, x.h, $3, x.d from unnest($4::bigint[], $5::int[], $6::date[]) as x(c, h, d)`,
    [v.orgId, v.title, v.certificate, ids, v.hours, v.joinedOn],
  );
  return ids;
}

const counsellorRows = selectFrom<CounsellorRow>(
  `${COUNSELLOR} from counselling_counsellors c join orgs o on o.id = c.org_id`,
);

export const findCounsellor = (sql: Sql, id: number) => counsellorRows.one(sql, 'c.id = $1', [id]);

export const findCounsellorByUser = (sql: Sql, userId: number) =>
  counsellorRows.one(sql, 'c.user_id = $1 and c.active', [userId]);

/** Counsellors and volunteers of a subtree, counsellors first, then by union and name. */
export async function listCounsellors(sql: Sql, path: string, kind?: CounsellorKind) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition({ path }, 'o.path', params));
  if (kind) add('c.kind = ?', kind);
  const { rows } = await sql.query<CounsellorRow & { countAll: number }>(
    `select ${COUNSELLOR}, ${COUNT_ALL} from counselling_counsellors c join orgs o on o.id = c.org_id
      where ${where.join(' and ')} order by c.kind, o.path, c.name, c.id limit ${LIST_CAP.counsellors}`,
    params,
  );
  return capped(rows);
}

export async function setOnDuty(sql: Sql, id: number, onDuty: boolean) {
  await sql.query('update counselling_counsellors set on_duty = $2 where id = $1', [id, onDuty]);
}

export async function insertTraining(
  sql: Sql,
  t: { counsellorId: number; orgId: number; title: string; hours: number; certificate: string; on: string },
) {
  return insertRow(
    sql,
    'counselling_trainings',
    'counsellor_id, org_id, title, hours, certificate, effective_on',
    {
      ...t,
      effectiveOn: t.on,
    },
  );
}

export async function listTrainings(sql: Sql, counsellorId: number) {
  const { rows } = await sql.query<{
    id: number;
    title: string;
    hours: number;
    certificate: string;
    effectiveOn: string;
  }>(
    `select id, title, hours, certificate, effective_on as "effectiveOn" from counselling_trainings
      where counsellor_id = $1 order by effective_on desc, id desc`,
    [counsellorId],
  );
  return rows;
}

/** The accounts of the counsellors on duty at the unions of a worker's chain (their union and those above). */
export async function dutyCounsellorUsers(sql: Sql, personOrgPath: string): Promise<number[]> {
  const { rows } = await sql.query<{ userId: number }>(
    `select c.user_id as "userId" from counselling_counsellors c join orgs o on o.id = c.org_id
      where c.kind = 'counsellor' and c.active and c.on_duty and c.user_id is not null
        and starts_with($1::text, o.path)`,
    [personOrgPath],
  );
  return rows.map((r) => Number(r.userId));
}
