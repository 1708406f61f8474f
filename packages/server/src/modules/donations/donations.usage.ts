import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: Caring units, donations and funds — the staff menu folds an unused area (ADR 76). */
export const donationsUsage = areaUsage('donations', {
  donors: 'org_id',
  donations: 'org_id',
  funds: 'org_id',
});
