import type { Actor } from '../../access/access.ts';
import { ALL_UNIONS } from '../../shared/figures-sheet.ts';
import { type PeriodAsked, statsPeriod } from '../../shared/period.ts';
import { figuresByUnion, unionAsked } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import type { CongressContext } from './congresses.context.ts';
import { congressesOf } from './congresses.stats.repository.ts';
import { figureNotes } from './congresses.stats-notes.ts';

/**
 * The congresses' statistics, by year and by the unions one level below, over a period (years or days). Counts kept
 * with each decision in the reporting layer, by the congress's union:
 * - 'congresses.sessions': a session, on the day it is held — a congress is held on time in a year with one;
 * - 'congresses.proposals_filed' (filing day), '.proposals_accepted' (立案 day), '.proposals_answered' (first
 *   answer's day, dim2 'in_time' | 'late'), '.proposals_rated' (final rating's day, dim the rating);
 * - 'congresses.opinions' (the day a proposal became an opinion), '.opinions_answered' (answer day, dim 'adopted' |
 *   'not_adopted');
 * - 'congresses.motions' (closing day, dim the result), 'congresses.disclosures' (publication day, dim category).
 * What each figure counts and by which days is said by figureNotes (congresses.stats-notes.ts), on the page and in
 * the export alike.
 * The congresses themselves (a few per enterprise) are read from their table: a congress counts from its first
 * term's start.
 */
const SUBJECTS = [
  'congresses.sessions',
  'congresses.proposals_filed',
  'congresses.proposals_accepted',
  'congresses.proposals_answered',
  'congresses.proposals_rated',
  'congresses.opinions',
  'congresses.opinions_answered',
  'congresses.motions',
  'congresses.disclosures',
];

export interface StatsRow {
  congresses: number;
  heldOnTime: number;
  sessions: number;
  filed: number;
  accepted: number;
  answered: number;
  answeredInTime: number;
  rated: number;
  satisfied: number;
  basic: number;
  dissatisfied: number;
  opinions: number;
  opinionsAnswered: number;
  opinionsAdopted: number;
  motions: number;
  motionsPassed: number;
  motionsFailed: number;
  motionsNoQuorum: number;
  disclosures: number;
}
const empty = (): StatsRow => ({
  congresses: 0,
  heldOnTime: 0,
  sessions: 0,
  filed: 0,
  accepted: 0,
  answered: 0,
  answeredInTime: 0,
  rated: 0,
  satisfied: 0,
  basic: 0,
  dissatisfied: 0,
  opinions: 0,
  opinionsAnswered: 0,
  opinionsAdopted: 0,
  motions: 0,
  motionsPassed: 0,
  motionsFailed: 0,
  motionsNoQuorum: 0,
  disclosures: 0,
});

function add(r: StatsRow, c: { subject: string; dim: string; dim2: string; n: number }) {
  switch (c.subject) {
    case 'congresses.sessions':
      r.sessions += c.n;
      break;
    case 'congresses.proposals_filed':
      r.filed += c.n;
      break;
    case 'congresses.proposals_accepted':
      r.accepted += c.n;
      break;
    case 'congresses.proposals_answered':
      r.answered += c.n;
      if (c.dim2 === 'in_time') r.answeredInTime += c.n;
      break;
    case 'congresses.proposals_rated':
      r.rated += c.n;
      if (c.dim === 'satisfied' || c.dim === 'basic' || c.dim === 'dissatisfied') r[c.dim] += c.n;
      break;
    case 'congresses.opinions':
      r.opinions += c.n;
      break;
    case 'congresses.opinions_answered':
      r.opinionsAnswered += c.n;
      if (c.dim === 'adopted') r.opinionsAdopted += c.n;
      break;
    case 'congresses.motions':
      r.motions += c.n;
      if (c.dim === 'passed') r.motionsPassed += c.n;
      else if (c.dim === 'failed') r.motionsFailed += c.n;
      else if (c.dim === 'no_quorum') r.motionsNoQuorum += c.n;
      break;
    case 'congresses.disclosures':
      r.disclosures += c.n;
      break;
  }
}

export function createStatsUseCases(ctx: CongressContext) {
  const { db, today } = ctx;

  async function figures(actor: Actor, q: { orgId?: number } & PeriodAsked) {
    const period = statsPeriod(q, today());
    return db.tx(async (sql) => {
      const { org: root, path, name } = await unionAsked(sql, actor, q.orgId, 'congresses.read');
      const { from, to } = period;
      const [fromYear, toYear] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
      const childOf = (orgPath: string) => {
        const part = orgPath.slice(path.length).split('/')[0];
        return part ? Number(part) : null;
      };
      // a session is held once its day has come: one planned for later this year is not held yet (nor counted);
      // every flow is counted up to the period's asOf (its last day, or today while it runs)
      const heldTo = period.asOf;
      const congresses = (await congressesOf(sql, path)).filter(
        (c) => c.since !== null && (c.since as string) <= heldTo,
      );
      const held = new Set(
        (
          await sumCounts(sql, {
            subject: 'congresses.sessions',
            path,
            from,
            to: heldTo,
            by: ['org', 'month'],
          })
        )
          .filter((c) => c.n > 0)
          .map((c) => `${c.orgId}:${c.month.slice(0, 4)}`),
      );
      const years = new Map<number, StatsRow>();
      for (let y = fromYear; y <= toYear; y += 1) years.set(y, empty());
      const unions = new Map<number | null, StatsRow>();
      const unionRow = (k: number | null) => {
        const r = unions.get(k) ?? empty();
        unions.set(k, r);
        return r;
      };
      const total = empty();
      for (const c of congresses) {
        let onTime = true;
        for (let y = fromYear; y <= toYear; y += 1) {
          if ((c.since as string) > `${y}-12-31`) continue;
          const r = years.get(y) as StatsRow;
          r.congresses += 1;
          if (held.has(`${c.orgId}:${y}`)) r.heldOnTime += 1;
          else onTime = false;
        }
        const u = unionRow(childOf(c.orgPath));
        u.congresses += 1;
        total.congresses += 1;
        if (onTime) {
          u.heldOnTime += 1;
          total.heldOnTime += 1;
        }
      }
      for (const c of await sumCounts(sql, {
        subject: SUBJECTS,
        path,
        from,
        to: heldTo,
        by: ['subject', 'dim', 'dim2', 'month'],
      })) {
        const r = years.get(Number(c.month.slice(0, 4)));
        if (r) add(r, c);
        add(total, c);
      }
      for (const c of await sumCounts(sql, {
        subject: SUBJECTS,
        path,
        from,
        to: heldTo,
        by: ['subject', 'dim', 'dim2', 'child'],
      }))
        add(unionRow(c.child ?? null), c);
      return {
        ...period,
        orgName: name ?? ALL_UNIONS,
        years: [...years.entries()].map(([year, r]) => ({ year, ...r })),
        // the union's own row (本级) first, then the unions below in the union tree's order
        unions: (await figuresByUnion(sql, unions, root?.name ?? '')).map((u) => ({
          orgId: u.orgId ?? root?.id ?? null,
          orgName: u.orgName,
          own: u.orgId === null,
          depth: u.depth,
          ...u.figures,
        })),
        total,
        notes: figureNotes(period),
      };
    });
  }

  return { congressStats: figures };
}
