import { Type } from 'typebox';
import type { Db } from '../../db/db.ts';
import { DateStr, Obj, Page, Str } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { listAudit } from './audit.service.ts';

export function auditRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Search the audit log (administrators)',
        querystring: Obj({
          username: Type.Optional(Str(64)),
          action: Type.Optional(Str(64)),
          entity: Type.Optional(Str(64)),
          entityId: Type.Optional(Str(64)),
          from: Type.Optional(DateStr),
          to: Type.Optional(DateStr),
          ...Page,
        }),
      },
    },
    async (req) => listAudit(db, req.query),
  );
}
