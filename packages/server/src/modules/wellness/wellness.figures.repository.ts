import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import type { WellnessKind } from './wellness.repository.ts';

/**
 * What happened to the nominations of unions in a subtree (of one batch, or of every batch), each on its day
 * (ADR 55, issue 41): a nomination on the day it was made, a substitution and a withdrawal on the day the place
 * changed hands or was given back, attendance and a no-show on the batch's first day (as `wellness.used` is
 * counted). The batch's page and the statistics read these rows and add them up with `addFigures`.
 */
export type NominationEvent = 'nominated' | 'substituted' | 'withdrawn' | 'attended' | 'noShows';

export interface NominationEventRow {
  event: NominationEvent;
  orgId: number;
  kind: WellnessKind;
  on: string;
  n: number;
}

export async function countNominationEvents(
  sql: Sql,
  f: { path: string; batchId?: number; from?: string; to?: string },
): Promise<NominationEventRow[]> {
  const { rows } = await sql.query<NominationEventRow>(
    `with n as (
       select n.org_id, p.kind, n.status, n.attendance, n.nominated_on, coalesce(n.ended_on, n.nominated_on) as ended_on,
              b.starts_on
         from wellness_nominations n join wellness_batches b on b.id = n.batch_id
         join wellness_programs p on p.id = b.program_id join orgs o on o.id = n.org_id
        where o.path like $1 and ($2::bigint is null or n.batch_id = $2::bigint)),
     e as (
       select org_id, kind, 'nominated' as event, nominated_on as on_day from n
       union all
       select org_id, kind, case status when 'replaced' then 'substituted' else 'withdrawn' end, ended_on from n
        where status <> 'nominated'
       union all
       select org_id, kind, case attendance when 'attended' then 'attended' else 'noShows' end, starts_on from n
        where status = 'nominated' and attendance is not null)
     select event, org_id::int as "orgId", kind, to_char(on_day, 'YYYY-MM-DD') as "on", count(*)::int as n
       from e
      where ($3::date is null or on_day >= $3::date) and ($4::date is null or on_day <= $4::date)
      group by event, org_id, kind, on_day
      order by on_day, org_id`,
    [subtreePattern(f.path), f.batchId ?? null, f.from ?? null, f.to ?? null],
  );
  return rows;
}

/** Distinct workers who went to batches starting in [from, to], by allocated union in the subtree. */
export async function distinctServed(sql: Sql, path: string, from: string, to: string) {
  const { rows } = await sql.query<{ people: number; recorded: number }>(
    `select (select count(distinct n.person_id)::int from wellness_nominations n
               join wellness_batches b on b.id = n.batch_id join orgs o on o.id = n.org_id
              where o.path like $1 and b.starts_on between $2::date and $3::date
                and n.status = 'nominated' and n.attendance = 'attended') as people,
            (select coalesce(sum(a.recorded_used), 0)::int from wellness_allocations a
               join wellness_batches b on b.id = a.batch_id join orgs o on o.id = a.org_id
              where o.path like $1 and b.starts_on between $2::date and $3::date) as recorded`,
    [subtreePattern(path), from, to],
  );
  return rows[0];
}
