import { Type } from 'typebox';
import type { Db } from '../../db/db.ts';
import { routeMould } from '../../http/route-mould.ts';
import { DateStr, Nullable, Obj, Page, Str } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from './audit.catalog.ts';
import { exportAudit } from './audit.export.ts';
import { type AuditNames, listAudit } from './audit.service.ts';

const AuditRowSchema = Obj({
  id: Type.Integer(),
  at: Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' }),
  userId: Nullable(Type.Integer()),
  actorName: Nullable(Type.String()),
  actorOrgName: Nullable(Type.String()),
  // Rows written before a word joined the vocabulary stay readable: the type is a string, the list documents.
  action: Type.String({ description: `one of ${AUDIT_ACTIONS.join(', ')}` }),
  entity: Type.String({ description: `one of ${AUDIT_ENTITIES.join(', ')}` }),
  entityId: Nullable(Type.String()),
  orgId: Nullable(Type.Integer()),
  orgName: Nullable(Type.String()),
  unionNames: Type.Record(Type.String(), Type.String(), {
    description: 'names of the unions that before and after name by id (orgId, parentId, stepOrgId …)',
  }),
  personNames: Type.Record(Type.String(), Type.String(), {
    description: 'names of the members the row is about or its values name by id (personId, personIds …)',
  }),
  entityName: Nullable(Type.String({ description: 'the member or union the row is about, by name' })),
  before: Type.Unknown(),
  after: Type.Unknown(),
  ip: Nullable(Type.String()),
});

const auditFilters = {
  actor: Type.Optional(
    Str(64, { description: "who acted: part of a person's name, or their exact login name" }),
  ),
  action: Type.Optional(Str(64)),
  entity: Type.Optional(Str(64)),
  entityId: Type.Optional(Str(64)),
  from: Type.Optional(DateStr),
  to: Type.Optional(DateStr),
};

export function auditRoutes(app: App, { db, names }: { db: Db; names: AuditNames }): void {
  const on = routeMould(app, ['audit']);
  on.get('/api/audit', {
    config: { permission: 'audit.read' },
    summary: 'Search the audit log (administrators)',
    querystring: Obj({ ...auditFilters, ...Page }),
    response: Obj({ items: Type.Array(AuditRowSchema), total: Type.Integer() }),
    run: (_actor, { query }) => listAudit(db, names, query),
  });
  on.workbook('/api/audit.xlsx', {
    config: { permission: 'audit.read' },
    summary: 'The audit log as filtered, as .xlsx (at most 50,000 rows; the export is itself logged)',
    querystring: Obj(auditFilters),
    run: (actor, { query }) => exportAudit(db, names, actor, query),
  });
}
