import { type Actor, requireAccess, subtreeCondition } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { effectiveDay } from '../../../shared/effective.ts';
import { getOrgInScope } from '../../org/index.ts';
import { proposeFromFacts } from '../../programs/index.ts';
import { MASTER_LEVELS } from '../innovation.vocabulary.ts';
import { getStudioInScope } from '../problems/index.ts';
import {
  listMastersAndPairs,
  listPairsOfApprentice,
  listSessionsOfApprentice,
  listStudioSessions,
} from './mentoring.repository.ts';
import { expectedSessions, mentoringFlags, qualifiesForSubsidy, SESSIONS_A_YEAR } from './mentoring.rules.ts';

/**
 * Where mentoring stands: per master and year, the pairs with their confirmed sessions, the flags (fewer than
 * 2 apprentices; pairs behind schedule from mid-year) and whether the year qualifies for the subsidy; the
 * apprentice's own view; and the subsidy proposals made from these facts.
 */

/**
 * The masters matching `where` with live pairs in the year, flagged: at most the first `cap` (a list's 1,000 by
 * default; every one, null, for a proposal), and the total.
 */
async function loadMasters(
  sql: Sql,
  where: string,
  params: unknown[],
  year: number,
  today: string,
  cap?: number | null,
) {
  const { masters, total, pairs } = await listMastersAndPairs(sql, where, params, year, cap);
  const expected = expectedSessions(year, today);
  const items = masters.map((m) => {
    const own = pairs.filter((p) => p.studioId === m.studioId);
    const accepted = own.filter((p) => p.status === 'accepted');
    const facts = { accepted: accepted.length, confirmed: accepted.map((p) => p.confirmed) };
    return {
      ...m,
      year,
      expected,
      pairs: own.map(({ studioId: _s, ...p }) => ({
        ...p,
        behind: p.status === 'accepted' && p.confirmed < expected,
      })),
      ...mentoringFlags(facts, expected),
      qualifies: qualifiesForSubsidy(facts),
    };
  });
  return { items, total };
}

export type MasterYear = Awaited<ReturnType<typeof loadMasters>>['items'][number];

export function createMentoringStatusService(db: Db, clock: Clock) {
  const today = () => todayInChina(clock());
  return {
    /**
     * The union's list: masters of its subtree with pairs in the year, flagged; at most the first 1,000, with how
     * many there are in all (`flagged` counts those listed).
     */
    async listMentoring(actor: Actor, q: { year?: number; orgId?: number }) {
      requireAccess(actor, 'innovation.read');
      const year = q.year ?? Number(today().slice(0, 4));
      const root = q.orgId ? await getOrgInScope(db, actor, q.orgId) : null;
      const params: unknown[] = [];
      const where = subtreeCondition(root ? { path: root.path } : actor, 'o.path', params);
      const { items, total } = await loadMasters(db, where, params, year, today());
      return {
        year,
        sessionsAYear: SESSIONS_A_YEAR,
        items,
        total,
        flagged: items.filter((m) => m.fewApprentices || m.behindPairs > 0).length,
      };
    },

    /** One studio's mentoring for the year (its page), with the sessions logged. */
    async studioMentoring(actor: Actor, studioId: number, q: { year?: number }) {
      const studio = await getStudioInScope(db, actor, studioId, 'innovation.read');
      const year = q.year ?? Number(today().slice(0, 4));
      const [master] = (await loadMasters(db, 's.id = $1', [studio.id], year, today())).items;
      const sessions = await listStudioSessions(db, studio.id, year);
      const eligible = (MASTER_LEVELS as readonly string[]).includes(studio.level) && !!studio.leaderPersonId;
      return {
        studio: {
          id: studio.id,
          name: studio.name,
          level: studio.level,
          leaderName: studio.leaderName,
          eligible,
        },
        year,
        master: master ?? null,
        sessions,
      };
    },

    /** The apprentice's own invitations and pairs, with the sessions to confirm (the latest 200, and the total). */
    async myMentoring(actor: Actor) {
      requireAccess(actor, 'self.read');
      if (!actor.personId) return { pairs: [], sessions: [], sessionsTotal: 0 };
      const pairs = await listPairsOfApprentice(db, actor.personId);
      const sessions = await listSessionsOfApprentice(db, actor.personId);
      return { pairs, sessions: sessions.items, sessionsTotal: sessions.total };
    },

    /**
     * Proposes the mentoring subsidy (preset 'bjft-mentoring') for every master of the actor's subtree whose
     * year qualifies; masters already proposed for the year are skipped.
     */
    /**
     * Proposes the subsidy for the year's qualifying masters, applied on `appliedOn` (ADR 40): given, it is checked
     * (not in the future, not before the year began, a past day needs history.backdate); absent, today within the
     * year, else the year's last day.
     */
    async proposeSubsidy(actor: Actor, q: { year: number; appliedOn?: string }) {
      requireAccess(actor, 'innovation.write');
      requireAccess(actor, 'applications.submit');
      const params: unknown[] = [];
      const levels = MASTER_LEVELS.map((l) => `'${l}'`).join(', ');
      const where = `s.status = 'active' and s.level in (${levels}) and ${subtreeCondition(actor, 'o.path', params)}`;
      const on = q.appliedOn
        ? effectiveDay(
            actor,
            q.appliedOn,
            { zh: '申报', en: 'application' },
            [{ day: `${q.year}-01-01`, name: { zh: `${q.year}年的第一天`, en: `first day of ${q.year}` } }],
            { field: 'appliedOn', now: clock() },
          ).day
        : today();
      const appliedOn = q.appliedOn || on.startsWith(String(q.year)) ? on : `${q.year}-12-31`;
      return db.tx(async (sql) => {
        // every master of the subtree, not a list's first 1,000: none that qualifies is left out of the proposal
        const all = await loadMasters(sql, where, params, q.year, on, null);
        const qualifying = all.items.filter((m) => m.qualifies);
        const result = await proposeFromFacts(
          sql,
          actor,
          'bjft-mentoring',
          qualifying.map((m) => {
            const accepted = m.pairs.filter((p) => p.status === 'accepted');
            const least = Math.min(...accepted.map((p) => p.confirmed));
            return {
              personId: m.masterPersonId,
              facts: {
                zh: `名师带徒（${m.studioName}，${q.year}年）：结对徒弟${accepted.length}名（2至4名），每名徒弟确认的带徒活动不少于${least}次（要求${SESSIONS_A_YEAR}次）`,
                en: `Mentoring (${m.studioName}, ${q.year}): ${accepted.length} apprentices (2 to 4), each confirmed at least ${least} sessions (${SESSIONS_A_YEAR} required)`,
              },
            };
          }),
          appliedOn,
        );
        return { ...result, qualifying: qualifying.length };
      });
    },
  };
}

export type MentoringStatusService = ReturnType<typeof createMentoringStatusService>;
