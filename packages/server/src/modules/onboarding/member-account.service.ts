import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findMemberAccount, type MemberAccountRow, setMemberAccountActive } from '../auth/index.ts';
import { getMemberInScope } from '../people/index.ts';
import type { AccountState } from '../people/people.vocabulary.ts';

/** A member's phone account as their page shows it: its state, login name, phone, when it was opened and last used. */
export interface MemberAccountView {
  state: AccountState;
  username: string | null;
  phone: string | null;
  openedAt: string | null;
  lastSignInAt: string | null;
}

function viewOf(a: MemberAccountRow | undefined): MemberAccountView {
  return {
    state: a?.state ?? 'none',
    username: a?.username ?? null,
    phone: a?.phone ?? null,
    openedAt: a ? a.createdAt.toISOString() : null,
    lastSignInAt: a?.lastLoginAt ? a.lastLoginAt.toISOString() : null,
  };
}

const noAccount = () =>
  new AppError('conflict', 'MEMBER_HAS_NO_ACCOUNT', {
    zh: '该会员尚未开通手机账号，无需停用或启用',
    en: 'This member has no phone account to disable or enable',
  });

/**
 * A member's phone account seen and turned off or on by their union (ADR 162): read with `people.read`, changed with
 * `users.manage` at the member's union — or, once their membership ended, at the union of their last, so the account
 * of a member who left is closed by the union they left. Disabling ends the account's sessions at once.
 */
export function createMemberAccounts(db: Db, forgetSessions: () => void) {
  async function reach(sql: Sql, actor: Actor, personId: number) {
    const { detail, reachPath } = await getMemberInScope(sql, actor, personId);
    const orgId = detail.orgId ?? detail.memberships.at(-1)?.orgId ?? null;
    return { orgId, reachPath };
  }

  async function setActive(actor: Actor, personId: number, active: boolean): Promise<MemberAccountView> {
    const view = await db.tx(async (sql) => {
      const { orgId, reachPath } = await reach(sql, actor, personId);
      requireAccess(actor, 'users.manage', { orgPath: reachPath });
      if (!(await findMemberAccount(sql, personId))) throw noAccount();
      for (const id of await setMemberAccountActive(sql, personId, active)) {
        await recordAudit(sql, actor, {
          action: active ? 'user.enable' : 'user.disable',
          entity: 'user',
          entityId: id,
          orgId,
          before: { isActive: !active },
          after: { isActive: active, personId },
        });
      }
      return viewOf(await findMemberAccount(sql, personId));
    });
    if (!active) forgetSessions();
    return view;
  }

  return {
    async getMemberAccount(actor: Actor, personId: number): Promise<MemberAccountView> {
      return db.tx(async (sql) => {
        await reach(sql, actor, personId);
        return viewOf(await findMemberAccount(sql, personId));
      });
    },
    disableMemberAccount: (actor: Actor, personId: number) => setActive(actor, personId, false),
    enableMemberAccount: (actor: Actor, personId: number) => setActive(actor, personId, true),
  };
}

export type MemberAccounts = ReturnType<typeof createMemberAccounts>;
