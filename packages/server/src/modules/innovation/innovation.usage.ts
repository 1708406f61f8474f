import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: Innovation: studios, achievements, problems — the staff menu folds an unused area (ADR 76). */
export const innovationUsage = areaUsage('innovation', {
  innovation_studios: 'org_id',
  innovation_achievements: 'org_id',
  innovation_problems: 'org_id',
});
