import { type Actor, can, canAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { returnErrors } from './returns.errors.ts';
import { issuerOf } from './returns.issuer.ts';
import { createReturnIssuing } from './returns.issuing.ts';
import {
  findReturn,
  findSubmission,
  latestReturnsOf,
  listIssued,
  listMine,
  listToFill,
} from './returns.repository.ts';
import { createReturnSettings } from './returns.settings.ts';

export function createReturnsService(db: Db, clock: Clock) {
  return {
    ...createReturnSettings(db, clock),
    ...createReturnIssuing(db, clock),
    /**
     * The returns of my subtree's unions (issued; drafts my own union's), and my union's own: those it has to fill
     * and those it has reported.
     */
    async list(actor: Actor, q: { page?: number; pageSize?: number }) {
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 50;
      return db.tx(async (sql) => {
        const issued =
          actor.scopePath && can(actor, 'returns.issue')
            ? await listIssued(sql, { path: actor.scopePath, ownOrgId: actor.orgId, page, pageSize })
            : { items: [], total: 0 };
        const none = { items: [], total: 0 };
        const toFill = actor.orgId ? await listToFill(sql, actor.orgId) : none;
        const reported = actor.orgId ? await listMine(sql, actor.orgId, 'reported') : none;
        return {
          issued: issued.items,
          issuedTotal: issued.total,
          toFill: toFill.items,
          toFillTotal: toFill.total,
          reported: reported.items,
          reportedTotal: reported.total,
        };
      });
    },
    /** The returns the union issued before, to copy from (newest first). */
    async previous(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const org = await issuerOf(sql, actor, orgId);
        return latestReturnsOf(sql, org.id);
      });
    },
    /** A return as its issuer's subtree or a union that fills it sees it (a draft only the issuer's staff). */
    async get(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const r = await findReturn(sql, id);
        if (!r) throw returnErrors.notFound();
        const isIssuer = canAccess(actor, 'returns.issue', { orgPath: r.orgPath });
        const seesIssuer = actor.scopePath !== null && r.orgPath.startsWith(actor.scopePath);
        const own =
          actor.orgId !== null && r.status !== 'draft'
            ? await findSubmission(sql, id, actor.orgId)
            : undefined;
        if ((r.status === 'draft' && !isIssuer) || (!seesIssuer && !own)) throw returnErrors.notFound();
        return {
          ...r,
          isIssuer,
          mine: own ? { orgId: own.orgId, status: own.status, consolidates: own.consolidates } : null,
        };
      });
    },
  };
}

export type ReturnsService = ReturnType<typeof createReturnsService>;
