export { auditRoutes } from './audit.routes.ts';
export { type AuditEntry, listAudit, recordAudit } from './audit.service.ts';
export const auditMigrations = new URL('./migrations/', import.meta.url);
