import { areaUsage } from '../../shared/menu-usage.ts';
import type { YearsSource } from '../reporting/index.ts';

/** Whether a union has used this area: 疗休养 and 体检 — the staff menu folds an unused area (ADR 76). */
export const wellnessUsage = areaUsage('wellness', { wellness_programs: 'org_id' });

/**
 * The years 疗休养's statistics have figures in beyond its counts (places and attendance, on the batches' first
 * days): the years in which a union of the subtree nominated a worker, or a nomination was withdrawn or replaced,
 * each counted on its day (wellness.figures.repository.ts), none past the last day asked.
 */
export const wellnessYears: YearsSource = {
  area: 'wellness',
  sql: `select distinct extract(year from v.day)::int as year
          from wellness_nominations n join orgs o on o.id = n.org_id
         cross join lateral (values (n.nominated_on), (n.ended_on)) v(day)
         where o.path like $1 and v.day <= $2::date`,
};
