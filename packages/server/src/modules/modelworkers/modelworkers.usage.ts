import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: Model workers (劳模) — the staff menu folds an unused area (ADR 76). */
export const modelworkersUsage = areaUsage('modelworkers', { modelworkers: 'org_id' });
