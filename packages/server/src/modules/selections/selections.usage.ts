import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: Selections (评选) — the staff menu folds an unused area (ADR 76). */
export const selectionsUsage = areaUsage('selections', { selections: 'organiser_org_id' });
