import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { RECIPIENT_KINDS, STEP_KINDS } from './care.vocabulary.ts';
import { MY_VISITS_CAP } from './visits.repository.ts';

const Fen = Type.Integer({ minimum: 0, maximum: 100_000_000_000 });
const Quantity = Type.Integer({ minimum: 1, maximum: 100_000_000 });
const StepKind = S.StrEnum(STEP_KINDS, {
  description: 'greetings 线上慰问, visits 走访慰问, goods 送物资, funds 专项资金',
});
const RecipientKind = S.StrEnum(RECIPIENT_KINDS, {
  description: 'person 职工个人, enterprise 企业, building 楼宇, community 社区, village 结对村（一助一）',
});

export const CampaignQuery = S.Obj({
  orgId: Type.Optional(S.Id),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  ...S.Page,
});

export const CreateCampaignBody = S.Obj({
  orgId: S.Id,
  title: S.Name(100),
  startsOn: S.DateStr,
  endsOn: S.DateStr,
  budgetFen: Fen,
  note: Type.Optional(S.Nullable(S.Str(1000))),
  steps: Type.Array(S.Obj({ kind: StepKind, title: S.Name(200), budgetFen: Type.Optional(Fen) }), {
    maxItems: 20,
  }),
});

/** A correction of a campaign while it is open (ADR 60): the fields sent replace those on file. */
export const EditCampaignBody = S.Obj({
  title: Type.Optional(S.Name(100)),
  startsOn: Type.Optional(S.DateStr),
  endsOn: Type.Optional(S.DateStr),
  budgetFen: Type.Optional(Fen),
  note: Type.Optional(S.Nullable(S.Str(1000))),
});

export const CampaignSchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  title: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  budgetFen: Type.Integer(),
  note: S.Nullable(Type.String()),
  visits: Type.Integer(),
});

export const CampaignListSchema = Type.Object({
  items: Type.Array(CampaignSchema),
  total: Type.Integer(),
});

export const StockSchema = Type.Object({
  id: Type.Integer(),
  item: Type.String(),
  unit: Type.String(),
  received: Type.Integer(),
  delivered: Type.Integer(),
  left: Type.Integer(),
  valueFen: Type.Integer(),
});

export const CampaignDetailSchema = Type.Object({
  campaign: CampaignSchema,
  steps: Type.Array(
    Type.Object({ id: Type.Integer(), kind: StepKind, title: Type.String(), budgetFen: Type.Integer() }),
  ),
  stock: Type.Array(StockSchema),
  /** Whether a visit grant program is offered to the campaign's union (the grant field is shown only then). */
  grantsOffered: Type.Boolean(),
  edits: S.EditHistorySchema,
  mayManage: Type.Boolean({
    description:
      'The campaign is run by the union of the caller or one below it and the caller may write: it may be corrected and goods received into its stock',
  }),
  mayReport: Type.Boolean({
    description: 'The campaign is run by the union of the caller or one below it: its report may be read',
  }),
});

export const ReceiveStockBody = S.Obj({
  item: S.Name(50),
  unit: S.Name(10),
  quantity: Quantity,
  valueFen: Type.Optional(S.Nullable(Fen)),
  /** Client-generated id making a retried request receive the goods once. */
  requestId: S.Str(100, { minLength: 8 }),
  receivedOn: S.EffectiveOn,
});

const visitFilters = {
  campaignId: Type.Optional(S.Id),
  orgId: Type.Optional(S.Id),
  /** The visits made in this year. */
  ...S.YearAsked,
};
export const VisitQuery = S.Obj({ ...visitFilters, ...S.Page });
export const VisitExportQuery = S.Obj(visitFilters);

export const CreateVisitBody = S.Obj({
  campaignId: Type.Optional(S.Nullable(S.Id)),
  orgId: S.Id,
  recipientKind: RecipientKind,
  personId: Type.Optional(S.Nullable(S.Id)),
  unitName: Type.Optional(S.Nullable(S.Name(200))),
  people: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
  visitedOn: {
    ...S.DateStr,
    description: 'the day of the visit (China time): not in the future; a past day needs history.backdate',
  },
  visitors: S.Name(200, { description: 'Who went' }),
  note: Type.Optional(S.Nullable(S.Str(1000))),
  goods: Type.Array(S.Obj({ stockId: S.Id, quantity: Quantity }), { maxItems: 20 }),
  grantFen: Type.Optional(Fen),
});

