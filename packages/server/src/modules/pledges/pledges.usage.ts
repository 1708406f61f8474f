import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: 办实事 pledges — the staff menu folds an unused area (ADR 76). */
export const pledgesUsage = areaUsage('pledges', { pledges: 'org_id' });
