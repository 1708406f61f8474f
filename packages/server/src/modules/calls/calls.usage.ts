import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: Calls for works (征集) — the staff menu folds an unused area (ADR 76). */
export const callsUsage = areaUsage('calls', { calls: 'org_id' });
