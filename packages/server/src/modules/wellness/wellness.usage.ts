import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: 疗休养 and 体检 — the staff menu folds an unused area (ADR 76). */
export const wellnessUsage = areaUsage('wellness', { wellness_programs: 'org_id' });
