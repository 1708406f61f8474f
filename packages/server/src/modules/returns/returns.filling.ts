import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { chinaDayOf, effectiveDay, type NotBefore } from '../../shared/effective.ts';
import type { Bilingual } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { addMessage } from '../messages/index.ts';
import { afterDecision, afterIssue, afterSubmission, dayOf } from './returns.days.ts';
import { returnErrors } from './returns.errors.ts';
import { computeFigures, FIGURES } from './returns.figures.ts';
import {
  boundValues,
  cellKey,
  checkRules,
  checkValue,
  type FormField,
  formFields,
  formTables,
  type ReturnForm,
  readValue,
  type StoredValue,
  showValue,
  type ValueProblem,
} from './returns.form.ts';
import { findLastYear, lastYearOf } from './returns.lastyear.ts';
import { treeOrderBelow } from './returns.order.ts';
import { staffOf } from './returns.remind.repository.ts';
import {
  childSubmissions,
  findReturn,
  findSubmission,
  type ReturnRow,
  type SubmissionRow,
  updateSubmission,
  type ValueSource,
} from './returns.repository.ts';
import {
  acceptedChildTotals,
  commentsOf,
  historyOf,
  insertComments,
  recordConsolidation,
  setTotals,
  type ValueWrite,
  valuesOf,
  writeValues,
} from './returns.values.repository.ts';

/** Every key a form holds a value under, with the field that reads it: fields, and table cells. */
export function formKeys(
  form: ReturnForm,
): Map<string, { field: FormField; total: boolean; table?: string }> {
  const keys = new Map<string, { field: FormField; total: boolean; table?: string }>();
  for (const f of formFields(form))
    keys.set(f.key, { field: f, total: f.type !== 'text' && f.type !== 'choice' && f.type !== 'date' });
  for (const t of formTables(form)) {
    const numeric = (c: FormField) => c.type === 'int' || c.type === 'money' || c.type === 'percent';
    if (t.rows) {
      for (const r of t.rows)
        for (const c of t.columns)
          keys.set(cellKey(t.key, r.key, c.key), {
            field: {
              ...c,
              label: `${t.label}·${r.label}·${c.label}`,
              ...(r.figures?.[c.key] ? { figure: r.figures[c.key] } : {}),
            },
            total: numeric(c) && c.type !== 'percent',
            table: t.key,
          });
    } else {
      const max = t.maxRows ?? 500;
      for (let i = 1; i <= max; i += 1)
        for (const c of t.columns)
          keys.set(cellKey(t.key, i, c.key), {
            field: { ...c, label: `${t.label}·第${i}行·${c.label}`, required: false },
            total: false,
            table: t.key,
          });
    }
  }
  return keys;
}

/**
 * A value's problem as a save reports it: the union's name first, and what was typed when the message does not
 * already say it (“年龄结构·35岁以下·人数”不能为负数（填写的是“-3”）).
 */
export function inUnion(orgName: string, p: ValueProblem, typed?: string | null): ValueProblem {
  const shown = typed === undefined || typed === null ? '' : typed.trim();
  return {
    key: p.key,
    zh: `${orgName}：${p.zh}${typed === undefined ? '' : `（填写的是“${shown}”）`}`,
    en: `${orgName}: ${p.en}${typed === undefined ? '' : ` (it reads “${shown}”)`}`,
  };
}

/** Percentages are not summed: a consolidated percentage is not the sum of its parts. */
const summed = (f: FormField) => f.type === 'int' || f.type === 'money';

export interface ValueInput {
  key: string;
  /** As typed or as the sheet holds it; null or '' clears the value. */
  value: string | null;
  /** Why a bound figure was changed. */
  reason?: string | null;
}

