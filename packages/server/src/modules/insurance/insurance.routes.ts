import { routeMould } from '../../http/route-mould.ts';
import type { App } from '../../http/types.ts';
import { insuranceClaimRoutes } from './insurance.claims.routes.ts';
import { insurancePolicyRoutes } from './insurance.policies.routes.ts';
import { IdResult, MineSchema, MyClaimBody } from './insurance.schemas.ts';
import type { InsuranceService } from './insurance.service.ts';
import { insuranceStatsRoutes } from './insurance.stats.routes.ts';

const tags = ['insurance'];

export function insuranceRoutes(app: App, { insurance }: { insurance: InsuranceService }): void {
  insurancePolicyRoutes(app, { insurance });
  insuranceClaimRoutes(app, { insurance });
  insuranceStatsRoutes(app, { insurance });
  const on = routeMould(app, tags);
  on.get('/api/me/insurance', {
    config: { permission: 'self.read' },
    summary: 'My cover and my claims',
    response: MineSchema,
    use: insurance.myInsurance,
  });
  on.post('/api/me/insurance/claims', {
    config: { permission: 'self.apply' },
    summary: 'File a claim for myself (covered on the incident day)',
    body: MyClaimBody,
    response: IdResult,
    use: insurance.fileClaim,
  });
}
