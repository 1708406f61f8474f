import { defineModule } from '../../module-manifest.ts';
import { auditRoutes } from './audit.routes.ts';

export { archiveAudit, MIN_RETENTION_DAYS, verifyArchiveFile } from './audit.archive.ts';
export { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditAction, type AuditEntity } from './audit.catalog.ts';
export {
  type ChainAlgorithm,
  type ChainProblem,
  type ChainVerdict,
  chainAlgorithm,
  sealAudit,
  verifyAudit,
} from './audit.chain.ts';
export { changeLines } from './audit.changes.ts';
export { type EditEntry, listEdits, recordEdit } from './audit.edits.ts';
export { exportList, type ListExport } from './audit.export.ts';
export {
  findImportedFile,
  type ImportedFile,
  insertImportedFile,
  lockImportedFile,
} from './audit.files.repository.ts';
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

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'audit',
  todo: { nothingWaits: 'a log, nothing to act on' },
  description:
    "`audit_log` (append-only — a trigger refuses UPDATE and DELETE — and hash-chained: `seq`, `prev_hash`, `hash`, sealed in commit order by `sealAudit`; `audit_chain` holds the head and the archive's anchor; `audit verify` / `audit archive`, ADR 78; the actor's name as it was) — also the history of record edits: `recordEdit` writes an edit's changed fields, `listEdits` reads a record's edits back for its page (ADR 60); `register_files`, the files each register was brought in from (their SHA-256, the union, who, when, the file's name and the rows created, kept in the import's transaction), so the same file is refused a second time (issue 42, shared/register-files.ts); a row's object is named by the module that owns it (its manifest's `auditNames`, one query per object kind a page holds, a member masked where the record tells of hardship, ADR 165)",
  migrations: new URL('./migrations/', import.meta.url),
  routes: (app, { clock }, { db, wiring, auditNames }) =>
    auditRoutes(app, {
      db,
      clock,
      names: {
        users: (ids) => wiring.userNames(db, ids),
        usersNamed: (text) => wiring.usersNamed(db, text),
        persons: (ids) => wiring.personNames(db, ids),
        orgs: (ids) => wiring.orgNames(db, ids),
        caseCategories: (codes) => wiring.caseCategoryNames(db, codes),
        // every module's own objects, each named by the module that keeps them (its manifest's auditNames)
        records: Object.fromEntries(
          Object.entries(auditNames).map(([entity, name]) => [entity, (ids: number[]) => name(db, ids)]),
        ),
      },
      ownWords: wiring.programAuditWords,
    }),
});
