import type { Db } from '../../db/db.ts';
import type { App } from '../../http/types.ts';
import { defineModule } from '../../module-manifest.ts';
import type { Clock } from '../../shared/clock.ts';
import { namedBy, namedByQuery } from '../../shared/record-names.ts';
import { createCampaignsService } from './campaigns.service.ts';
import { type CareVisitsRegister, createCareVisitsRegister } from './care.import.ts';
import { careRecounter } from './care.recount.repository.ts';
import { careRoutes as staffRoutes } from './care.routes.ts';
import { careUsage } from './care.usage.ts';
import { meCareRoutes } from './me.routes.ts';
import { createReportService } from './report.service.ts';
import { createVisitConfirmService } from './visits.confirm.ts';
import { createVisitsService } from './visits.service.ts';

/**
 * 送温暖 campaigns, their goods in stock and visits (走访慰问) (issue 9; docs/adr/0024). Other modules put goods
 * into a campaign's stock through `receiveGoods` (donations in kind, after `findCampaign` checks the campaign) and read the visits to people through
 * `visitsOfPersons` (hardship files).
 */
export { type CampaignRow, findCampaign } from './campaigns.repository.ts';
export { seedCare } from './care.demo.ts';
export { type ReceiveGoodsInput, receiveGoods } from './stock.ts';
export { type PersonVisit, visitsOfPersons } from './visits.persons.ts';

export function createCareServices(db: Db, clock: Clock) {
  return {
    campaigns: createCampaignsService(db, clock),
    visits: createVisitsService(db, clock),
    confirm: createVisitConfirmService(db),
    report: createReportService(db, clock),
  };
}

export type CareServices = ReturnType<typeof createCareServices>;

/** Every route of the care module: the staff's (with the visits register's), the worker's. */
export function careRoutes(app: App, s: CareServices & { register: CareVisitsRegister }): void {
  staffRoutes(app, s);
  meCareRoutes(app, s);
}

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'care',
  auditNames: {
    care_campaign: namedBy('care_campaigns', 'title'),
    // the worker visited, masked as a hardship file is, or the unit visited
    care_visit: namedByQuery(
      `select v.id, p.name as person, case when p.id is null then v.unit_name end as name from care_visits v
         left join persons p on p.id = v.person_id where v.id = any($1::bigint[])`,
      { masked: true },
    ),
  },
  todo: { nothingWaits: 'campaigns and visits are entered when done; nothing waits for a decision' },
  menuUsage: careUsage,
  recounter: careRecounter,
  description:
    "`care_campaigns`, `care_steps`, `care_stock`, `care_stock_moves`, `care_visits`, `care_visit_photos` — 送温暖 campaigns with steps, budget and period; goods in stock as guarded counters, received idempotently per source (`receiveGoods`, used by donations) and handed out on visits; visits to a member or a unit (enterprise, building, community, paired village) with goods, a one-time grant paid through the programs ledger (subject `visit:<id>`, ADR 24), photos and the recipient's confirmation (phone, or a signed receipt's photo); the campaign report from `care.visits`/`care.people`/`care.goods` counts and the ledger, with .xlsx export; the register of past visits (送温暖走访台账, `care-visits`: a visit a row, to a worker found by ID number or to a unit, on its own day, outside any campaign, its grant as paid outside the platform; such a visit corrected on its drawer, its counts moved with its day and people, ADR 158); `visitsOfPersons` for hardship files",
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock, ids }) => ({
    care: { ...createCareServices(db, clock), register: createCareVisitsRegister(db, clock, ids) },
  }),
  cliRegisters: {
    'care-visits': {
      zh: '送温暖走访记录',
      doc: '送温暖走访台账, `/api/care/visits/import`: one row per visit — 走访工会, 走访日期, to a worker by 身份证号码 or to a unit by 单位名称 and 惠及人数, 慰问物资 as written, 慰问金（元） as paid outside the platform',
      of: (s) => s.care.register,
    },
  },
  routes: (app, s) => careRoutes(app, s.care),
});
