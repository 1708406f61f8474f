import { Type } from 'typebox';
import {
  CappedList,
  DateStr,
  EditHistorySchema,
  EffectiveOn,
  FigureNotes,
  Id,
  Name,
  Nullable,
  Obj,
  Page,
  PeriodAnswer,
  Str,
  StrEnum,
} from '../../http/schema.ts';
import { RECIPIENT_KINDS, STEP_KINDS } from './care.types.ts';
import { MY_VISITS_CAP } from './visits.repository.ts';

const Fen = Type.Integer({ minimum: 0, maximum: 100_000_000_000 });
const Quantity = Type.Integer({ minimum: 1, maximum: 100_000_000 });
const StepKind = StrEnum(STEP_KINDS, {
  description: 'greetings 线上慰问, visits 走访慰问, goods 送物资, funds 专项资金',
});
const RecipientKind = StrEnum(RECIPIENT_KINDS, {
  description: 'person 职工个人, enterprise 企业, building 楼宇, community 社区, village 结对村（一助一）',
});

export const CampaignQuery = Obj({
  orgId: Type.Optional(Id),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  ...Page,
});

export const CreateCampaignBody = Obj({
  orgId: Id,
  title: Name(100),
  startsOn: DateStr,
  endsOn: DateStr,
  budgetFen: Fen,
  note: Type.Optional(Nullable(Str(1000))),
  steps: Type.Array(Obj({ kind: StepKind, title: Name(200), budgetFen: Type.Optional(Fen) }), {
    maxItems: 20,
  }),
});

/** A correction of a campaign while it is open (ADR 60): the fields sent replace those on file. */
export const EditCampaignBody = Obj({
  title: Type.Optional(Name(100)),
  startsOn: Type.Optional(DateStr),
  endsOn: Type.Optional(DateStr),
  budgetFen: Type.Optional(Fen),
  note: Type.Optional(Nullable(Str(1000))),
});

export const CampaignSchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  title: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  budgetFen: Type.Integer(),
  note: Nullable(Type.String()),
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
  edits: EditHistorySchema,
});

export const ReceiveStockBody = Obj({
  item: Name(50),
  unit: Name(10),
  quantity: Quantity,
  valueFen: Type.Optional(Nullable(Fen)),
  /** Client-generated id making a retried request receive the goods once. */
  requestId: Str(100, { minLength: 8 }),
  receivedOn: EffectiveOn,
});

const visitFilters = { campaignId: Type.Optional(Id), orgId: Type.Optional(Id) };
export const VisitQuery = Obj({ ...visitFilters, ...Page });
export const VisitExportQuery = Obj(visitFilters);

export const CreateVisitBody = Obj({
  campaignId: Type.Optional(Nullable(Id)),
  orgId: Id,
  recipientKind: RecipientKind,
  personId: Type.Optional(Nullable(Id)),
  unitName: Type.Optional(Nullable(Name(200))),
  people: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
  visitedOn: {
    ...DateStr,
    description: 'the day of the visit (China time): not in the future; a past day needs history.backdate',
  },
  visitors: Name(200, { description: 'Who went' }),
  note: Type.Optional(Nullable(Str(1000))),
  goods: Type.Array(Obj({ stockId: Id, quantity: Quantity }), { maxItems: 20 }),
  grantFen: Type.Optional(Fen),
});

const GrantSchema = Type.Object({
  applicationId: Type.Integer(),
  programName: Type.String(),
  status: Type.String(),
  amountFen: Nullable(Type.Integer()),
  paidFen: Type.Integer(),
});

export const VisitSchema = Type.Object({
  id: Type.Integer(),
  campaignId: Nullable(Type.Integer()),
  campaign: Nullable(Type.String()),
  orgId: Type.Integer(),
  orgName: Type.String(),
  recipientKind: RecipientKind,
  personId: Nullable(Type.Integer()),
  recipient: Type.String(),
  people: Type.Integer(),
  visitedOn: Type.String(),
  visitors: Type.String(),
  note: Nullable(Type.String()),
  goods: Type.Array(Type.Object({ item: Type.String(), unit: Type.String(), quantity: Type.Integer() })),
  grantFen: Type.Integer(),
  confirmedAt: Nullable(Type.String()),
  confirmedHow: Nullable(StrEnum(['recipient', 'receipt'] as const)),
  createdAt: Type.String({ description: 'when the visit was entered; visitedOn is the day it happened' }),
});

export const VisitListSchema = Type.Object({ items: Type.Array(VisitSchema), total: Type.Integer() });

export const VisitDetailSchema = Type.Object({
  visit: VisitSchema,
  grant: Nullable(GrantSchema),
  photos: Type.Array(
    Type.Object({
      id: Type.Integer(),
      kind: StrEnum(['photo', 'receipt'] as const),
      fileName: Type.String(),
      uploadedAt: Type.String(),
    }),
  ),
});

export const PhotoQuery = Obj({
  kind: StrEnum(['photo', 'receipt'] as const, {
    description:
      'photo: a photo of the visit; receipt: the receipt the recipient signed (confirms the visit)',
  }),
});
export const PhotoParams = Obj({ id: Id, photoId: Id });

/** The part of a campaign reported: its whole period unless days are given. */
export const ReportQuery = Obj({
  from: Type.Optional({ ...DateStr, description: "the first day counted (default the campaign's first)" }),
  to: Type.Optional({ ...DateStr, description: "the last day counted (default the campaign's last)" }),
});

export const ReportSchema = Type.Object({
  campaign: CampaignSchema,
  ...PeriodAnswer,
  visits: Type.Integer(),
  peopleReached: Type.Integer(),
  personsVisited: Type.Integer(),
  units: Type.Array(Type.Object({ kind: RecipientKind, n: Type.Integer() })),
  goods: Type.Array(Type.Object({ item: Type.String(), unit: Type.String(), quantity: Type.Integer() })),
  grants: Type.Object({ approved: Type.Integer(), paidFen: Type.Integer(), loggedFen: Type.Integer() }),
  notes: FigureNotes,
});

export const MyVisitSchema = Type.Object({
  id: Type.Integer(),
  campaign: Nullable(Type.String()),
  orgName: Type.String(),
  visitedOn: Type.String(),
  visitors: Type.String(),
  goods: Type.Array(Type.Object({ item: Type.String(), unit: Type.String(), quantity: Type.Integer() })),
  grantFen: Type.Integer(),
  confirmedAt: Nullable(Type.String()),
});
export const MyVisitListSchema = CappedList(MyVisitSchema, MY_VISITS_CAP);
