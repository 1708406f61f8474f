import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: Hardship files (困难职工) — the staff menu folds an unused area (ADR 76). */
export const hardshipUsage = areaUsage('hardship', { hardship_files: 'org_id' });
