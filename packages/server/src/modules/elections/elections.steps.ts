import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { type PeriodAsked, periodYears, statsPeriod } from '../../shared/period.ts';
import { sumFields } from '../../shared/sum-fields.ts';
import { subtreeAsked, unionAsked } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { DEFAULT_TERM_YEARS } from './elections.foundings.steps.ts';
import { electionFigureNotes } from './elections.notes.ts';
import {
  type CommitteeRow,
  countOverdueOn,
  countTermsEndingByYear,
  findSettingFor,
  type Majority,
} from './elections.repository.ts';

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** The steps the records and the rest of the service share: a union the actor may reach, its setting, a term as shown, the statistics. */
export function electionSteps(db: Db, clock: Clock) {
  const today = () => todayInChina(clock());
  async function unionPath(sql: Sql, actor: Actor, orgId: number | undefined, write = false) {
    return subtreeAsked(sql, actor, orgId, write ? 'elections.write' : 'elections.read');
  }
  async function settingOf(sql: Sql, path: string) {
    const s = await findSettingFor(sql, path);
    return {
      termYears: s?.termYears ?? DEFAULT_TERM_YEARS,
      majority: s?.majority ?? ('voting' as Majority),
      fromOrgId: s?.orgId ?? null,
      fromOrgName: s?.orgName ?? null,
    };
  }
  const termView = (c: CommitteeRow, now: string) => {
    const { orgPath: _p, ...rest } = c;
    const daysOverdue = daysBetween(c.endsOn, now);
    return { ...rest, daysOverdue, overdue: daysOverdue > 0 };
  };
  async function stats(actor: Actor, q: { orgId?: number } & PeriodAsked) {
    const period = statsPeriod(q, today());
    return db.tx(async (sql) => {
      const { path, name } = await unionAsked(sql, actor, q.orgId, 'elections.read');
      const { from, to, asOf } = period;
      const years = new Map<
        number,
        { year: number; founded: number; foundingMembers: number; held: number; due: number; overdue: number }
      >();
      for (const y of periodYears(period))
        years.set(y, { year: y, founded: 0, foundingMembers: 0, held: 0, due: 0, overdue: 0 });
      const counted = await sumCounts(sql, {
        subject: ['elections.founded', 'elections.founding_members', 'elections.held'],
        path,
        from,
        to,
        by: ['subject', 'month'],
      });
      for (const c of counted) {
        const r = years.get(Number(c.month.slice(0, 4)));
        if (!r) continue;
        if (c.subject === 'elections.founded') r.founded += c.n;
        else if (c.subject === 'elections.founding_members') r.foundingMembers += c.n;
        else r.held += c.n;
      }
      for (const d of await countTermsEndingByYear(sql, path, from, to)) {
        const r = years.get(d.year);
        if (r) r.due += d.n;
      }
      for (const r of years.values()) {
        const end = [`${r.year}-12-31`, asOf].sort()[0];
        if (end >= `${r.year}-01-01`) r.overdue = await countOverdueOn(sql, path, end);
      }
      const list = [...years.values()];
      const total = sumFields(list, ['founded', 'foundingMembers', 'held', 'due']);
      const orgName = name ?? '';
      const overdue = await countOverdueOn(sql, path, asOf);
      return { ...period, orgName, years: list, total, overdue, notes: electionFigureNotes(period), path };
    });
  }
  return { today, unionPath, settingOf, termView, stats };
}
