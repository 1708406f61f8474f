export { archiveAudit, MIN_RETENTION_DAYS, verifyArchiveFile } from './audit.archive.ts';
export {
  type ChainAlgorithm,
  type ChainProblem,
  type ChainVerdict,
  chainAlgorithm,
  sealAudit,
  verifyAudit,
} from './audit.chain.ts';
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
