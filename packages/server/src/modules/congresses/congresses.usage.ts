import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: 职代会 — the staff menu folds an unused area (ADR 76). */
export const congressesUsage = areaUsage('congresses', {
  congresses: 'org_id',
  congress_proposals: 'org_id',
});
