import { areaUsage } from '../../shared/menu-usage.ts';

/** Whether a union has used this area: Stations (驿站) — the staff menu folds an unused area (ADR 76). */
export const stationsUsage = areaUsage('stations', { stations: 'org_id' });
