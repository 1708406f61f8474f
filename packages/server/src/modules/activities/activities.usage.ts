import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: Activities — the staff menu folds an unused area (ADR 76). */
export const activitiesUsage = areaUsage('activities', { activities: 'org_id' });
