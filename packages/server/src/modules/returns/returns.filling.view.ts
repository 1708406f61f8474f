import { type Actor, canAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { FIGURES } from './returns.figures.ts';
import { fillingSteps, formKeys } from './returns.filling.steps.ts';
import { boundValues, type FormField, showValue } from './returns.form.ts';
import { findLastYear, lastYearOf } from './returns.lastyear.ts';
import { treeOrderBelow } from './returns.order.ts';
import { childSubmissions, type ValueSource } from './returns.repository.ts';
import { commentsOf, historyOf } from './returns.values.repository.ts';

/** One union's return as its staff and the unions above see it, and the history of a value. */
export function createFillingView(db: Db, clock: Clock) {
  const { load, reportedTotals, problemsOf, ownValues } = fillingSteps(clock);
  return {
    /** One union's return as its staff and the unions above see it. */
    async view(actor: Actor, returnId: number, orgId: number) {
      return db.tx(async (sql) => {
        const { r, sub } = await load(sql, actor, returnId, orgId);
        const { rows, own } = await ownValues(sql, sub.id);
        const totals = await reportedTotals(sql, r, sub, own);
        const keys = formKeys(r.form);
        const values: Record<
          string,
          {
            text: string;
            bound: string | null;
            source: ValueSource;
            reason: string | null;
            enteredBy: string | null;
            enteredAt: string;
          }
        > = {};
        for (const v of rows) {
          const k = keys.get(v.key);
          if (!k || (v.num === null && v.txt === null && v.boundNum === null)) continue;
          values[v.key] = {
            text: showValue(k.field, v),
            bound: v.boundNum === null ? null : showValue(k.field, { num: v.boundNum, txt: null }),
            source: v.source,
            reason: v.reason,
            enteredBy: v.enteredBy,
            enteredAt: v.enteredAt,
          };
        }
        const shownTotals: Record<string, string> = {};
        if (sub.consolidates)
          for (const [key, n] of totals)
            shownTotals[key] = showValue(keys.get(key)?.field ?? { type: 'int' }, { num: n, txt: null });
        const children = sub.consolidates
          ? (await treeOrderBelow(sql, sub.orgPath)).sort(
              await childSubmissions(sql, r.id, sub.id),
              (c) => c.orgId,
            )
          : [];
        const lastYear: Record<string, string> = {};
        const last = await lastYearOf(sql, await findLastYear(sql, r), [sub.orgId]);
        for (const [key, n] of last.get(sub.orgId) ?? []) {
          const k = keys.get(key);
          if (k) lastYear[key] = showValue(k.field, { num: n, txt: null });
        }
        const figures: Record<string, { zh: string; en: string; basisZh: string; basisEn: string }> = {};
        for (const b of boundValues(r.form)) {
          const d = FIGURES[b.figure];
          figures[b.figure] = { zh: d.zh, en: d.en, basisZh: d.basisZh, basisEn: d.basisEn };
        }
        const isOwn = actor.orgId === sub.orgId;
        const isReviewer = actor.orgId === sub.reviewerOrgId && canAccess(actor, 'returns.review');
        return {
          returnId: r.id,
          title: r.title,
          issuerName: r.orgName,
          periodKind: r.periodKind,
          periodFrom: r.periodFrom,
          periodTo: r.periodTo,
          deadline: r.deadline,
          returnStatus: r.status,
          form: r.form,
          figures,
          orgId: sub.orgId,
          orgName: sub.orgName,
          reviewerOrgId: sub.reviewerOrgId,
          reviewerName: sub.reviewerName,
          status: sub.status,
          consolidates: sub.consolidates,
          submittedAt: sub.submittedAt,
          timesReturned: sub.timesReturned,
          returnNote: sub.returnNote,
          notReportedReason: sub.notReportedReason,
          version: sub.version,
          values,
          totals: shownTotals,
          lastYear,
          children: children.map((c) => ({
            orgId: c.orgId,
            orgName: c.orgName,
            status: c.status,
            consolidates: c.consolidates,
          })),
          comments: await commentsOf(sql, sub.id),
          problems: problemsOf(r, sub, own, totals),
          can: {
            // its own staff, or the union above entering it for them (a return mailed in on paper)
            edit:
              (isOwn || actor.orgId === sub.reviewerOrgId) &&
              r.status === 'issued' &&
              (sub.status === 'open' || sub.status === 'returned'),
            review: isReviewer && r.status === 'issued',
          },
        };
      });
    },
    async history(actor: Actor, returnId: number, orgId: number) {
      return db.tx(async (sql) => {
        const { r, sub } = await load(sql, actor, returnId, orgId);
        const keys = formKeys(r.form);
        const { items, total } = await historyOf(sql, sub.id);
        const changes = items.map((h) => {
          const f = keys.get(h.key)?.field ?? ({ type: 'text', label: '' } as FormField);
          return {
            key: h.key,
            label: f.label,
            before: showValue(f, { num: h.oldNum, txt: h.oldTxt }),
            after: showValue(f, { num: h.newNum, txt: h.newTxt }),
            source: h.source,
            reason: h.reason,
            changedBy: h.changedBy,
            changedAt: h.changedAt,
          };
        });
        return { items: changes, total };
      });
    },
  };
}
