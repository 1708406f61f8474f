import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';

/**
 * SQL for application_events, an application's history. Every step of an application's life writes here —
 * intake, review, materials, payment and reversal — so it sits beside the program kernel, not in one area.
 */
export async function insertEvent(
  sql: Sql,
  actor: Actor | null,
  e: {
    applicationId: number;
    action: string;
    step?: number | null;
    orgId?: number | null;
    reason?: string | null;
    data?: unknown;
  },
) {
  await sql.query(
    `insert into application_events (application_id, action, step, org_id, reason, data, user_id, username,
       actor_name, actor_org_id)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10)`,
    [
      e.applicationId,
      e.action,
      e.step ?? null,
      e.orgId ?? null,
      e.reason ?? null,
      e.data === undefined ? null : JSON.stringify(e.data),
      actor?.userId ?? null,
      actor?.username ?? null,
      actor?.displayName ?? null,
      actor?.orgId ?? null,
    ],
  );
}

export interface ApplicationEvent {
  id: number;
  action: string;
  step: number | null;
  orgId: number | null;
  orgName: string | null;
  reason: string | null;
  data: unknown;
  /** Who acted, by name, and the union they acted for (null for a worker acting for themself). */
  actorName: string | null;
  actorOrgName: string | null;
  at: Date;
}

export async function listEvents(sql: Sql, applicationId: number): Promise<ApplicationEvent[]> {
  const { rows } = await sql.query<ApplicationEvent>(
    `select e.id, e.action, e.step, e.org_id as "orgId", o.name as "orgName", e.reason, e.data,
            e.actor_name as "actorName", ao.name as "actorOrgName", e.at
       from application_events e left join orgs o on o.id = e.org_id left join orgs ao on ao.id = e.actor_org_id
      where e.application_id = $1 order by e.id`,
    [applicationId],
  );
  return rows;
}
