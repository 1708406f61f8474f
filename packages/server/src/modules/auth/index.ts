export { authRoutes, SESSION_COOKIE } from './auth.routes.ts';
export { type AuthService, createAuthService, DEMO_PASSWORD } from './auth.service.ts';
export { hashPassword } from './password.ts';
export const authMigrations = new URL('./migrations/', import.meta.url);
