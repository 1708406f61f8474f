import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: Workers' requests (诉求) — the staff menu folds an unused area (ADR 76). */
export const casesUsage = areaUsage('cases', { cases: 'org_id' });
