import { Type } from 'typebox';
import * as S from '../../http/schema.ts';

const Fen = Type.Integer({
  minimum: 0,
  maximum: 1e13,
  description: 'Money: the amount in fen (more than 0); goods: their value in fen (0 when not stated)',
});
const DonorKind = S.StrEnum(['enterprise', 'person'] as const, {
  description: 'enterprise 企业/单位, person 个人',
});
const DonationKind = S.StrEnum(['money', 'goods'] as const, { description: 'money 款, goods 物' });

export const CreateDonorBody = S.Obj({
  orgId: S.Id,
  kind: DonorKind,
  name: S.Name(200),
  contactName: Type.Optional(S.Nullable(S.Str(50))),
  phone: Type.Optional(S.Nullable(S.Str(20, { pattern: '^[0-9+\\- ]{5,20}$' }))),
  address: Type.Optional(S.Nullable(S.Str(200))),
  note: Type.Optional(S.Nullable(S.Str(1000))),
});

/** A correction of a donor's file (ADR 60): the fields sent replace those on file. */
export const EditDonorBody = S.Obj({
  kind: Type.Optional(DonorKind),
  name: Type.Optional(S.Name(200)),
  contactName: Type.Optional(S.Nullable(S.Str(50))),
  phone: Type.Optional(S.Nullable(S.Str(20, { pattern: '^[0-9+\\- ]{5,20}$' }))),
  address: Type.Optional(S.Nullable(S.Str(200))),
  note: Type.Optional(S.Nullable(S.Str(1000))),
});

export const DonorSchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  kind: DonorKind,
  name: Type.String(),
  contactName: S.Nullable(Type.String()),
  phone: S.Nullable(Type.String({ description: 'Masked in lists; in full on the donor page (audited)' })),
  address: S.Nullable(Type.String()),
  note: S.Nullable(Type.String()),
  donations: Type.Integer(),
  givenFen: Type.Integer({ description: 'Money plus the value of goods' }),
});

export const DonorQuery = S.Obj({ q: Type.Optional(S.Str(100)), ...S.Page });

export const DonorListSchema = S.PagedList(DonorSchema);

export const CreateDonationBody = S.Obj({
  donorId: S.Id,
  orgId: Type.Optional(S.Id),
  fundId: Type.Optional(S.Id),
  kind: DonationKind,
  receivedOn: {
    ...S.DateStr,
    description:
      'the day it was received (China time): not in the future nor before the fund was set up; a past day needs history.backdate',
  },
  amountFen: Fen,
  item: Type.Optional(S.Name(200)),
  quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000 })),
  unit: Type.Optional(S.Name(20)),
  campaignId: Type.Optional(S.Id),
  note: Type.Optional(S.Nullable(S.Str(1000))),
});

export const DonationSchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  donorId: Type.Integer(),
  donorName: Type.String(),
  fundId: S.Nullable(Type.Integer()),
  fundName: S.Nullable(Type.String()),
  kind: DonationKind,
  receivedOn: Type.String(),
  amountFen: Type.Integer(),
  item: S.Nullable(Type.String()),
  quantity: S.Nullable(Type.Integer()),
  unit: S.Nullable(Type.String()),
  campaignId: S.Nullable(Type.Integer()),
  /** The 送温暖 campaign whose stock received the goods. */
  campaignTitle: S.Nullable(Type.String()),
  note: S.Nullable(Type.String()),
  createdAt: Type.String({ description: 'when it was entered; receivedOn is the day it happened' }),
});

const donationFilters = {
  orgId: Type.Optional(S.Id),
  donorId: Type.Optional(S.Id),
  fundId: Type.Optional(S.Id),
  kind: Type.Optional(DonationKind),
  year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
};

export const DonationQuery = S.Obj({ ...donationFilters, ...S.Page });

/** The donations list's filters, without the page: what its .xlsx export takes. */
export const DonationExportQuery = S.Obj(donationFilters);

