import { areaUsage } from '../../shared/menu-usage.ts';
import type { YearsSource } from '../reporting/index.ts';

/** Whether a union has used this area: Foundings and elections (建会与换届) — the staff menu folds an unused area (ADR 76). */
export const electionsUsage = areaUsage('elections', { elections: 'org_id', foundings: 'parent_org_id' });

/**
 * The years the elections statistics have figures in beyond their counts: a sitting committee's term counts in the
 * year it ends and, once ended with no new committee, in every year up to the day asked, an election overdue. So the
 * page opens on a period that runs to today while a union is overdue (it opened on 2018—2024, saying 0 overdue, in
 * December 2026 with four unions overdue).
 */
export const electionYears: YearsSource = {
  area: 'elections',
  sql: `select distinct generate_series(extract(year from c.ends_on)::int, extract(year from $2::date)::int) as year
          from committees c join orgs o on o.id = c.org_id
         where o.path like $1 and c.replaced_on is null
           and extract(year from c.ends_on) <= extract(year from $2::date)`,
};
