/**
 * A claim's references, checked per statement instead of by foreign keys (insurance migration 008, ADR 95), refuse
 * what the keys refused, with the keys' SQLSTATE (23503): an insert naming a policy, person or union not on record —
 * whichever row of a many-row statement it is — an update moving a claim to a union not on record, and the removal
 * of a policy, person or union still named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING, refused } from '../../../test/cases-refs-kit.ts';
import { createTestContext } from '../../../test/factories.ts';
import { createTestDb } from '../../../test/test-db.ts';
import type { Db } from '../../db/db.ts';

let db: Db;
let world: Awaited<ReturnType<typeof claimsWorld>>;

async function claimsWorld(db: Db) {
  const ctx = createTestContext(db);
  const root = await ctx.newRoot();
  const org = await ctx.newOrg(root);
  const person = await ctx.newPerson(org);
  const { rows } = await db.query<{ id: number }>(
    `insert into insurance_policies (org_id, insurer, policy_no, title, starts_on, ends_on, premium_fen, cover)
     values ($1, '测试保险公司', $2, '测试团体保险', '2024-01-01', '2024-12-31', 0, '意外医疗') returning id`,
    [org.id, `REFS-${org.id}`],
  );
  const policyId = Number(rows[0].id);
  let day = 0;
  /** Inserts claims in one statement, each field given or the valid default (each on its own accident day). */
  async function insertClaims(
    rows: { policyId?: number; personId?: number; orgId?: number; stepOrgId?: number }[],
  ) {
    const { rows: out } = await db.query<{ id: number }>(
      `insert into insurance_claims (policy_id, person_id, org_id, step_org_id, federation_id, kind, incident_on,
                                     place, description, status, filed_on)
       select u.p, u.m, u.o, u.s, $5, 'medical', date '2024-01-01' + u.d, '', '', 'filed', date '2024-01-01' + u.d
         from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $6::int[]) as u(p, m, o, s, d)
       returning id`,
      [
        rows.map((r) => r.policyId ?? policyId),
        rows.map((r) => r.personId ?? person.id),
        rows.map((r) => r.orgId ?? org.id),
        rows.map((r) => r.stepOrgId ?? null),
        org.path.split('/').filter(Boolean)[0],
        rows.map(() => {
          day += 1;
          return day;
        }),
      ],
    );
    return out.map((r) => Number(r.id));
  }
  return { ctx, org, person, policyId, insertClaims };
}

beforeAll(async () => {
  db = await createTestDb();
  world = await claimsWorld(db);
});
afterAll(() => db?.close());

const claims = async () =>
  (await db.query<{ n: number }>('select count(*)::int as n from insurance_claims')).rows[0].n;

describe('insurance claims: references checked per statement', () => {
  it('takes valid rows; refuses a many-row insert whose last row names a policy, person or union not on record', async () => {
    const [a] = await world.insertClaims([{}, { stepOrgId: world.org.id }]);
    expect((await db.query('select 1 from insurance_claims where id = $1', [a])).rows).toHaveLength(1);
    const before = await claims();
    await refused(world.insertClaims([{}, { policyId: MISSING }]), 'insurance_claims_policy_id_fkey');
    await refused(world.insertClaims([{}, { personId: MISSING }]), 'insurance_claims_person_id_fkey');
    await refused(world.insertClaims([{}, { orgId: MISSING }]), 'insurance_claims_org_id_fkey');
    await refused(world.insertClaims([{}, { stepOrgId: MISSING }]), 'insurance_claims_step_org_id_fkey');
    expect(await claims()).toBe(before);
  });

  it('refuses moving a claim to a union not on record; a move to a union on record is taken', async () => {
    const [a] = await world.insertClaims([{}]);
    await refused(
      db.query('update insurance_claims set step_org_id = $2 where id = $1', [a, MISSING]),
      'insurance_claims_step_org_id_fkey',
    );
    await refused(
      db.query('update insurance_claims set org_id = $2 where id = $1', [a, MISSING]),
      'insurance_claims_org_id_fkey',
    );
    const other = await world.ctx.newOrg(world.org);
    await db.query('update insurance_claims set step_org_id = $2 where id = $1', [a, other.id]);
    expect(
      (await db.query<{ s: number }>('select step_org_id::int as s from insurance_claims where id = $1', [a]))
        .rows[0].s,
    ).toBe(other.id);
  });

  it('refuses removing a policy, person or union still named', async () => {
    await world.insertClaims([{}]);
    await refused(
      db.query('delete from insurance_policies where id = $1', [world.policyId]),
      'insurance_claims_policy_id_fkey',
    );
    await refused(db.query('delete from persons where id = $1', [world.person.id]), 'persons');
    await refused(db.query('delete from orgs where id = $1', [world.org.id]), 'orgs');
  });
});
