import type { Sql } from '../../../db/db.ts';
import { COUNT_ALL, capped } from '../../../shared/capped.ts';
import { LIVE, MY_CLAIMS_CAP } from './claims.repository.ts';

// The claim pages' reads: the worker's claims and one program's figures.

export interface MyClaimRow {
  programId: number;
  name: string;
  description: string | null;
  ownerOrgName: string;
  claimStartsAt: Date;
  claimEndsAt: Date;
  lottery: boolean;
  status: string;
  stock: number | null;
  used: number | null;
  applicationId: number | null;
  toCollect: boolean | null;
  entered: boolean;
  won: boolean | null;
  drawn: boolean;
  periodStart: string;
  periodEnd: string;
  periodUnit: 'year' | 'whole';
}

/**
 * The claim programs of the person's union and the unions above it: open, upcoming, or ended within the
 * 30 days before `now`, each with its usage and the person's own grant, entry and draw; the first `cap` and how
 * many there are in all. One query.
 */
export async function listClaimProgramsOf(
  sql: Sql,
  personId: number,
  now: Date,
  cap: number = MY_CLAIMS_CAP,
) {
  const { rows } = await sql.query<MyClaimRow & { countAll: number }>(
    `with me as (
       select o.path from memberships m join orgs o on o.id = m.org_id
        where m.person_id = $1 and m.status = 'active'
     )
     select g.id as "programId", g.name, g.description, oo.name as "ownerOrgName",
            g.claim_starts_at as "claimStartsAt", g.claim_ends_at as "claimEndsAt", g.lottery, g.status,
            g.quota as stock, g.period_start as "periodStart", g.period_end as "periodEnd",
            g.period_unit as "periodUnit",
            (select sum(u.quota_used) from program_usage u where u.program_id = g.id) as used,
            (select a.id from applications a
              where a.program_id = g.id and a.person_id = $1 and a.intake = 'claim' and a.status in ${LIVE}
              order by a.id desc limit 1) as "applicationId",
            (select a.amount_fen = 0 from applications a
              where a.program_id = g.id and a.person_id = $1 and a.intake = 'claim' and a.status = 'approved'
              order by a.id desc limit 1) as "toCollect",
            e.person_id is not null as entered, e.won,
            exists (select 1 from claim_draws d where d.program_id = g.id) as drawn, ${COUNT_ALL}
       from programs g
       join orgs oo on oo.id = g.owner_org_id
       join me on me.path like oo.path || '%'
       left join claim_entries e on e.program_id = g.id and e.person_id = $1
      where g.status in ('published', 'closed') and 'claim' = any(g.intake_modes)
        and g.claim_starts_at is not null and g.claim_ends_at > $2::timestamptz - interval '30 days'
      order by g.claim_starts_at desc, g.id
      limit ${Number(cap)}`,
    [personId, now],
  );
  return capped(rows);
}

/** A claim program's grants (live applications), entries and the period's usage. */
export async function findClaimTotals(sql: Sql, programId: number, periodKey: string) {
  const { rows } = await sql.query<{
    granted: number;
    people: number;
    first: Date | null;
    last: Date | null;
    entries: number;
    used: number | null;
  }>(
    `select count(*) as granted, count(distinct a.person_id) as people,
            min(a.created_at) as first, max(a.created_at) as last,
            (select count(*) from claim_entries e where e.program_id = $1) as entries,
            (select quota_used from program_usage where program_id = $1 and period_key = $2) as used
       from applications a
      where a.program_id = $1 and a.intake = 'claim' and a.status in ${LIVE}`,
    [programId, periodKey],
  );
  return rows[0];
}

export async function findDrawRecord(sql: Sql, programId: number) {
  const { rows } = await sql.query<{
    seed: string;
    entries: number;
    winners: number;
    entriesDigest: string;
    drawnAt: Date;
    drawnBy: string | null;
  }>(
    `select seed, entries, winners, entries_digest as "entriesDigest", drawn_at as "drawnAt",
            drawn_by_name as "drawnBy" from claim_draws where program_id = $1`,
    [programId],
  );
  return rows[0];
}

/**
 * Grants, redemptions and entries by the next level under the owner: the first path segment after the
 * owner's path, one row per child union (the owner's own under its id and name).
 */
export async function listClaimsByChildUnion(
  sql: Sql,
  programId: number,
  owner: { path: string; id: number; name: string },
) {
  const { rows } = await sql.query<{
    orgId: number;
    name: string;
    granted: number;
    redeemed: number;
    entries: number;
  }>(
    `with grants as (
       select split_part(substr(o.path, length($2) + 1), '/', 1) as child, count(*) as n
         from applications a join orgs o on o.id = a.org_id
        where a.program_id = $1 and a.intake = 'claim' and a.status in ${LIVE}
        group by 1
     ), ent as (
       select split_part(substr(o.path, length($2) + 1), '/', 1) as child, count(*) as n
         from claim_entries e join orgs o on o.id = e.org_id
        where e.program_id = $1
        group by 1
     ), red as (
       select split_part(substr(o.path, length($2) + 1), '/', 1) as child, count(*) as n
         from pickup_codes c join orgs o on o.id = c.org_id
        where c.program_id = $1 and c.redeemed_at is not null
        group by 1
     ), keys as (select child from grants union select child from ent)
     select coalesce(c.id, $3::bigint) as "orgId", coalesce(c.name, $4::text) as name,
            coalesce(g.n, 0) as granted, coalesce(r.n, 0)::int as redeemed, coalesce(e.n, 0) as entries
       from keys k
       left join grants g on g.child = k.child
       left join ent e on e.child = k.child
       left join red r on r.child = k.child
       left join orgs c on k.child <> '' and c.id = nullif(k.child, '')::bigint
      order by granted desc, entries desc, name`,
    [programId, owner.path, owner.id, owner.name],
  );
  return rows;
}
