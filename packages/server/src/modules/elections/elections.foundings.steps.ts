import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { err, FOUNDING } from './elections.errors.ts';
import { type FoundingRow, findFounding } from './elections.foundings.repository.ts';
import type { CommitteePeople, FoundingStatus } from './elections.repository.ts';

export const DEFAULT_TERM_YEARS = 5;

/** Names as typed, each once, blanks dropped. */
export const distinct = (names: string[]) => [...new Set(names.map((n) => n.trim()).filter(Boolean))];

/** A committee's people, the chair and vice-chairs counted among its members (委员). */
export function committeeOf(c: CommitteePeople): CommitteePeople {
  return {
    chair: c.chair.trim(),
    viceChairs: distinct(c.viceChairs),
    members: distinct([c.chair, ...c.viceChairs, ...c.members]),
    auditors: distinct(c.auditors),
    women: distinct(c.women),
  };
}

const STEP_ZH: Record<FoundingStatus, string> = {
  applied: '已申请',
  preparing: '筹备中',
  met: '已召开会员大会',
  elected: '已选举委员会',
  approved: '已批准成立',
  withdrawn: '已撤回',
};

/** The steps a founding's use cases share: a founding in scope, the step it stands at, the day of a step, a step recorded. */
export function foundingSteps(db: Db, clock: () => Date) {
  async function inScope(sql: Sql, actor: Actor, id: number, write: boolean, lock = false) {
    const f = await findFounding(sql, id, lock);
    if (!f) throw notFound(FOUNDING);
    requireAccess(actor, write ? 'elections.write' : 'elections.read', { orgPath: f.parentOrgPath });
    return f;
  }
  /** The founding must stand at `at` for the step `next`; else the step is refused, naming where it stands. */
  function requireAt(f: FoundingRow, at: FoundingStatus, next: string) {
    if (f.status !== at)
      throw err(
        'conflict',
        'FOUNDING_STEP_ORDER',
        `${f.name}的组建当前为「${STEP_ZH[f.status]}」，不能${next}`,
        `The founding of ${f.name} stands at "${f.status}"; this step does not follow`,
        undefined,
        { status: f.status },
      );
  }
  const dayOf = (
    actor: Actor,
    on: string | undefined,
    what: { zh: string; en: string },
    after: string | null,
    prior: { zh: string; en: string },
  ) => effectiveDay(actor, on, what, [{ day: after, name: prior }], { now: clock() }).day;
  async function step(
    actor: Actor,
    id: number,
    action: 'founding.prepare' | 'founding.meet' | 'founding.elect',
    run: (sql: Sql, f: FoundingRow) => Promise<Record<string, unknown>>,
  ) {
    return db.tx(async (sql) => {
      const f = await inScope(sql, actor, id, true, true);
      const after = await run(sql, f);
      await recordAudit(sql, actor, {
        action,
        entity: 'founding',
        entityId: id,
        orgId: f.parentOrgId,
        after,
      });
      return { id };
    });
  }
  return { inScope, requireAt, dayOf, step };
}
