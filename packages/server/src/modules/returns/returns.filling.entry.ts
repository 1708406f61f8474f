import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { recordAudit } from '../audit/index.ts';
import { returnErrors } from './returns.errors.ts';
import { computeFigures } from './returns.figures.compute.ts';
import { fillingSteps, formKeys, inUnion, type ValueInput } from './returns.filling.steps.ts';
import { boundValues, checkValue, readValue, type ValueProblem } from './returns.form.ts';
import { childSubmissions, updateSubmission, type ValueSource } from './returns.repository.ts';
import { type ValueWrite, valuesOf, writeValues } from './returns.values.repository.ts';

/** A union's staff filling its return: saving values, refreshing what the unions below report. */
export function createFillingEntry(db: Db, clock: Clock) {
  const { load, fillerOnly, editable } = fillingSteps(clock);
  return {
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
        const onBehalf = fillerOnly(actor, sub);
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
            after: { changed, ...(onBehalf ? { onBehalf } : {}) },
          });
        }
        return { changed, version: changed ? sub.version + 1 : sub.version };
      });
    },
    /**
     * Reads the bound figures again (records entered since the return was issued): a value still equal to its
     * old figure follows the new one; a value the union changed keeps its value and reason.
     */
    async refresh(actor: Actor, returnId: number, orgId: number) {
      return db.tx(async (sql) => {
        const { r, sub } = await load(sql, actor, returnId, orgId, true);
        fillerOnly(actor, sub);
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
  };
}
