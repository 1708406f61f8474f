import { areaUsage } from '../../shared/menu-usage.ts';
import type { YearsSource } from '../reporting/index.ts';

/** Whether a union has used this area: Group insurance — the staff menu folds an unused area (ADR 76). */
export const insuranceUsage = areaUsage('insurance', { insurance_policies: 'org_id' });

/**
 * The years insurance's statistics have figures in beyond its counts (claims filed and paid): every year a policy
 * of the subtree ran in, from its start (the policies, insured and premium counted then) to its end (the people it
 * covered), none past the last day asked.
 */
export const insuranceYears: YearsSource = {
  area: 'insurance',
  sql: `select distinct generate_series(extract(year from p.starts_on)::int,
                                        extract(year from least(p.ends_on, $2::date))::int) as year
          from insurance_policies p join orgs o on o.id = p.org_id
         where o.path like $1 and p.starts_on <= $2::date`,
};
