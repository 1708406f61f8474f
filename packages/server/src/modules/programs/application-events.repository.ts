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
    /** The day it took effect (China time) when recorded after the fact; default the day it is entered. */
    effectiveOn?: string | null;
  },
) {
  await sql.query(
    `insert into application_events (application_id, action, step, org_id, reason, data, user_id, username,
       actor_name, actor_org_id, effective_on)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10,
             coalesce($11::date, ((now() at time zone 'UTC') + interval '8 hours')::date))`,
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
      e.effectiveOn ?? null,
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
  /** The moment it was entered. */
  at: Date;
  /** The day it took effect (China time): before `at`'s day when recorded after the fact (补录). */
  effectiveOn: string;
}

export async function listEvents(sql: Sql, applicationId: number): Promise<ApplicationEvent[]> {
  const { rows } = await sql.query<ApplicationEvent>(
    `select e.id, e.action, e.step, e.org_id as "orgId", o.name as "orgName", e.reason, e.data,
            e.actor_name as "actorName", ao.name as "actorOrgName", e.at,
            e.effective_on::text as "effectiveOn"
       from application_events e left join orgs o on o.id = e.org_id left join orgs ao on ao.id = e.actor_org_id
      where e.application_id = $1 order by e.id`,
    [applicationId],
  );
  return rows;
}

/**
 * The day of an application's latest submission or review step (a review decision may not precede it; a file
 * attached or a material waived later does not count).
 */
export async function lastStepDay(sql: Sql, applicationId: number): Promise<string | null> {
  const { rows } = await sql.query<{ day: string | null }>(
    `select max(effective_on)::text as day from application_events
      where application_id = $1 and action in ('submitted', 'resubmitted', 'approved_step', 'returned')`,
    [applicationId],
  );
  return rows[0]?.day ?? null;
}