export const DonationListSchema = S.PagedList(DonationSchema);

const FundGrants = Type.Object({
  programId: Type.Integer(),
  programName: Type.String(),
  grantedFen: Type.Integer({ description: 'Approved minus reversed, from the programs ledger' }),
  paidFen: Type.Integer(),
  unpaidFen: Type.Integer(),
  grants: Type.Integer(),
  helped: Type.Integer(),
  balanced: Type.Boolean({
    description: 'The program ledger reconciles (approved − reversed = paid + unpaid)',
  }),
});

export const FundSchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  name: Type.String(),
  purpose: Type.String(),
  beneficiary: Type.String(),
  foundedOn: Type.String(),
  founderId: S.Nullable(Type.Integer()),
  founderName: S.Nullable(Type.String()),
  programId: S.Nullable(Type.Integer()),
  incomeFen: Type.Integer({
    description: 'Money received: donations to the fund plus the years before the platform',
  }),
  grantedFen: Type.Integer({ description: 'Granted: the program ledger plus the years before the platform' }),
  balanceFen: Type.Integer(),
  helped: Type.Integer({ description: 'People helped since the fund was set up' }),
});

export const FundListSchema = Type.Array(FundSchema);

export const FundYearSchema = Type.Object({
  year: Type.Integer(),
  incomeFen: Type.Integer(),
  grantedFen: Type.Integer(),
  helped: Type.Integer(),
});

export const FundDetailSchema = Type.Object({
  fund: FundSchema,
  /** The fund's grant program as its ledger has it (none until the fund names its program). */
  program: S.Nullable(FundGrants),
  earlier: Type.Array(FundYearSchema, { description: 'Years before the platform, as reported' }),
  byYear: Type.Array(FundYearSchema, {
    description: 'Income and people helped per year, from the statistics',
  }),
});

export const CreateFundBody = S.Obj({
  orgId: S.Id,
  name: S.Name(100),
  purpose: S.Name(1000),
  beneficiary: S.Name(100),
  foundedOn: { ...S.DateStr, description: 'the day the fund was set up: not in the future' },
  founderId: Type.Optional(S.Id),
  programId: Type.Optional(S.Id),
});

export const LinkProgramBody = S.Obj({ programId: S.Id });

export const FundYearBody = S.Obj({
  year: Type.Integer({ minimum: 1990, maximum: 2200 }),
  incomeFen: Type.Integer({ minimum: 0, maximum: 1e13 }),
  grantedFen: Type.Integer({ minimum: 0, maximum: 1e13 }),
  helped: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
});

export const DonorDetailSchema = Type.Object({
  donor: DonorSchema,
  donations: Type.Array(DonationSchema),
  /** The funds the donor gave money to or founded, with what they granted. */
  funds: Type.Array(FundSchema),
  edits: S.EditHistorySchema,
});

export const StatsQuery = S.statsQuery(S.YearAsked);

export const StatsSchema = Type.Object({
  ...S.StatsRowHead,
  moneyFen: Type.Integer(),
  moneyCount: Type.Integer(),
  goodsFen: Type.Integer(),
  goodsCount: Type.Integer(),
  fundIncomeFen: Type.Integer({
    description: "gifts into special funds, plus a fund's income reported for its years before the platform",
  }),
  byUnion: Type.Array(
    Type.Object({
      orgId: Type.Integer(),
      orgName: Type.String(),
      ...S.UnionDepth,
      own: Type.Boolean({
        description: "the asked union's own gifts (本级), not a union below it: its row reads 「X（本级）」",
      }),
      moneyFen: Type.Integer(),
      goodsFen: Type.Integer(),
    }),
  ),
  notes: S.FigureNotes,
});

export const DonationImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  money: Type.Integer({ description: 'of which money' }),
  goods: Type.Integer({ description: 'of which goods' }),
  newDonors: Type.Integer({ description: 'caring units registered because no donor of the name was found' }),
});
