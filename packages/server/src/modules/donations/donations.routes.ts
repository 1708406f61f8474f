import { registerRouteGroup } from '../../http/register-routes.ts';
import { inlineFile, routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { renderAcknowledgement } from './acknowledgement.ts';
import {
  CreateDonationBody,
  CreateDonorBody,
  CreateFundBody,
  DonationExportQuery,
  DonationImportResult,
  DonationListSchema,
  DonationQuery,
  DonationSchema,
  DonorDetailSchema,
  DonorListSchema,
  DonorQuery,
  DonorSchema,
  EditDonorBody,
  FundDetailSchema,
  FundListSchema,
  FundSchema,
  FundYearBody,
  LinkProgramBody,
  StatsQuery,
  StatsSchema,
} from './donations.schemas.ts';
import type { DonationsService } from './donations.service.ts';
import type { FundsService } from './funds.service.ts';

const tags = ['donations'];
const read = { permission: 'donations.read' } as const;
const write = { permission: 'donations.write' } as const;

export function donationsRoutes(
  app: App,
  { donations, funds }: { donations: DonationsService; funds: FundsService },
): void {
  const on = routeMould(app, tags);
  registerRouteGroup(app, {
    tags,
    list: {
      path: '/api/donations',
      permission: read.permission,
      summary: 'Donations received by the unions of my subtree',
      query: DonationQuery,
      result: DonationListSchema,
      run: donations.listDonations,
      export: {
        summary: 'The donations as listed, as .xlsx (audited)',
        query: DonationExportQuery,
        run: (actor, query) => donations.exportDonations(actor, query),
      },
    },
    import: {
      path: '/api/donations/import',
      listed: { key: 'donations', module: 'donations' },
      permission: 'donations.write',
      what: 'a donations register (one row per gift of money or goods, with its day, donor, union and fund)',
      result: DonationImportResult,
      register: donations.register,
    },
    stats: {
      path: '/api/donations/stats',
      permission: read.permission,
      summary: 'Donations received by a union subtree over a year or a range of days, from the statistics',
      query: StatsQuery,
      result: StatsSchema,
      stats: donations.stats,
      xlsx: donations.exportStats,
    },
  });
  on.get('/api/donors', {
    config: read,
    summary: 'Caring units (爱心单位) kept by the unions of my subtree; phones masked',
    querystring: DonorQuery,
    response: DonorListSchema,
    use: donations.listDonors,
  });
  on.post('/api/donors', {
    config: { ...write, errors: [409] },
    summary: 'Register a caring unit',
    body: CreateDonorBody,
    response: DonorSchema,
    use: donations.createDonor,
  });
  on.get('/api/donors/:id', {
    config: read,
    summary: 'A donor with the full phone (the read is audited), what they gave and where it went',
    params: IdParams,
    response: DonorDetailSchema,
    use: donations.getDonor,
  });
  on.patch('/api/donors/:id', {
    config: { permission: 'donations.write', errors: [409] },
    summary: "Correct a donor's file: name, kind and contact; each change in its history and the audit log",
    params: IdParams,
    body: EditDonorBody,
    response: DonorSchema,
    use: donations.editDonor,
  });
  on.post('/api/donations', {
    config: write,
    summary: 'Record a donation of money (to a union or a fund) or goods (value, quantity, unit)',
    body: CreateDonationBody,
    response: DonationSchema,
    use: donations.createDonation,
  });
  on.file('/api/donations/:id/acknowledgement.pdf', {
    config: { ...read, errors: [409] },
    summary: 'The acknowledgement of a donation (捐赠证书, PDF)',
    params: IdParams,
    run: async (actor, { params }) => {
      const x = await donations.acknowledgeDonation(actor, params.id);
      const pdf = await renderAcknowledgement(x);
      const name = `捐赠证书-${x.donorName}-${x.receivedOn}.pdf`;
      return inlineFile({ name, mime: 'application/pdf', data: pdf }, null);
    },
  });
  on.get('/api/funds', {
    config: read,
    summary: 'Special funds (专项基金) run by the unions of my subtree',
    response: FundListSchema,
    use: funds.listFunds,
  });
  on.post('/api/funds', {
    config: { ...write, errors: [409] },
    summary: 'Set up a fund, optionally naming its grant program (owned by the same union)',
    body: CreateFundBody,
    response: FundSchema,
    use: funds.createFund,
  });
  on.get('/api/funds/:id', {
    config: read,
    summary: "A fund: income, grants from its program's ledger, balance, people helped, per year",
    params: IdParams,
    response: FundDetailSchema,
    use: funds.getFund,
  });
  on.put('/api/funds/:id/program', {
    config: write,
    summary: 'Name the program the fund grants through',
    params: IdParams,
    body: LinkProgramBody,
    response: FundDetailSchema,
    run: (actor, { params, body }) => funds.linkProgram(actor, params.id, body.programId),
  });
  on.post('/api/funds/:id/years', {
    config: { ...write, errors: [409] },
    summary: 'Enter a year before the platform as the fund reported it (income, grants, people helped)',
    params: IdParams,
    body: FundYearBody,
    response: FundDetailSchema,
    use: funds.addEarlierYear,
  });
}
