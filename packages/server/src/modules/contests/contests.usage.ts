import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: Contests (竞赛) — the staff menu folds an unused area (ADR 76). */
export const contestsUsage = areaUsage('contests', { contests: 'org_id' });
