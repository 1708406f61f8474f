import { type Actor, canAccess, requireAccess, type Subtree } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import {
  countOf,
  type ExportedRows,
  listFileName,
  listScopeSheet,
  wholeList,
} from '../../shared/export-list.ts';
import { findEntryDays, recordAudit } from '../audit/index.ts';
import { findOrgById, type OrgRow, unionNameAsked } from '../org/index.ts';
import { openCaseFile } from './cases.attachments.ts';
import { findCategoryNames } from './cases.calendar.repository.ts';
import { caseErrors } from './cases.errors.ts';
import { listEvents } from './cases.events.repository.ts';
import { caseFilterLines, caseListXlsx } from './cases.export.ts';
import { listFiles } from './cases.files.repository.ts';
import { presentEvents, presentForStaff } from './cases.present.ts';
import { type CaseFilter, type CaseRow, findCase, listCases, unionStaff } from './cases.repository.ts';

/** A list's filter as asked: `CaseFilter`'s, each optional, a union in place of the reader's subtree. */
export interface CaseQuery extends Partial<Omit<CaseFilter, 'scope' | 'handledBy'>> {
  orgId?: number;
  /** Only the requests the reader's own union handles (its desk cards' rows). */
  mine?: boolean;
}

/** What the requests' export refuses to cut, and how to narrow it. */
const CASE_ROWS: ExportedRows = {
  code: 'CASE_EXPORT_TOO_MANY',
  noun: { zh: '诉求', unit: '件', en: 'requests' },
  narrow: {
    zh: '请按日期、工会或状态缩小范围后分次导出',
    en: 'narrow the dates, union or status and export in parts',
  },
};

/** A request staff may read: handled now, or filed, in their subtree. */
function reaches(actor: Actor, c: CaseRow): boolean {
  return (
    canAccess(actor, 'cases.read', { orgPath: c.orgPath }) ||
    canAccess(actor, 'cases.read', { orgPath: c.filedOrgPath })
  );
}

/** Staff reading requests; every read is written to the audit log (ADR 0022). */
export function createCaseReading(db: Db, clock: Clock) {
  async function readable(actor: Actor, id: number): Promise<CaseRow> {
    requireAccess(actor, 'cases.read');
    const c = await findCase(db, id);
    if (!c) throw caseErrors.notFound();
    if (!reaches(actor, c)) requireAccess(actor, 'cases.read', { orgPath: c.orgPath });
    return c;
  }

  /** The requests the list shows for `q` (its union's subtree, or the actor's), one page of them. */
  async function listed(actor: Actor, q: CaseQuery, paging: { page: number; pageSize: number }) {
    requireAccess(actor, 'cases.read');
    let scope: Subtree = actor;
    let union: OrgRow | undefined;
    if (q.orgId) {
      union = await findOrgById(db, q.orgId);
      if (!union) throw caseErrors.unionNotFound();
      requireAccess(actor, 'cases.read', { orgPath: union.path });
      scope = { path: union.path };
    }
    const page = await listCases(db, {
      scope,
      status: q.status,
      channel: q.channel,
      category: q.category,
      overdue: q.overdue,
      handledBy: q.mine ? (actor.orgId ?? -1) : undefined,
      q: q.q?.trim() || undefined,
      from: q.from,
      to: q.to,
      ...paging,
    });
    return { ...page, items: page.items.map((c) => presentForStaff(c, actor)), union };
  }

  return {
    async list(actor: Actor, q: CaseQuery) {
      const { union: _, ...page } = await listed(actor, q, { page: q.page ?? 1, pageSize: q.pageSize ?? 20 });
      const items = page.items;
      await recordAudit(db, actor, {
        action: 'case.list',
        entity: 'case',
        orgId: actor.orgId,
        after: { ids: items.map((c) => c.id), identities: items.filter((c) => c.worker).map((c) => c.id) },
      });
      return page;
    },

    /**
     * The list as filtered, as .xlsx: every matching request (at most EXPORT_MAX; more is refused, never cut),
     * the worker named only where the list would name them; audited like the list.
     */
    async exportList(actor: Actor, q: CaseQuery) {
      let union: OrgRow | undefined;
      const items = await wholeList(async (paging) => {
        const page = await listed(actor, q, paging);
        union = page.union;
        return page;
      }, CASE_ROWS);
      await recordAudit(db, actor, {
        action: 'case.export',
        entity: 'case',
        orgId: actor.orgId,
        after: { rows: items.length, identities: items.filter((c) => c.worker).map((c) => c.id) },
      });
      const entered = await findEntryDays(
        db,
        'case',
        items.map((c) => c.id),
        ['case.accept', 'case.reply', 'case.close', 'case.rate'],
      );
      const whose = union?.name ?? (await unionNameAsked(db, actor, null));
      const day = todayInChina(clock());
      return {
        buffer: caseListXlsx(
          items,
          entered,
          listScopeSheet(
            whose,
            day,
            countOf(CASE_ROWS.noun, items.length),
            undefined,
            caseFilterLines(
              q,
              q.category ? (await findCategoryNames(db, [q.category])).get(q.category)?.zh : undefined,
            ),
          ),
        ),
        fileName: listFileName(whose, '职工诉求清单', day),
      };
    },

    async get(actor: Actor, id: number) {
      const c = await readable(actor, id);
      const view = presentForStaff(c, actor);
      const canHandle = view.inChain && canAccess(actor, 'cases.handle', { orgPath: c.orgPath });
      const here = await findOrgById(db, c.orgId);
      const up = here?.parentId ? await findOrgById(db, here.parentId) : undefined;
      await recordAudit(db, actor, {
        action: 'case.read',
        entity: 'case',
        entityId: id,
        orgId: c.orgId,
        after: { identity: view.identity },
      });
      return {
        case: view,
        events: presentEvents(await listEvents(db, id), false),
        files: await listFiles(db, id),
        canHandle,
        handlers: canHandle ? await unionStaff(db, c.orgId) : [],
        unionAbove: up ? { id: up.id, name: up.name } : null,
      };
    },

    async file(actor: Actor, id: number, fileId: number) {
      const c = await readable(actor, id);
      return openCaseFile(db, actor, { id, orgId: c.orgId }, fileId);
    },
  };
}
