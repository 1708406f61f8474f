import { areaUsage } from '../../shared/menu-usage.ts';
import type { YearsSource } from '../reporting/index.ts';

/** Whether a union has used this area: Model workers (劳模) — the staff menu folds an unused area (ADR 76). */
export const modelworkersUsage = areaUsage('modelworkers', { modelworkers: 'org_id' });

/**
 * The years the model workers statistics have figures in beyond their counts: this year, while the subtree's register
 * holds anyone — its living model workers by level are a state counted on the day asked. So 劳模统计 opens on this
 * year, as of today, not on the last year an honour was awarded (it opened on 2020 in December 2026).
 */
export const modelworkerYears: YearsSource = {
  area: 'modelworkers',
  sql: `select extract(year from $2::date)::int as year
          where exists (select from modelworkers m join orgs o on o.id = m.org_id where o.path like $1)`,
};
