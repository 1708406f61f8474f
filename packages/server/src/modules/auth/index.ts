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
export const authMigrations = new URL('./migrations/', import.meta.url);
export { codeSignInRoutes } from './code-sign-in.routes.ts';
export { type CodeSignIn, createCodeSignIn } from './code-sign-in.service.ts';
