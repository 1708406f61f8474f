import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: Group insurance — the staff menu folds an unused area (ADR 76). */
export const insuranceUsage = areaUsage('insurance', { insurance_policies: 'org_id' });
