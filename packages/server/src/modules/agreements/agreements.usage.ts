import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: Collective agreements (集体合同) — the staff menu folds an unused area (ADR 76). */
export const agreementsUsage = areaUsage('agreements', { agreements: 'org_id' });
