import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: Counselling — the staff menu folds an unused area (ADR 76). */
export const counsellingUsage = areaUsage('counselling', {
  counselling_counsellors: 'org_id',
  counselling_bookings: 'org_id',
});
