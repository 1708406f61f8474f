import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: Foundings and elections (建会与换届) — the staff menu folds an unused area (ADR 76). */
export const electionsUsage = areaUsage('elections', { elections: 'org_id', foundings: 'parent_org_id' });
