import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import type { MemberAccounts } from './member-account.service.ts';
import { MemberAccount } from './onboarding.schemas.ts';

/** A member's phone account on their page: seen by who sees the member, turned off or on by the union's manager. */
export function memberAccountRoutes(app: App, accounts: MemberAccounts): void {
  const on = routeMould(app, ['onboarding']);
  on.get('/api/members/:id/phone-account', {
    config: { permission: 'people.read' },
    summary: "A member's phone account: its state, login name, phone, when opened and last signed in",
    params: IdParams,
    response: MemberAccount,
    use: accounts.getMemberAccount,
  });
  const account = on.record('/api/members/:id/phone-account', {
    config: { permission: 'users.manage', errors: [409] },
    response: MemberAccount,
  });
  account.post('/disable', {
    summary: "Disable a member's phone account; its sessions end at once",
    description:
      "Every account of the member is turned off. Managed at the member's union, or at the union of their last " +
      'membership once it ended; 409 MEMBER_HAS_NO_ACCOUNT when the member never activated one.',
    use: accounts.disableMemberAccount,
  });
  account.post('/enable', {
    summary: "Enable a member's disabled phone account again",
    description: '409 MEMBER_HAS_NO_ACCOUNT when the member never activated one.',
    use: accounts.enableMemberAccount,
  });
}
