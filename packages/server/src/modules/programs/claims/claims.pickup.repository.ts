import type { Sql } from '../../../db/db.ts';
import { insertOnce } from '../../../db/insert.ts';
import { type Capped, COUNT_ALL, capped } from '../../../shared/capped.ts';

/** SQL for pickup codes (核销) of in-kind flash claims. */

export interface PickupClaim {
  applicationId: number;
  programId: number;
  programName: string;
  ownerOrgName: string;
  pickupPlace: string | null;
  pickupTime: string | null;
  personId: number;
  orgId: number;
  amountFen: number;
}

export interface PickupCode {
  code: string;
  redeemedAt: Date | null;
  redeemedByName: string | null;
}

/** A granted claim of the given person (approved, intake 'claim'), with the program's pickup details. */
export async function findOwnGrantedClaim(
  sql: Sql,
  applicationId: number,
  personId: number,
): Promise<PickupClaim | undefined> {
  const { rows } = await sql.query<PickupClaim>(
    `select a.id as "applicationId", g.id as "programId", g.name as "programName", oo.name as "ownerOrgName",
            g.pickup_place as "pickupPlace", g.pickup_time as "pickupTime", a.person_id as "personId",
            a.org_id as "orgId", a.amount_fen as "amountFen"
       from applications a
       join programs g on g.id = a.program_id
       join orgs oo on oo.id = g.owner_org_id
      where a.id = $1 and a.person_id = $2 and a.intake = 'claim' and a.status = 'approved'`,
    [applicationId, personId],
  );
  return rows[0];
}

export async function findPickupCode(sql: Sql, applicationId: number): Promise<PickupCode | undefined> {
  const { rows } = await sql.query<PickupCode>(
    `select code, redeemed_at as "redeemedAt", redeemed_by_name as "redeemedByName"
       from pickup_codes where application_id = $1`,
    [applicationId],
  );
  return rows[0];
}

/**
 * Stores a code for the claim unless it has one; false when the code is taken by another claim (the caller
 * draws another). A claim that got its code concurrently keeps the first one.
 */
export async function insertPickupCode(sql: Sql, c: PickupClaim, code: string): Promise<boolean> {
  return insertOnce(sql, 'pickup_codes', 'application_id, program_id, person_id, org_id, code', {
    ...c,
    code,
  });
}

export interface RedeemedRow {
  applicationId: number;
  programId: number;
  programName: string;
  ownerOrgId: number;
  personName: string;
  orgName: string;
  redeemedAt: Date;
  redeemedByName: string | null;
}

const REDEEMED_COLUMNS = `c.application_id as "applicationId", g.id as "programId", g.name as "programName",
  g.owner_org_id as "ownerOrgId", p.name as "personName", o.name as "orgName", c.redeemed_at as "redeemedAt",
  c.redeemed_by_name as "redeemedByName"`;

/**
 * Redeems a code once: ONE guarded UPDATE (`redeemed_at is null`), so of concurrent attempts exactly one
 * returns a row. `scope` adds its parameters and answers a condition on `oo.path` (the program owner's path).
 */
export type ScopeOn = (params: unknown[]) => string;

export async function redeemCode(
  sql: Sql,
  code: string,
  by: { userId: number | null; name: string },
  scope: ScopeOn,
): Promise<RedeemedRow | undefined> {
  const params: unknown[] = [code, by.userId, by.name];
  const where = scope(params);
  const { rows } = await sql.query<RedeemedRow>(
    `with done as (
       update pickup_codes c set redeemed_at = now(), redeemed_by = $2, redeemed_by_name = $3
         from programs g join orgs oo on oo.id = g.owner_org_id
        where c.code = $1 and c.redeemed_at is null and g.id = c.program_id and ${where}
       returning c.*
     )
     select ${REDEEMED_COLUMNS}
       from done c join programs g on g.id = c.program_id
       join persons p on p.id = c.person_id join orgs o on o.id = c.org_id`,
    params,
  );
  return rows[0];
}

/** The code as it stands, if its program is within `scope`. */
export async function findCodeInScope(
  sql: Sql,
  code: string,
  scope: ScopeOn,
): Promise<{ redeemedAt: Date | null; redeemedByName: string | null } | undefined> {
  const params: unknown[] = [code];
  const where = scope(params);
  const { rows } = await sql.query<{ redeemedAt: Date | null; redeemedByName: string | null }>(
    `select c.redeemed_at as "redeemedAt", c.redeemed_by_name as "redeemedByName"
       from pickup_codes c join programs g on g.id = c.program_id join orgs oo on oo.id = g.owner_org_id
      where c.code = $1 and ${where}`,
    params,
  );
  return rows[0];
}

export async function countRecentFailures(sql: Sql, userId: number, seconds: number): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `select count(*)::int as n from pickup_failures where user_id = $1 and at > now() - make_interval(secs => $2)`,
    [userId, seconds],
  );
  return rows[0].n;
}

export async function recordFailure(sql: Sql, userId: number): Promise<void> {
  await sql.query('insert into pickup_failures (user_id) values ($1)', [userId]);
}

/** The most pickups a desk lists for one member card; it says how many there are in all. */
export const PICKUPS_CAP = 50;

/**
 * A person's granted in-kind claims (nothing paid: something to collect) of programs within `scope`, the latest
 * first: the first `cap`, and how many there are in all.
 */
export async function findGrantedInKindOf(
  sql: Sql,
  personId: number,
  scope: ScopeOn,
  cap: number = PICKUPS_CAP,
): Promise<Capped<PickupClaim>> {
  const params: unknown[] = [personId];
  const where = scope(params);
  const { rows } = await sql.query<PickupClaim & { countAll: number }>(
    `select a.id as "applicationId", g.id as "programId", g.name as "programName", oo.name as "ownerOrgName",
            g.pickup_place as "pickupPlace", g.pickup_time as "pickupTime", a.person_id as "personId",
            a.org_id as "orgId", a.amount_fen as "amountFen", ${COUNT_ALL}
       from applications a
       join programs g on g.id = a.program_id
       join orgs oo on oo.id = g.owner_org_id
      where a.person_id = $1 and a.intake = 'claim' and a.status = 'approved' and a.amount_fen = 0 and ${where}
      order by a.id desc limit ${Number(cap)}`,
    params,
  );
  return capped(rows);
}
