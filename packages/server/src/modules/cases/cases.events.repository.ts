import type { Sql } from '../../db/db.ts';
import type { EventKind } from './cases.types.ts';

export interface EventRow {
  id: number;
  kind: EventKind;
  orgId: number;
  orgName: string;
  toOrgId: number | null;
  toOrgName: string | null;
  actorUserId: number | null;
  actorName: string | null;
  body: string | null;
  visible: boolean;
  at: string;
}

export async function addEvent(
  sql: Sql,
  e: {
    caseId: number;
    orgId: number;
    kind: EventKind;
    toOrgId?: number | null;
    actorUserId?: number | null;
    body?: string | null;
    visible: boolean;
    at?: string;
  },
): Promise<void> {
  await sql.query(
    `insert into case_events (case_id, org_id, kind, to_org_id, actor_user_id, body, visible, at)
     values ($1, $2, $3, $4, $5, $6, $7, coalesce($8::timestamptz, now()))`,
    [
      e.caseId,
      e.orgId,
      e.kind,
      e.toOrgId ?? null,
      e.actorUserId || null,
      e.body ?? null,
      e.visible,
      e.at ?? null,
    ],
  );
}

export async function listEvents(sql: Sql, caseId: number): Promise<EventRow[]> {
  const { rows } = await sql.query<EventRow>(
    `select e.id, e.kind, e.org_id as "orgId", o.name as "orgName", e.to_org_id as "toOrgId",
            t.name as "toOrgName", e.actor_user_id as "actorUserId", u.display_name as "actorName", e.body,
            e.visible, e.at
       from case_events e join orgs o on o.id = e.org_id left join orgs t on t.id = e.to_org_id
       left join users u on u.id = e.actor_user_id
      where e.case_id = $1 order by e.id`,
    [caseId],
  );
  return rows;
}
