import { Type } from 'typebox';
import type { Db } from '../../db/db.ts';
import { routeMould } from '../../http/route-mould.ts';
import { DateStr, Nullable, Obj, Page, Str } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { todayInChina } from '../../shared/dates.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from './audit.catalog.ts';
import { type AuditOwnWords, exportAudit } from './audit.export.ts';
import { type AuditNames, listAudit } from './audit.service.ts';
import { checkAuditChain } from './audit.verify.ts';

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
  categoryNames: Type.Record(Type.String(), Obj({ zh: Type.String(), en: Type.String() }), {
    description: 'names of the request categories that before and after hold by code (category)',
  }),
  entityName: Nullable(
    Type.String({
      description:
        'the member, union, account, hardship file (its worker’s masked name) or donation (its donor and amount) the row is about, by name',
    }),
  ),
  before: Type.Unknown(),
  after: Type.Unknown(),
  ip: Nullable(Type.String()),
});

const ChainCheckSchema = Obj({
  ok: Type.Boolean({ description: 'true when every row from the anchor to the head is intact' }),
  rows: Type.Integer({ description: 'rows found intact, from the anchor on' }),
  algorithms: Type.Array(Type.Union([Type.Literal('sm3'), Type.Literal('sha256')]), {
    description: 'the hash algorithms of the rows found intact',
  }),
  through: Nullable(
    Obj(
      {
        seq: Type.Integer(),
        id: Type.Integer(),
        at: Type.Unsafe<string>({ type: 'string', format: 'date-time' }),
      },
      { description: 'the last row found intact: its place in the chain, id and time' },
    ),
  ),
  anchor: Obj(
    { seq: Type.Integer(), file: Nullable(Type.String()) },
    { description: 'rows archived before the chain (places 1…seq) and the file they went to' },
  ),
  problem: Nullable(
    Obj(
      {
        kind: Type.Union([
          Type.Literal('altered'),
          Type.Literal('removed'),
          Type.Literal('inserted'),
          Type.Literal('head'),
        ]),
        rowId: Nullable(Type.String()),
        seq: Nullable(Type.String()),
        zh: Type.String(),
        en: Type.String(),
      },
      { description: 'the first row that does not fit, as `audit verify` names it' },
    ),
  ),
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

export function auditRoutes(
  app: App,
  {
    db,
    clock,
    names,
    ownWords,
  }: {
    db: Db;
    clock: () => Date;
    names: AuditNames;
    /** A value whose owner says it (a program's rule, amount, record kind), for the export (变更内容). */
    ownWords?: AuditOwnWords;
  },
): void {
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
    summary:
      'The audit log as filtered, as .xlsx, with what each row changed in words (at most 50,000 rows; the export is itself logged)',
    querystring: Obj(auditFilters),
    run: (actor, { query }) => exportAudit(db, names, actor, query, todayInChina(clock()), ownWords),
  });
  // a GET: the check changes nothing (its own log row aside, as an export's), and the audit administrator holds
  // no write route (三员分立, administrators.test.ts)
  on.get('/api/audit/verify', {
    config: { permission: 'audit.read' },
    summary:
      'Check the audit chain from its anchor to its head, as `audit verify` does (the check is itself logged)',
    querystring: Obj({}),
    response: ChainCheckSchema,
    run: (actor) => checkAuditChain(db, actor),
  });
}
