import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: The learning community — the staff menu folds an unused area (ADR 76). */
export const learningUsage = areaUsage('learning', { learning_courses: 'org_id', learning_sites: 'org_id' });
