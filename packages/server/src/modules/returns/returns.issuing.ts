import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { afterIssue, dayOf } from './returns.days.ts';
import { returnErrors } from './returns.errors.ts';
import { computeFigures } from './returns.figures.compute.ts';
import type { FigureKey } from './returns.figures.ts';
import { checkForm } from './returns.form.check.ts';
import { boundValues, type ReturnForm } from './returns.form.ts';
import { issuerOf, ownReturn } from './returns.issuer.ts';
import {
  closeReturn,
  insertReturn,
  insertSubmissions,
  lastSubmittedOn,
  markIssued,
  type NewSubmission,
  type ReturnFields,
  unionsBetween,
  updateDraftReturn,
} from './returns.repository.ts';
import { insertBoundValues } from './returns.values.repository.ts';

export interface ReturnInput extends ReturnFields {
  orgId?: number;
  copiedFrom?: number | null;
  /** The shipped form it starts from (last year's return of the same form is found by it). */
  formKey?: string | null;
}

const DAY = 86_400_000;

/** The checks every return's definition passes: a period, a deadline, a level below the issuer, a sound form. */
function checkDefinition(input: ReturnInput, issuerLevel: number) {
  const from = Date.parse(input.periodFrom);
  const to = Date.parse(input.periodTo);
  if (!(from <= to) || to - from > 5 * 366 * DAY) throw returnErrors.period();
  if (Date.parse(input.deadline) < from) throw returnErrors.deadline();
  if (input.targetLevel <= issuerLevel || input.targetLevel > 5) throw returnErrors.targetLevel(issuerLevel);
  const problems = checkForm(input.form);
  if (problems.length) throw returnErrors.formInvalid(problems);
}

/** A form as stored: texts trimmed of surrounding blanks only (what the clerk typed stays as typed). */
function cleanForm(form: ReturnForm): ReturnForm {
  const field = <F extends { label: string; unit?: string; help?: string; choices?: string[] }>(f: F): F => ({
    ...f,
    label: f.label.trim(),
    ...(f.unit !== undefined ? { unit: f.unit.trim() } : {}),
    ...(f.help !== undefined ? { help: f.help.trim() } : {}),
    ...(f.choices ? { choices: f.choices.map((c) => c.trim()).filter(Boolean) } : {}),
  });
  return {
    sections: form.sections.map((s) => ({
      ...s,
      title: s.title.trim(),
      fields: s.fields.map(field),
      tables: s.tables.map((t) => ({
        ...t,
        label: t.label.trim(),
        ...(t.rows ? { rows: t.rows.map((r) => ({ ...r, label: r.label.trim() })) } : {}),
        columns: t.columns.map(field),
      })),
    })),
    rules: form.rules.map((r) => ({ ...r, expr: r.expr.trim() })).filter((r) => r.expr),
  };
}

/** Who fills a return: the unions at the target level, and the unions between that consolidate them. */
export function planSubmissions(
  issuer: { id: number; level: number },
  unions: { id: number; path: string; level: number }[],
  targetLevel: number,
): NewSubmission[] {
  const fillers = unions.filter((u) => u.level === targetLevel);
  const ancestorsWithFillers = new Set<number>();
  for (const f of fillers)
    for (const id of f.path.split('/').filter(Boolean).map(Number)) ancestorsWithFillers.add(id);
  const inReturn = new Set(
    unions
      .filter((u) => u.level === targetLevel || (u.level > issuer.level && ancestorsWithFillers.has(u.id)))
      .map((u) => u.id),
  );
  return unions
    .filter((u) => inReturn.has(u.id))
    .map((u) => {
      const ids = u.path.split('/').filter(Boolean).map(Number);
      let parent: number | null = null;
      for (let i = ids.length - 2; i >= 0; i -= 1) {
        if (ids[i] === issuer.id) break;
        if (inReturn.has(ids[i])) {
          parent = ids[i];
          break;
        }
      }
      return { orgId: u.id, parentOrgId: parent, consolidates: u.level < targetLevel };
    });
}

/** Bound figure keys of a form. */
export const boundKeys = (form: ReturnForm): FigureKey[] => boundValues(form).map((b) => b.figure);

