import { registerImportRoutes } from '../../http/register-routes.ts';
import { IdParams } from '../../http/schema.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import { type App, actorOf } from '../../http/types.ts';
import { renderAcknowledgement } from './acknowledgement.ts';
import {
  CreateDonationBody,
  CreateDonorBody,
  CreateFundBody,
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
  registerImportRoutes(app, {
    path: '/api/donations/import',
    listed: { key: 'donations', name: { zh: '捐赠记录', en: 'Donations' }, module: 'donations' },
    permission: 'donations.write',
    tags,
    templateFile: '捐赠台账导入模板.xlsx',
    what: 'a donations register (one row per gift of money or goods, with its day, donor, union and fund)',
    result: DonationImportResult,
    register: donations.register,
  });
  app.get(
    '/api/donors',
    {
      config: read,
      schema: {
        tags,
        summary: 'Caring units (爱心单位) kept by the unions of my subtree; phones masked',
        querystring: DonorQuery,
        response: { 200: DonorListSchema },
      },
    },
    async (req) => donations.listDonors(actorOf(req), req.query),
  );
  app.post(
    '/api/donors',
    {
      config: { ...write, errors: [409] },
      schema: {
        tags,
        summary: 'Register a caring unit',
        body: CreateDonorBody,
        response: { 200: DonorSchema },
      },
    },
    async (req) => donations.createDonor(actorOf(req), req.body),
  );
  app.get(
    '/api/donors/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A donor with the full phone (the read is audited), what they gave and where it went',
        params: IdParams,
        response: { 200: DonorDetailSchema },
      },
    },
    async (req) => donations.getDonor(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/donors/:id',
    {
      config: { permission: 'donations.write', errors: [409] },
      schema: {
        tags,
        summary:
          "Correct a donor's file: name, kind and contact; each change in its history and the audit log",
        params: IdParams,
        body: EditDonorBody,
        response: { 200: DonorSchema },
      },
    },
    async (req) => donations.editDonor(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/donations',
    {
      config: read,
      schema: {
        tags,
        summary: 'Donations received by the unions of my subtree',
        querystring: DonationQuery,
        response: { 200: DonationListSchema },
      },
    },
    async (req) => donations.listDonations(actorOf(req), req.query),
  );
  app.post(
    '/api/donations',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a donation of money (to a union or a fund) or goods (value, quantity, unit)',
        body: CreateDonationBody,
        response: { 200: DonationSchema },
      },
    },
    async (req) => donations.createDonation(actorOf(req), req.body),
  );
  statisticsRoutes(app, {
    path: '/api/donations/stats',
    permission: read.permission,
    tags,
    summary: 'Donations received by a union subtree over a year or a range of days, from the statistics',
    xlsxSummary: 'The same statistics as .xlsx',
    query: StatsQuery,
    result: StatsSchema,
    stats: (actor, query) => donations.stats(actor, query),
    xlsx: (actor, query) => donations.exportStats(actor, query),
  });
  app.get(
    '/api/donations/:id/acknowledgement.pdf',
    {
      config: { ...read, errors: [409] },
      schema: { tags, summary: 'The acknowledgement of a donation (捐赠证书, PDF)', params: IdParams },
    },
    async (req, reply) => {
      const x = await donations.acknowledgeDonation(actorOf(req), req.params.id);
      const pdf = await renderAcknowledgement(x);
      const name = `捐赠证书-${x.donorName}-${x.receivedOn}.pdf`;
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(pdf);
    },
  );
  app.get(
    '/api/funds',
    {
      config: read,
      schema: {
        tags,
        summary: 'Special funds (专项基金) run by the unions of my subtree',
        response: { 200: FundListSchema },
      },
    },
    async (req) => funds.listFunds(actorOf(req)),
  );
  app.post(
    '/api/funds',
    {
      config: { ...write, errors: [409] },
      schema: {
        tags,
        summary: 'Set up a fund, optionally naming its grant program (owned by the same union)',
        body: CreateFundBody,
        response: { 200: FundSchema },
      },
    },
    async (req) => funds.createFund(actorOf(req), req.body),
  );
  app.get(
    '/api/funds/:id',
    {
      config: read,
      schema: {
        tags,
        summary: "A fund: income, grants from its program's ledger, balance, people helped, per year",
        params: IdParams,
        response: { 200: FundDetailSchema },
      },
    },
    async (req) => funds.getFund(actorOf(req), req.params.id),
  );
  app.put(
    '/api/funds/:id/program',
    {
      config: write,
      schema: {
        tags,
        summary: 'Name the program the fund grants through',
        params: IdParams,
        body: LinkProgramBody,
        response: { 200: FundDetailSchema },
      },
    },
    async (req) => funds.linkProgram(actorOf(req), req.params.id, req.body.programId),
  );
  app.post(
    '/api/funds/:id/years',
    {
      config: { ...write, errors: [409] },
      schema: {
        tags,
        summary: 'Enter a year before the platform as the fund reported it (income, grants, people helped)',
        params: IdParams,
        body: FundYearBody,
        response: { 200: FundDetailSchema },
      },
    },
    async (req) => funds.addEarlierYear(actorOf(req), req.params.id, req.body),
  );
}