export function createFillingService(db: Db, clock: Clock) {
  const decisionDay = (
    actor: Actor,
    effectiveOn: string | undefined,
    what: Bilingual,
    notBefore: NotBefore[],
  ) => effectiveDay(actor, effectiveOn, what, notBefore, { now: clock() });
  /** The return and a union's submission in it, for a caller who may see it (the union's own staff or above). */
  async function load(sql: Sql, actor: Actor, returnId: number, orgId: number, lock = false) {
    const r = await findReturn(sql, returnId);
    if (!r || r.status === 'draft') throw returnErrors.notFound();
    const sub = await findSubmission(sql, returnId, orgId, lock);
    if (!sub) throw returnErrors.unionNotInReturn();
    requireAccess(actor, 'returns.fill', { orgPath: sub.orgPath });
    return { r, sub };
  }
  const ownOnly = (actor: Actor, sub: SubmissionRow) => {
    if (actor.orgId !== sub.orgId) throw returnErrors.notOwnUnion();
  };
  const reviewerOnly = (actor: Actor, sub: SubmissionRow) => {
    requireAccess(actor, 'returns.review');
    if (actor.orgId !== sub.reviewerOrgId) throw returnErrors.notReviewer();
  };
  const editable = (r: ReturnRow, sub: SubmissionRow) => {
    if (r.status !== 'issued') throw returnErrors.notIssued();
    if (sub.status !== 'open' && sub.status !== 'returned') throw returnErrors.locked(sub.status);
  };

  /** The values a union reports: its own, and for a consolidating union its own plus its accepted unions'. */
  async function reportedTotals(sql: Sql, r: ReturnRow, sub: SubmissionRow, own: Map<string, StoredValue>) {
    const keys = formKeys(r.form);
    const children = sub.consolidates
      ? await acceptedChildTotals(sql, r.id, sub.id)
      : new Map<string, number>();
    const totals = new Map<string, number>();
    for (const [key, k] of keys) {
      if (!k.total || !summed(k.field)) {
        if (k.total && own.get(key)?.num != null) totals.set(key, own.get(key)?.num as number);
        continue;
      }
      const mine = own.get(key)?.num ?? null;
      const below = children.get(key) ?? null;
      if (mine === null && below === null) continue;
      totals.set(key, (mine ?? 0) + (below ?? 0));
    }
    return totals;
  }

  /**
   * Everything wrong with a submission as it stands: required, ranges, rules (on what it reports). A consolidating
   * union must report each required number (its own plus its unions'); what describes one union (a type, a text)
   * it need not give for itself.
   */
  function problemsOf(
    r: ReturnRow,
    sub: SubmissionRow,
    own: Map<string, StoredValue>,
    totals: Map<string, number>,
  ) {
    const keys = formKeys(r.form);
    const problems: ValueProblem[] = [];
    const seen = (key: string): StoredValue | undefined => {
      const k = keys.get(key);
      if (sub.consolidates && k?.total && summed(k.field)) {
        const t = totals.get(key);
        return t === undefined ? undefined : { num: t, txt: null };
      }
      return own.get(key);
    };
    for (const [key, k] of keys) {
      if (k.table && !formTables(r.form).find((t) => t.key === k.table)?.rows) {
        const v = own.get(key);
        if (v && (v.num !== null || v.txt !== null)) problems.push(...checkValue(k.field, v, key, false));
        continue;
      }
      problems.push(
        ...checkValue(k.field, seen(key), key, k.field.required && (!sub.consolidates || summed(k.field))),
      );
    }
    const forRules = new Map<string, StoredValue>();
    for (const f of formFields(r.form)) {
      const v = seen(f.key);
      if (v) forRules.set(f.key, v);
    }
    problems.push(...checkRules(r.form, forRules));
    return problems;
  }

  async function ownValues(sql: Sql, subId: number) {
    const rows = await valuesOf(sql, subId);
    return { rows, own: new Map(rows.map((v) => [v.key, { num: v.num, txt: v.txt }])) };
  }

  async function tell(sql: Sql, orgId: number, notice: Parameters<typeof addMessage>[2]) {
    const staff = await staffOf(sql, [orgId]);
    if (staff.length)
      await addMessage(
        sql,
        staff.map((s) => s.userId),
        notice,
      );
  }

  const link = (r: ReturnRow, orgId: number) => `/returns/${r.id}/unions/${orgId}`;

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
            edit: isOwn && r.status === 'issued' && (sub.status === 'open' || sub.status === 'returned'),
            review: isReviewer && r.status === 'issued',
          },
        };
      });
    },

    /**
     * Saves values as a draft (typed on the page, or read from the union's sheet). A bound figure changed needs
     * a reason, kept with the value; a value equal to the figure is the figure again. Nothing is saved when one
     * value is wrong.
     */
    async save(
      actor: Actor,
      returnId: number,
      orgId: number,
      input: { values: ValueInput[]; version?: number },
      source: 'typed' | 'sheet' = 'typed',
    ) {
      return db.tx(async (sql) => {
        const { r, sub } = await load(sql, actor, returnId, orgId, true);
        ownOnly(actor, sub);
        editable(r, sub);
        if (input.version !== undefined && input.version !== sub.version) throw returnErrors.stale();
        const keys = formKeys(r.form);
        const stored = new Map((await valuesOf(sql, sub.id)).map((v) => [v.key, v]));
        const problems: ValueProblem[] = [];
        const writes = [];
        for (const v of input.values) {
          const k = keys.get(v.key);
          if (!k) throw returnErrors.unknownField(v.key);
          const read = readValue(k.field, v.value, v.key);
          if ('zh' in read) {
            problems.push(inUnion(sub.orgName, read));
            continue;
          }
          // what the value itself breaks (a negative count, a bound) is refused now, not first at submission
          const wrong = checkValue(k.field, read, v.key, false);
          if (wrong.length) {
            problems.push(...wrong.map((p) => inUnion(sub.orgName, p, v.value)));
            continue;
          }
          const old = stored.get(v.key);
          const bound = old?.boundNum ?? null;
          let reason = v.reason?.trim() || null;
          let from: ValueSource = source;
          if (k.field.figure && bound !== null) {
            if (read.num === bound) {
              from = 'bound';
              reason = null;
            } else {
              reason = reason ?? (old && old.num === read.num ? old.reason : null);
              if (!reason) throw returnErrors.reasonNeeded(k.field.label, v.key);
            }
          }
          writes.push({ key: v.key, num: read.num, txt: read.txt, source: from, reason });
        }
        if (problems.length) throw returnErrors.values(problems);
        const changed = await writeValues(sql, sub, writes, actor.userId || null);
        if (changed) {
          await updateSubmission(sql, sub.id, {});
          await recordAudit(sql, actor, {
            action: source === 'sheet' ? 'return.upload' : 'return.save',
            entity: 'return',
            entityId: r.id,
            orgId: sub.orgId,
            after: { changed },
          });
        }
        return { changed, version: changed ? sub.version + 1 : sub.version };
      });
    },

    /** Submits a union's return to the union above: checked, then locked; what it reports is fixed. */
    /**
     * Submits a union's return, on `receivedOn` (ADR 40): today by default; a return handed in on paper on a past
     * day is recorded on that day (`history.backdate`), not before the return was issued nor before it was sent
     * back, and its first submission's day decides whether it was on time.
     */
    async submit(actor: Actor, returnId: number, orgId: number, receivedOn?: string) {
      return db.tx(async (sql) => {
        const { r, sub } = await load(sql, actor, returnId, orgId, true);
        ownOnly(actor, sub);
        editable(r, sub);
        const on = effectiveDay(
          actor,
          receivedOn,
          { zh: '报送', en: 'submission' },
          [
            { day: r.issuedAt && chinaDayOf(r.issuedAt), name: { zh: '下发日期', en: 'issue date' } },
            {
              day: sub.decidedAt && chinaDayOf(sub.decidedAt),
              name: { zh: '退回日期', en: 'date it was sent back' },
            },
          ],
          { field: 'receivedOn', now: clock() },
        );
        if (sub.consolidates) {
          const pending = (await childSubmissions(sql, r.id, sub.id)).filter(
            (c) => c.status !== 'accepted' && c.status !== 'not_reported',
          );
          if (pending.length) throw returnErrors.childrenPending(pending.map((c) => c.orgName));
        }
        const { own } = await ownValues(sql, sub.id);
        const totals = await reportedTotals(sql, r, sub, own);
        const problems = problemsOf(r, sub, own, totals);
        if (problems.length) throw returnErrors.values(problems);
        const now = on.at;
        await setTotals(sql, sub, totals);
        if (sub.consolidates) await recordConsolidation(sql, sub, totals, actor.userId || null, now);
        await updateSubmission(sql, sub.id, { status: 'submitted', submittedAt: now, firstSubmittedAt: now });
        await recordAudit(sql, actor, {
          action: 'return.submit',
          entity: 'return',
          entityId: r.id,
          orgId: sub.orgId,
          ...(on.backdated ? { after: { effectiveOn: on.day } } : {}),
        });
        await tell(sql, sub.reviewerOrgId, {
          kind: 'return.submitted',
          title: { zh: `${sub.orgName}报送了“${r.title}”`, en: `${sub.orgName} submitted “${r.title}”` },
          body: { zh: '请审核：通过或退回修改。', en: 'Review it: accept it or return it for changes.' },
          link: link(r, sub.orgId),
          entity: 'return',
          entityId: r.id,
        });
        return { status: 'submitted' as const };
      });
    },

    async accept(actor: Actor, returnId: number, orgId: number, effectiveOn?: string) {
      return db.tx(async (sql) => {
        const { r, sub } = await load(sql, actor, returnId, orgId, true);
        reviewerOnly(actor, sub);
        if (r.status !== 'issued') throw returnErrors.notIssued();
        if (sub.status !== 'submitted')
          throw returnErrors.wrongState(sub.status, { zh: '审核通过', en: 'accepted' });
        const on = decisionDay(actor, effectiveOn, { zh: '审核通过', en: 'acceptance' }, [
          afterSubmission(sub),
        ]);
        await updateSubmission(sql, sub.id, {
          status: 'accepted',
          decidedAt: on.at,
          decidedBy: actor.userId || null,
        });
        await recordAudit(sql, actor, {
          action: 'return.accept',
          entity: 'return',
          entityId: r.id,
          orgId: sub.orgId,
          ...dayOf(on),
        });
        await tell(sql, sub.orgId, {
          kind: 'return.accepted',
          title: { zh: `“${r.title}”已审核通过`, en: `“${r.title}” was accepted` },
          body: {
            zh: `${sub.reviewerName}已审核通过本工会的报表。`,
            en: `${sub.reviewerName} accepted your union's return.`,
          },
          link: link(r, sub.orgId),
          entity: 'return',
          entityId: r.id,
        });
        return { status: 'accepted' as const };
      });
    },

    /** Sends a submitted (or accepted) return back with a note and comments per field; it opens again. */
    async sendBack(
      actor: Actor,
      returnId: number,
      orgId: number,
      input: { note?: string | null; comments?: { key: string; body: string }[]; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const { r, sub } = await load(sql, actor, returnId, orgId, true);
        reviewerOnly(actor, sub);
        if (r.status !== 'issued') throw returnErrors.notIssued();
        if (sub.status !== 'submitted' && sub.status !== 'accepted')
          throw returnErrors.wrongState(sub.status, { zh: '退回', en: 'returned' });
        if (sub.parentId !== null) {
          const parent = await findSubmission(sql, r.id, sub.reviewerOrgId);
          if (parent && (parent.status === 'submitted' || parent.status === 'accepted'))
            throw returnErrors.parentDone();
        }
        const keys = formKeys(r.form);
        const comments = (input.comments ?? [])
          .map((c) => ({ key: c.key, body: c.body.trim() }))
          .filter((c) => c.body);
        for (const c of comments)
          if (c.key !== '' && !keys.has(c.key)) throw returnErrors.unknownField(c.key);
        const note = input.note?.trim() || null;
        if (!note && !comments.length) throw returnErrors.commentsNeeded();
        const on = decisionDay(actor, input.effectiveOn, { zh: '退回', en: 'sending back' }, [
          afterSubmission(sub),
          afterDecision(sub),
        ]);
        await insertComments(
          sql,
          sub,
          sub.timesReturned + 1,
          [...(note ? [{ key: '', body: note }] : []), ...comments],
          actor.userId || null,
        );
        await setTotals(sql, sub, null);
        await updateSubmission(sql, sub.id, {
          status: 'returned',
          submittedAt: null,
          decidedAt: on.at,
          decidedBy: actor.userId || null,
          returnNote: note,
          returned: true,
        });
        await recordAudit(sql, actor, {
          action: 'return.send_back',
          entity: 'return',
          entityId: r.id,
          orgId: sub.orgId,
          after: { note, comments: comments.length, ...(on.backdated ? { effectiveOn: on.day } : {}) },
        });
        await tell(sql, sub.orgId, {
          kind: 'return.returned',
          title: { zh: `“${r.title}”被退回修改`, en: `“${r.title}” was returned for changes` },
          body: {
            zh: `${sub.reviewerName}退回了本工会的报表${note ? `：${note}` : `，共${comments.length}条意见`}`,
            en: `${sub.reviewerName} returned your union's return${note ? `: ${note}` : ` with ${comments.length} comment(s)`}`,
          },
          link: link(r, sub.orgId),
          entity: 'return',
          entityId: r.id,
        });
        return { status: 'returned' as const };
      });
    },

    /** Records that a union below did not report (未报), with the reason; its union above may then submit. */
    async markNotReported(
      actor: Actor,
      returnId: number,
      orgId: number,
      input: { reason: string; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const { r, sub } = await load(sql, actor, returnId, orgId, true);
        reviewerOnly(actor, sub);
        if (r.status !== 'issued') throw returnErrors.notIssued();
        const reason = input.reason.trim();
        if (!reason) throw returnErrors.reasonRequired();
        if (sub.status !== 'open' && sub.status !== 'returned')
          throw returnErrors.wrongState(sub.status, { zh: '标记未报', en: 'marked not reported' });
        const on = decisionDay(actor, input.effectiveOn, { zh: '标记未报', en: 'not-reported' }, [
          afterIssue(r),
          afterDecision(sub),
        ]);
        await updateSubmission(sql, sub.id, {
          status: 'not_reported',
          notReportedReason: reason,
          decidedAt: on.at,
        });
        await recordAudit(sql, actor, {
          action: 'return.not_reported',
          entity: 'return',
          entityId: r.id,
          orgId: sub.orgId,
          after: { reason, ...(on.backdated ? { effectiveOn: on.day } : {}) },
        });
        return { status: 'not_reported' as const };
      });
    },

    /** Undoes 未报: the union may fill its return again. */
    async reopen(actor: Actor, returnId: number, orgId: number, effectiveOn?: string) {
      return db.tx(async (sql) => {
        const { r, sub } = await load(sql, actor, returnId, orgId, true);
        reviewerOnly(actor, sub);
        if (r.status !== 'issued') throw returnErrors.notIssued();
        if (sub.status !== 'not_reported')
          throw returnErrors.wrongState(sub.status, { zh: '恢复填报', en: 'reopened' });
        const on = decisionDay(actor, effectiveOn, { zh: '恢复填报', en: 'reopening' }, [afterDecision(sub)]);
        // The reopening's day is the submission's last decision: a later submission may not precede it.
        await updateSubmission(sql, sub.id, { status: 'open', notReportedReason: null, decidedAt: on.at });
        await recordAudit(sql, actor, {
          action: 'return.reopen',
          entity: 'return',
          entityId: r.id,
          orgId: sub.orgId,
          ...dayOf(on),
        });
        return { status: 'open' as const };
      });
    },

    /**
     * Reads the bound figures again (records entered since the return was issued): a value still equal to its
     * old figure follows the new one; a value the union changed keeps its value and reason.
     */
    async refresh(actor: Actor, returnId: number, orgId: number) {
      return db.tx(async (sql) => {
        const { r, sub } = await load(sql, actor, returnId, orgId, true);
        ownOnly(actor, sub);
        editable(r, sub);
        const bound = boundValues(r.form);
        if (!bound.length) return { changed: 0 };
        const children = await childSubmissions(sql, r.id, sub.id);
        const figures = await computeFigures(sql, {
          rootPath: sub.orgPath,
          unions: [
            { orgId: sub.orgId, path: sub.orgPath },
            ...children.map((c) => ({ orgId: c.orgId, path: c.orgPath })),
          ],
          from: r.periodFrom,
          to: r.periodTo,
          keys: bound.map((f) => f.figure),
        });
        const stored = new Map((await valuesOf(sql, sub.id)).map((v) => [v.key, v]));
        const writes = bound.flatMap((f): ValueWrite[] => {
          const fresh = figures.get(sub.orgId)?.get(f.figure) ?? null;
          const old = stored.get(f.key);
          if (fresh === null)
            return old
              ? [
                  {
                    key: f.key,
                    num: old.num,
                    txt: old.txt,
                    boundNum: null,
                    source: 'typed' as const,
                    reason: null,
                  },
                ]
              : [];
          const follows = !old || old.num === old.boundNum || old.num === null;
          return [
            follows
              ? { key: f.key, num: fresh, txt: null, boundNum: fresh, source: 'bound' as const, reason: null }
              : {
                  key: f.key,
                  num: old.num,
                  txt: old.txt,
                  boundNum: fresh,
                  source: old.source,
                  reason: old.reason,
                },
          ];
        });
        const changed = await writeValues(sql, sub, writes, actor.userId || null);
        await updateSubmission(sql, sub.id, {});
        await recordAudit(sql, actor, {
          action: 'return.refresh',
          entity: 'return',
          entityId: r.id,
          orgId: sub.orgId,
          after: { changed },
        });
        return { changed };
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

export type FillingService = ReturnType<typeof createFillingService>;
