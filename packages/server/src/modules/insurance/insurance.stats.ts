import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { type PeriodAsked, periodYears, statsPeriod } from '../../shared/period.ts';
import { sumFields } from '../../shared/sum-fields.ts';
import { unionAsked } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { insuranceFigureNotes } from './insurance.notes.ts';
import { listPolicies, policyYears, statesOnDay } from './insurance.repository.ts';
import { insuranceSteps } from './insurance.steps.ts';

/** The statistics of a period, by year. */
export function createInsuranceStats(db: Db, clock: Clock) {
  const { today, premiumDue } = insuranceSteps(clock);
  return {
    /**
     * Per year over a period (years or any days): policies starting, their insured and premium, claims filed and
     * paid and payouts, each counted on its day; with the states as they stood on the period's last day
     * (policies in force, the people covered, claims open).
     */
    async stats(actor: Actor, q: { orgId?: number } & PeriodAsked) {
      const period = statsPeriod(q, today());
      return db.tx(async (sql) => {
        const { path, name } = await unionAsked(sql, actor, q.orgId, 'insurance.read');
        const { from, to, asOf } = period;
        const counted = await sumCounts(sql, {
          subject: ['insurance.claims_filed', 'insurance.claims_paid'],
          path,
          from,
          to,
          by: ['subject', 'month'],
        });
        const years = new Map<
          number,
          {
            year: number;
            policies: number;
            insured: number;
            premiumFen: number;
            claimsFiled: number;
            claimsPaid: number;
            paidFen: number;
          }
        >();
        const row = (year: number) => {
          let r = years.get(year);
          if (!r) {
            r = { year, policies: 0, insured: 0, premiumFen: 0, claimsFiled: 0, claimsPaid: 0, paidFen: 0 };
            years.set(year, r);
          }
          return r;
        };
        for (const y of periodYears(period)) row(y);
        for (const p of await policyYears(sql, path, from, to))
          Object.assign(row(p.year), { policies: p.policies, insured: p.insured, premiumFen: p.premiumFen });
        // premium of register-based policies: due by the days covered
        for (const p of await listPolicies(sql, path)) {
          if (p.recordedPremiumFen === null && p.startsOn >= from && p.startsOn <= to)
            row(Number(p.startsOn.slice(0, 4))).premiumFen += (await premiumDue(sql, p)).dueFen;
        }
        for (const c of counted) {
          const r = row(Number(c.month.slice(0, 4)));
          if (c.subject === 'insurance.claims_filed') r.claimsFiled += c.n;
          else {
            r.claimsPaid += c.n;
            r.paidFen += c.fen;
          }
        }
        const list = [...years.values()].sort((a, b) => a.year - b.year);
        const total = sumFields(list, [
          'policies',
          'insured',
          'premiumFen',
          'claimsFiled',
          'claimsPaid',
          'paidFen',
        ]);
        const states = await statesOnDay(sql, path, asOf);
        return {
          ...period,
          orgName: name,
          fromYear: Number(from.slice(0, 4)),
          toYear: Number(to.slice(0, 4)),
          years: list,
          total,
          states,
          notes: insuranceFigureNotes(period),
        };
      });
    },
  };
}
