import { defineModule } from '../../module-manifest.ts';
import { namedBy } from '../../shared/record-names.ts';
import { donationsRecounter } from './donations.recount.repository.ts';
import { findDonationNames } from './donations.repository.ts';
import { donationsRoutes } from './donations.routes.ts';
import { createDonationsService } from './donations.service.ts';
import { donationsUsage } from './donations.usage.ts';
import { createFundsService } from './funds.service.ts';

export { seedDonations } from './donations.demo.ts';
export { donationsRoutes } from './donations.routes.ts';
export { createDonationsService, type DonationsService } from './donations.service.ts';
export { createFundsService, type FundsService } from './funds.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'donations',
  todo: { nothingWaits: 'gifts are recorded when received; nothing waits' },
  menuUsage: donationsUsage,
  recounter: donationsRecounter,
  auditNames: {
    donation: findDonationNames,
    donor: namedBy('donors', 'name'),
    fund: namedBy('funds', 'name'),
  },
  description:
    "`donors`, `donations`, `funds`, `fund_years` — caring units (爱心单位, contact details audited on read), their gifts of money (to a union or a special fund) or goods (value, quantity, unit) to unions of the subtree — goods may name a 送温暖 campaign run by the receiving union or one above it, within the recorder's subtree, and enter its stock in the same transaction (`findCampaign`, `receiveGoods` from care, source `donation:<id>`) — the acknowledgement PDF (捐赠证书, font from `shared/cjk-font.ts`); special funds (专项基金) whose grants go through a program owned by the fund's union and its ledger, and whose years before the platform are entered as reported (ADR 26); counts `donations.received`, `funds.income`, `funds.helped` through `reporting`, the yearly statistics and their .xlsx export; the donations register imported (gifts on their days, donors found by name or registered, past goods never into a campaign's stock, ADR 41)",
  dependencyNotes: { programs: '`findProgramLedgerTotals`' },
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock }) => ({
    donations: createDonationsService(db, clock),
    funds: createFundsService(db, clock),
  }),
  routes: (app, s) => donationsRoutes(app, s),
  cliRegisters: {
    donations: { zh: '捐赠记录', doc: '捐赠台账, `/api/donations/import`', of: (s) => s.donations.register },
  },
});