/** The issuer's steps: defining a return (or copying last period's), issuing it to the unions below, closing it. */
export function createReturnIssuing(db: Db, clock: Clock) {
  return {
    async create(actor: Actor, input: ReturnInput) {
      return db.tx(async (sql) => {
        const org = await issuerOf(sql, actor, input.orgId);
        const form = cleanForm(input.form);
        checkDefinition({ ...input, form }, org.level);
        if (input.copiedFrom) await ownReturn(sql, actor, input.copiedFrom);
        const id = await insertReturn(sql, {
          ...input,
          title: input.title.trim(),
          form,
          orgId: org.id,
          copiedFrom: input.copiedFrom ?? null,
          createdBy: actor.userId || null,
        });
        await recordAudit(sql, actor, {
          action: 'return.create',
          entity: 'return',
          entityId: id,
          orgId: org.id,
          after: { title: input.title.trim(), periodFrom: input.periodFrom, periodTo: input.periodTo },
        });
        return { id };
      });
    },
    async update(actor: Actor, id: number, input: ReturnInput) {
      return db.tx(async (sql) => {
        const r = await ownReturn(sql, actor, id, true);
        if (r.status !== 'draft') throw returnErrors.notDraft(r.status);
        const form = cleanForm(input.form);
        checkDefinition({ ...input, form }, r.orgLevel);
        await updateDraftReturn(sql, id, { ...input, title: input.title.trim(), form });
        await recordAudit(sql, actor, {
          action: 'return.update',
          entity: 'return',
          entityId: id,
          orgId: r.orgId,
          before: { title: r.title },
          after: { title: input.title.trim() },
        });
        return { id };
      });
    },
    /** Next period's return from this one: the same form and level, the period and the years in the title moved on. */
    async copy(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const r = await ownReturn(sql, actor, id);
        const shift = (day: string, months: number) => {
          const d = new Date(`${day}T00:00:00Z`);
          const last =
            new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate() === d.getUTCDate();
          const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
          const days = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 0)).getUTCDate();
          m.setUTCDate(last ? days : Math.min(d.getUTCDate(), days));
          return m.toISOString().slice(0, 10);
        };
        const months =
          r.periodKind === 'quarter' ? 3 : r.periodKind === 'month' ? 1 : r.periodKind === 'range' ? 12 : 12;
        const years = Math.round(months / 12);
        const title = years
          ? r.title.replace(/(\d{4})/g, (y) =>
              Number(y) >= 1990 && Number(y) <= 2200 ? String(Number(y) + years) : y,
            )
          : r.title;
        const newId = await insertReturn(sql, {
          orgId: r.orgId,
          title,
          periodKind: r.periodKind,
          periodFrom: shift(r.periodFrom, months),
          periodTo: shift(r.periodTo, months),
          targetLevel: r.targetLevel,
          deadline: shift(r.deadline, months),
          form: r.form,
          copiedFrom: r.id,
          formKey: r.formKey,
          createdBy: actor.userId || null,
        });
        await recordAudit(sql, actor, {
          action: 'return.create',
          entity: 'return',
          entityId: newId,
          orgId: r.orgId,
          after: { title, copiedFrom: r.id },
        });
        return { id: newId };
      });
    },
    /** Sends the return to the unions below: their returns, pre-filled with the bound figures as of the period. */
    async issue(actor: Actor, id: number, effectiveOn?: string) {
      return db.tx(async (sql) => {
        const r = await ownReturn(sql, actor, id, true);
        if (r.status !== 'draft') throw returnErrors.notDraft(r.status);
        const on = effectiveDay(actor, effectiveOn, { zh: '下发', en: 'issue' }, [], { now: clock() });
        const unions = await unionsBetween(sql, r.orgPath, r.orgLevel + 1, r.targetLevel);
        const plan = planSubmissions({ id: r.orgId, level: r.orgLevel }, unions, r.targetLevel);
        if (!plan.some((p) => !p.consolidates)) throw returnErrors.noUnionsAtLevel();
        const subIds = await insertSubmissions(sql, id, plan);
        const keys = boundKeys(r.form);
        if (keys.length) {
          const pathOf = new Map(unions.map((u) => [u.id, u.path]));
          const figures = await computeFigures(sql, {
            rootPath: r.orgPath,
            unions: plan.map((p) => ({ orgId: p.orgId, path: pathOf.get(p.orgId) as string })),
            from: r.periodFrom,
            to: r.periodTo,
            keys,
          });
          const rows: { submissionId: number; orgId: number; key: string; num: number }[] = [];
          for (const f of boundValues(r.form)) {
            for (const p of plan) {
              const num = figures.get(p.orgId)?.get(f.figure);
              if (num !== undefined)
                rows.push({ submissionId: subIds.get(p.orgId) as number, orgId: p.orgId, key: f.key, num });
            }
          }
          await insertBoundValues(sql, rows);
        }
        await markIssued(sql, id, on.at, r.deadline);
        await recordAudit(sql, actor, {
          action: 'return.issue',
          entity: 'return',
          entityId: id,
          orgId: r.orgId,
          after: {
            unions: plan.length,
            fillers: plan.filter((p) => !p.consolidates).length,
            ...(on.backdated ? { effectiveOn: on.day } : {}),
          },
        });
        return { id, unions: plan.length, fillers: plan.filter((p) => !p.consolidates).length };
      });
    },
    /** Ends collection: nothing can be submitted or changed any more. */
    async close(actor: Actor, id: number, effectiveOn?: string) {
      return db.tx(async (sql) => {
        const r = await ownReturn(sql, actor, id, true);
        if (r.status !== 'issued') throw returnErrors.notIssued();
        const on = effectiveDay(
          actor,
          effectiveOn,
          { zh: '结束收集', en: 'closing' },
          [
            afterIssue(r),
            {
              day: await lastSubmittedOn(sql, id),
              name: { zh: '最后一次报送日期', en: 'last submission date' },
            },
          ],
          { now: clock() },
        );
        await closeReturn(sql, id, on.at);
        await recordAudit(sql, actor, {
          action: 'return.close',
          entity: 'return',
          entityId: id,
          orgId: r.orgId,
          ...dayOf(on),
        });
        return { id };
      });
    },
  };
}
