import { aimed } from '../../../test/scope-cases/kit.ts';
import type { ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import { insertUser } from '../auth/index.ts';

/** Scope cases of a member's phone account: 昌平's member activated one; 杨镇 neither sees nor changes it. */

export async function setup({ db, f }: SetupContext): Promise<Record<string, number>> {
  const cpAccount = await db.tx((sql) =>
    insertUser(sql, {
      username: 'cp-member-phone-account',
      password: 'Worker-Account-2026',
      displayName: f.cpMemberName,
      roles: [{ role: 'worker', orgId: null }],
      personId: f.cpMember,
    }),
  );
  return { cpAccount };
}

const member = aimed((f) => ({ params: { id: f.cpMember } }));

export const cases: Record<string, ScopeCase> = {
  'GET /api/members/:id/phone-account': member,
  'POST /api/members/:id/phone-account/disable': member,
  'POST /api/members/:id/phone-account/enable': member,
};
