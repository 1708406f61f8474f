export { type EditEntry, listEdits, recordEdit } from './audit.edits.ts';
export { auditInsertSql } from './audit.repository.ts';
export { auditRoutes } from './audit.routes.ts';
export {
  type AuditEntry,
  type AuditNames,
  findEntryDays,
  listAudit,
  recordAudit,
  recordAudits,
} from './audit.service.ts';
export { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditAction, type AuditEntity } from './audit.vocabulary.ts';
export const auditMigrations = new URL('./migrations/', import.meta.url);
