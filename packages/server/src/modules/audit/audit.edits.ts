import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import type { FieldChange } from '../../shared/changes.ts';
import type { AuditAction, AuditEntity } from './audit.catalog.ts';
import { listEditRows } from './audit.repository.ts';
import { recordAudit } from './audit.service.ts';

/** One edit of a record as its history shows it: when, by whom (their name then), and each field from → to. */
export interface EditEntry {
  id: number;
  at: string;
  byName: string | null;
  changes: FieldChange[];
}

/**
 * Records an edit of a record (ADR 60): one audit row whose before and after hold the changed fields only, and
 * which the record's history reads back. Nothing is written when nothing changed. Call it in the edit's transaction.
 */
export async function recordEdit(
  sql: Sql,
  actor: Actor,
  entry: {
    action: AuditAction;
    entity: AuditEntity;
    entityId: number;
    orgId: number | null;
    changes: FieldChange[];
  },
): Promise<void> {
  if (!entry.changes.length) return;
  await recordAudit(sql, actor, {
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    orgId: entry.orgId,
    before: Object.fromEntries(entry.changes.map((c) => [c.field, c.from])),
    after: Object.fromEntries(entry.changes.map((c) => [c.field, c.to])),
  });
}

/** The edits of one record, oldest first (the audit rows `recordEdit` wrote for it). */
export async function listEdits(sql: Sql, entity: AuditEntity, entityId: number): Promise<EditEntry[]> {
  const rows = await listEditRows(sql, entity, String(entityId));
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    byName: r.byName,
    changes: Object.keys(r.after ?? {}).map((field) => ({
      field,
      from: r.before?.[field] ?? null,
      to: r.after?.[field] ?? null,
    })),
  }));
}
