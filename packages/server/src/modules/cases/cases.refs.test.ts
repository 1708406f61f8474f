/**
 * A request's and its events' references, checked per statement instead of by foreign keys (cases migration 008,
 * ADR 95), refuse what the keys refused, with the keys' SQLSTATE (23503): an insert naming a union, user, category
 * or request not on record — whichever row of a many-row statement it is — an update moving a request to a union
 * not on record, and the removal of a user or request still named.
 */
import { describe, expect, it } from 'vitest';
import { MISSING, refsWorld, refused } from '../../../test/cases-refs-kit.ts';
import { worldPerFile } from '../../../test/world-kit.ts';

const w = worldPerFile(refsWorld);

const count = async (table: string) =>
  (await w.db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0].n;

describe('requests and events: references checked per statement', () => {
  it('takes valid rows, the nullable references left empty', async () => {
    const [a, b] = await w.insertCases([{}, { by: null }]);
    await w.insertEvents([{ caseId: a }, { caseId: b, actor: null, toOrgId: w.org.id }]);
    expect(
      (await w.db.query('select 1 from case_events where case_id = any($1::bigint[])', [[a, b]])).rows,
    ).toHaveLength(2);
  });

  it('refuses a many-row insert whose last row names a request, union or user not on record, writing nothing', async () => {
    const [a] = await w.insertCases([{}]);
    const events = await count('case_events');
    await refused(w.insertEvents([{ caseId: a }, { caseId: MISSING }]), 'case_events_case_id_fkey');
    await refused(w.insertEvents([{ caseId: a }, { caseId: a, orgId: MISSING }]), 'case_events_org_id_fkey');
    await refused(
      w.insertEvents([{ caseId: a }, { caseId: a, toOrgId: MISSING }]),
      'case_events_to_org_id_fkey',
    );
    await refused(
      w.insertEvents([{ caseId: a }, { caseId: a, actor: MISSING }]),
      'case_events_actor_user_id_fkey',
    );
    expect(await count('case_events')).toBe(events);

    const cases = await count('cases');
    await refused(w.insertCases([{}, { orgId: MISSING }]), 'cases_org_id_fkey');
    await refused(w.insertCases([{}, { filedOrgId: MISSING }]), 'cases_filed_org_id_fkey');
    await refused(w.insertCases([{}, { category: 'no-such-category' }]), 'cases_category_fkey');
    await refused(w.insertCases([{}, { by: MISSING }]), 'cases_entered_by_fkey');
    expect(await count('cases')).toBe(cases);
  });

  it('refuses moving a request or an event to a union not on record; a move to a union on record is taken', async () => {
    const [a] = await w.insertCases([{}]);
    await w.insertEvents([{ caseId: a }]);
    await refused(
      w.db.query('update cases set org_id = $2 where id = $1', [a, MISSING]),
      'cases_org_id_fkey',
    );
    await refused(
      w.db.query('update cases set handler_user_id = $2 where id = $1', [a, MISSING]),
      'cases_handler_user_id_fkey',
    );
    await refused(
      w.db.query('update case_events set org_id = $2 where case_id = $1', [a, MISSING]),
      'case_events_org_id_fkey',
    );
    const other = await w.ctx.newOrg(w.org);
    await w.db.query('update cases set org_id = $2, handler_user_id = $3 where id = $1', [
      a,
      other.id,
      w.userId,
    ]);
    await w.db.query(`update cases set status = 'accepted' where id = $1`, [a]);
    expect(
      (await w.db.query<{ o: number }>('select org_id::int as o from cases where id = $1', [a])).rows[0].o,
    ).toBe(other.id);
  });

  it('refuses removing a request, user, union or category still named', async () => {
    const [a] = await w.insertCases([{}]);
    await w.insertEvents([{ caseId: a }]);
    await refused(w.db.query('delete from cases where id = $1', [a]), 'case_events_case_id_fkey');
    await refused(w.db.query('delete from users where id = $1', [w.userId]), 'users');
    await refused(w.db.query('delete from orgs where id = $1', [w.org.id]), 'orgs');
    await refused(
      w.db.query('delete from case_categories where code = $1', [w.category]),
      'cases_category_fkey',
    );
    const [b] = await w.insertCases([{}]);
    await w.db.query('delete from cases where id = $1', [b]);
    expect((await w.db.query('select 1 from cases where id = $1', [b])).rows).toHaveLength(0);
  });
});