export const EditVisitBody = S.Obj({
  visitedOn: Type.Optional({
    ...S.DateStr,
    description: 'the day of the visit (China time): not in the future; a past day needs history.backdate',
  }),
  people: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: "a unit's visit only" })),
  unitName: Type.Optional(S.Name(200, { description: "the unit visited, by name: a unit's visit only" })),
  visitors: Type.Optional(S.Name(200, { description: 'Who went' })),
  goodsWritten: Type.Optional(S.Nullable(S.Str(500))),
  grantFen: Type.Optional(Fen),
  note: Type.Optional(S.Nullable(S.Str(1000))),
});

const GrantSchema = Type.Object({
  applicationId: Type.Integer(),
  programName: Type.String(),
  status: Type.String(),
  amountFen: S.Nullable(Type.Integer()),
  paidFen: Type.Integer(),
});

export const VisitSchema = Type.Object({
  id: Type.Integer(),
  campaignId: S.Nullable(Type.Integer()),
  campaign: S.Nullable(Type.String()),
  orgId: Type.Integer(),
  orgName: Type.String(),
  recipientKind: RecipientKind,
  personId: S.Nullable(Type.Integer()),
  recipient: Type.String(),
  people: Type.Integer(),
  visitedOn: Type.String(),
  visitors: Type.String(),
  note: S.Nullable(Type.String()),
  goods: Type.Array(Type.Object({ item: Type.String(), unit: Type.String(), quantity: Type.Integer() })),
  goodsWritten: S.Nullable(
    Type.String({
      description: "a past visit's goods as its register wrote them (out of no stock); null when logged live",
    }),
  ),
  grantFen: Type.Integer(),
  confirmedAt: S.Nullable(Type.String()),
  confirmedHow: S.Nullable(S.StrEnum(['recipient', 'receipt'] as const)),
  createdAt: Type.String({ description: 'when the visit was entered; visitedOn is the day it happened' }),
});

export const VisitListSchema = Type.Object({ items: Type.Array(VisitSchema), total: Type.Integer() });

export const VisitDetailSchema = Type.Object({
  visit: VisitSchema,
  grant: S.Nullable(GrantSchema),
  correctable: Type.Boolean({
    description:
      'a visit of no campaign whose grant opened no ledger application (brought in from a past ledger) may be corrected',
  }),
  edits: S.EditHistorySchema,
  photos: Type.Array(
    Type.Object({
      id: Type.Integer(),
      kind: S.StrEnum(['photo', 'receipt'] as const),
      fileName: Type.String(),
      uploadedAt: Type.String(),
    }),
  ),
});

export const PhotoQuery = S.Obj({
  kind: S.StrEnum(['photo', 'receipt'] as const, {
    description:
      'photo: a photo of the visit; receipt: the receipt the recipient signed (confirms the visit)',
  }),
});
export const PhotoParams = S.Obj({ id: S.Id, photoId: S.Id });

/** The part of a campaign reported: its whole period unless days are given. */
export const ReportQuery = S.Obj({
  from: Type.Optional({ ...S.DateStr, description: "the first day counted (default the campaign's first)" }),
  to: Type.Optional({ ...S.DateStr, description: "the last day counted (default the campaign's last)" }),
});

export const ReportSchema = Type.Object({
  campaign: CampaignSchema,
  ...S.PeriodAnswer,
  visits: Type.Integer(),
  peopleReached: Type.Integer(),
  personsVisited: Type.Integer(),
  units: Type.Array(Type.Object({ kind: RecipientKind, n: Type.Integer() })),
  goods: Type.Array(Type.Object({ item: Type.String(), unit: Type.String(), quantity: Type.Integer() })),
  grants: Type.Object({ approved: Type.Integer(), paidFen: Type.Integer(), loggedFen: Type.Integer() }),
  notes: S.FigureNotes,
});

export const MyVisitSchema = Type.Object({
  id: Type.Integer(),
  campaign: S.Nullable(Type.String()),
  orgName: Type.String(),
  visitedOn: Type.String(),
  visitors: Type.String(),
  goods: Type.Array(Type.Object({ item: Type.String(), unit: Type.String(), quantity: Type.Integer() })),
  goodsWritten: S.Nullable(Type.String()),
  grantFen: Type.Integer(),
  confirmedAt: S.Nullable(Type.String()),
});
export const MyVisitListSchema = S.CappedList(MyVisitSchema, MY_VISITS_CAP);
