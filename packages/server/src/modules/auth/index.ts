import { defineModule } from '../../module-manifest.ts';
import { accountsRoutes } from './accounts.routes.ts';
import { authRoutes } from './auth.routes.ts';
import { codeSignInRoutes } from './code-sign-in.routes.ts';
import { createCodeSignIn } from './code-sign-in.service.ts';
import { rolesRoutes } from './roles.routes.ts';
import { createRolesService } from './roles.service.ts';
import { securitySettingsRoutes } from './security-settings.routes.ts';
import { createSecuritySettingsService } from './security-settings.service.ts';
import { findUserNames, findUsersNamed } from './users.repository.ts';
import { createUsersService } from './users.service.ts';

export {
  checkMemberPhones,
  followMemberPhones,
  type MemberPhoneChange,
  phoneTaken,
} from './account-phone.ts';
export { accountsRoutes } from './accounts.routes.ts';
export { authRoutes, SESSION_COOKIE } from './auth.routes.ts';
export {
  type AuthService,
  createAuthService,
  DEMO_PASSWORD,
  findDefaultActor,
  insertUser,
} from './auth.service.ts';
export { sessionEnded } from './auth.sessions.ts';
export { codeSignInRoutes } from './code-sign-in.routes.ts';
export { type CodeSignIn, createCodeSignIn } from './code-sign-in.service.ts';
export {
  accountStateIs,
  accountStateOf,
  findMemberAccount,
  type MemberAccountRow,
  setMemberAccountActive,
} from './member-account.repository.ts';
export {
  type AdministratorRole,
  OPERATOR,
  operatorChangesAccount,
  operatorCreatesAdministrator,
} from './operator-accounts.ts';
export { hashPassword } from './password.ts';
export { checkPasswordPolicy, checkStaffPassword } from './password-policy.ts';
export { rolesRoutes } from './roles.routes.ts';
export { createRolesService, type RolesService } from './roles.service.ts';
export { securitySettingsRoutes } from './security-settings.routes.ts';
export {
  createSecuritySettingsService,
  type SecuritySettingsService,
} from './security-settings.service.ts';
export { prepareSetup } from './setup.service.ts';
export { importUsers } from './users.import.ts';
export { findOrgsWithReviewers, findUserNames, findUsersNamed, insertGrants } from './users.repository.ts';
export { createUsersService, type UsersService } from './users.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'auth',
  todo: { nothingWaits: 'accounts: nothing waits' },
  description:
    "`users`, `role_assignments` (user, union, role), `sessions` (each acting as one assignment), `login_attempts`, `login_failures`, `login_challenge_key`, `login_challenge_uses`, `setup_token`, `sign_in_codes`, `sign_in_counters`, `security_settings`, `password_history`, `role_withdrawals`; sign-in (throttled per address and per (login, address); a login failing often asks for a proof of work, never locks — ADR 38), sign-in by SMS code (`code-sign-in.service.ts`: a 6-digit code through outbox's `Sender`, five minutes, once, limits in `sign_in_counters`; workers always, staff who turn it on — ADR 81), switch role, passwords and the staff account rules (classes, history, expiry, idle timeout, sessions per account, last sign-in — one `openSession` every sign-in goes through, ADR 82), roles and permissions (the security administrator withdraws and restores a role's permissions, read with the session — ADR 85), account management (`/api/users`, .xlsx import; the security and audit administrators named by the system administrator only at the first run, then by the operator's `admin` commands — `operator-accounts.ts`, ADR 148), first-run set-up (ADR 9)",
  dependencyNotes: { outbox: '`Sender`, `maskPhone`' },
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock, auth, sender }) => ({
    /** The staff account rules an 安全管理员 keeps (ADR 82). */
    securitySettings: createSecuritySettingsService(db, clock),
    /** Roles and permissions an 安全管理员 withdraws and restores (ADR 85). */
    roles: createRolesService(db, clock, () => auth.forgetSessions()),
    users: createUsersService(db, () => auth.forgetSessions()),
    codeSignIn: createCodeSignIn(db, auth, sender, clock),
  }),
  wiring: { userNames: findUserNames, usersNamed: findUsersNamed },
  routes: (app, s, { db, secureCookies }) => {
    authRoutes(app, { auth: s.auth, secureCookies });
    codeSignInRoutes(app, { auth: s.auth, codeSignIn: s.codeSignIn, secureCookies });
    accountsRoutes(app, {
      db,
      auth: s.auth,
      users: s.users,
      secureCookies,
      clock: s.clock,
      passwordSender: s.passwordSender,
    });
    securitySettingsRoutes(app, { settings: s.securitySettings });
    rolesRoutes(app, { roles: s.roles });
  },
});
