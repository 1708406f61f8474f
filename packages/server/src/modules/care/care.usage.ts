import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: 送温暖 campaigns — the staff menu folds an unused area (ADR 76). */
export const careUsage = areaUsage('care', { care_campaigns: 'org_id' });
