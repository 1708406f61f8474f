import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { getProgramManaged } from '../program-admin.service.ts';
import { claimPeriodKey } from './claims.plan.ts';

const LIVE = `('submitted', 'returned', 'approved')`;

export type ClaimState = 'upcoming' | 'open' | 'sold_out' | 'ended' | 'drawn';
export type MyClaimResult = 'granted' | 'entered_lottery' | 'not_drawn' | null;

export interface MyClaim {
  programId: number;
  name: string;
  description: string | null;
  ownerOrgName: string;
  claimStartsAt: string;
  claimEndsAt: string;
  lottery: boolean;
  stock: number | null;
  left: number | null;
  state: ClaimState;
  myResult: MyClaimResult;
  applicationId: number | null;
  /** Granted in kind: there is something to collect with a pickup code. */
  toCollect: boolean;
}

/**
 * The claim programs of the worker's union and the unions above it: open, upcoming, or ended within the
 * last 30 days, each with the stock left and the worker's own result. One query.
 */
export async function listMyClaims(db: Db, actor: Actor): Promise<{ items: MyClaim[] }> {
  // Staff and the administrator have no claims of their own.
  if (actor.personId === null) return { items: [] };
  const { rows } = await db.query<{
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
  }>(
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
            exists (select 1 from claim_draws d where d.program_id = g.id) as drawn
       from programs g
       join orgs oo on oo.id = g.owner_org_id
       join me on me.path like oo.path || '%'
       left join claim_entries e on e.program_id = g.id and e.person_id = $1
      where g.status in ('published', 'closed') and 'claim' = any(g.intake_modes)
        and g.claim_starts_at is not null and g.claim_ends_at > now() - interval '30 days'
      order by g.claim_starts_at desc, g.id
      limit 100`,
    [actor.personId],
  );
  const now = Date.now();
  const items = rows.map((r): MyClaim => {
    const starts = new Date(r.claimStartsAt);
    const ends = new Date(r.claimEndsAt);
    const used = r.used ?? 0;
    const left = r.stock === null ? null : Math.max(0, r.stock - used);
    let state: ClaimState;
    if (r.lottery && r.drawn) state = 'drawn';
    else if (r.status === 'closed' || now >= ends.getTime()) state = 'ended';
    else if (now < starts.getTime()) state = 'upcoming';
    else if (!r.lottery && left === 0) state = 'sold_out';
    else state = 'open';
    const myResult: MyClaimResult =
      r.applicationId !== null
        ? 'granted'
        : r.entered
          ? r.won === false
            ? 'not_drawn'
            : 'entered_lottery'
          : null;
    return {
      programId: r.programId,
      name: r.name,
      description: r.description,
      ownerOrgName: r.ownerOrgName,
      claimStartsAt: starts.toISOString(),
      claimEndsAt: ends.toISOString(),
      lottery: r.lottery,
      stock: r.stock,
      left,
      state,
      myResult,
      applicationId: r.applicationId,
      toCollect: r.toCollect === true,
    };
  });
  return { items };
}

export interface ClaimStats {
  programId: number;
  name: string;
  lottery: boolean;
  stock: number | null;
  granted: number;
  distinctPeople: number;
  left: number | null;
  entries: number;
  claimStartsAt: string | null;
  claimEndsAt: string | null;
  firstGrantAt: string | null;
  lastGrantAt: string | null;
  /** When the last place went (null while stock is left); and how long after the window opened. */
  soldOutAt: string | null;
  sellOutMs: number | null;
  draw: {
    seed: string;
    entries: number;
    winners: number;
    entriesDigest: string;
    drawnAt: string;
    drawnBy: string | null;
  } | null;
  /** In-kind grants collected at the pickup point (核销); granted − redeemed are still to collect. */
  redeemed: number;
  byUnion: { orgId: number; name: string; granted: number; redeemed: number; entries: number }[];
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Figures of one claim program for the staff of its owner (or above): grants, entries, sell-out, by union. */
export async function getClaimStats(db: Db, actor: Actor, programId: number): Promise<ClaimStats> {
  const program = await getProgramManaged(db, actor, programId);
  const periodKey = claimPeriodKey(program) ?? 'whole';
  const { rows } = await db.query<{
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
  const s = rows[0];
  const draws = await db.query<{
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
  // Next level under the owner: the first path segment after the owner's path, one row per child union.
  const byUnion = await db.query<{
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
    [programId, program.ownerOrgPath, program.ownerOrgId, program.ownerOrgName],
  );
  const stock = program.quota;
  const used = s.used ?? 0;
  const left = stock === null ? null : Math.max(0, stock - used);
  const soldOut = !program.lottery && stock !== null && left === 0 && s.last !== null;
  const opens = program.claimStartsAt ? new Date(program.claimStartsAt).getTime() : null;
  const d = draws.rows[0];
  return {
    programId,
    name: program.name,
    lottery: program.lottery,
    stock,
    granted: s.granted,
    distinctPeople: s.people,
    left,
    entries: s.entries,
    claimStartsAt: iso(program.claimStartsAt),
    claimEndsAt: iso(program.claimEndsAt),
    firstGrantAt: iso(s.first),
    lastGrantAt: iso(s.last),
    soldOutAt: soldOut ? iso(s.last) : null,
    sellOutMs: soldOut && opens !== null && s.last ? Math.max(0, new Date(s.last).getTime() - opens) : null,
    draw: d
      ? {
          seed: d.seed,
          entries: d.entries,
          winners: d.winners,
          entriesDigest: d.entriesDigest,
          drawnAt: new Date(d.drawnAt).toISOString(),
          drawnBy: d.drawnBy,
        }
      : null,
    redeemed: byUnion.rows.reduce((n, u) => n + u.redeemed, 0),
    byUnion: byUnion.rows,
  };
}
