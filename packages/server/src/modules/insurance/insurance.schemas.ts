import { Type } from 'typebox';
import {
  CappedList,
  DateStr,
  EffectiveOn,
  FigureNotes,
  Id,
  Name,
  Nullable,
  Obj,
  Page,
  PeriodAnswer,
  PeriodFields,
  RegisterImportResult,
  Str,
  StrEnum,
} from '../../http/schema.ts';
import { RuleRef } from '../programs/index.ts';
import { CLAIMS_CAP, MY_POLICIES_CAP } from './insurance.repository.ts';

const Fen = Type.Integer({ minimum: 0, maximum: 1e13 });
const Kind = StrEnum(['medical', 'disability', 'death'] as const);
const ClaimStatus = StrEnum([
  'filed',
  'returned',
  'forwarded',
  'approved',
  'rejected',
  'paid',
  'withdrawn',
] as const);

export const PolicyBody = Obj({
  orgId: Id,
  insurer: Name(100),
  policyNo: Name(60),
  title: Name(200),
  startsOn: DateStr,
  endsOn: DateStr,
  premiumFen: Fen,
  cover: Name(2000),
  rule: Type.Optional(Nullable(RuleRef)),
  recordedInsured: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000 }))),
  recordedPremiumFen: Type.Optional(Nullable(Fen)),
  payer: Type.Optional(StrEnum(['insurer', 'union'] as const)),
});
const PolicyFields = {
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  orgPath: Type.String(),
  insurer: Type.String(),
  policyNo: Type.String(),
  title: Type.String(),
  startsOn: DateStr,
  endsOn: DateStr,
  premiumFen: Type.Integer(),
  cover: Type.String(),
  rule: Nullable(RuleRef),
  recordedInsured: Nullable(Type.Integer()),
  recordedPremiumFen: Nullable(Type.Integer()),
  payer: StrEnum(['insurer', 'union'] as const),
  insuredNow: Type.Integer(),
  claims: Type.Integer(),
};
export const PolicySchema = Obj(PolicyFields);
export const PolicyListSchema = Obj({
  items: Type.Array(PolicySchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export const PolicyListQuery = Obj({ orgId: Type.Optional(Id), ...Page });
export const PolicyDetailSchema = Obj({
  ...PolicyFields,
  people: Type.Integer(),
  personDays: Type.Integer(),
  dueFen: Type.Integer(),
  documents: Type.Record(Type.String(), Type.Array(Type.String())),
});
export const SyncBody = Obj({ on: Type.Optional(DateStr) });
export const SyncResult = Obj({
  on: DateStr,
  added: Type.Integer(),
  removed: Type.Integer(),
  insured: Type.Integer(),
});
export const IdResult = Obj({ id: Id });

const ClaimFields = {
  policyId: Id,
  kind: Kind,
  incidentOn: DateStr,
  place: Name(200),
  description: Name(2000),
  documents: Type.Array(Str(60), { maxItems: 20 }),
};
/** Staff name the member and may give the filing day (ADR 40: not before the accident; a past day to 补录). */
export const ClaimBody = Obj({ ...ClaimFields, personId: Id, filedOn: EffectiveOn });
export const MyClaimBody = Obj(ClaimFields);
export const ClaimSchema = Obj({
  id: Id,
  policyId: Id,
  policyTitle: Type.String(),
  policyOrgId: Id,
  policyOrgPath: Type.String(),
  payer: StrEnum(['insurer', 'union'] as const),
  ledgerApplicationId: Nullable(Id),
  ledger: Nullable(
    Obj({
      programName: Type.String(),
      status: Type.String(),
      amountFen: Nullable(Type.Integer()),
      paidFen: Type.Integer(),
    }),
  ),
  personId: Id,
  personName: Type.String(),
  orgId: Id,
  orgName: Type.String(),
  orgPath: Type.String(),
  kind: Kind,
  incidentOn: DateStr,
  place: Type.String(),
  description: Type.String(),
  documents: Type.Array(Type.String()),
  status: ClaimStatus,
  stepOrgId: Nullable(Id),
  stepOrgName: Nullable(Type.String()),
  returnReason: Nullable(Type.String()),
  steps: Type.Array(
    Obj({
      orgId: Id,
      orgName: Type.String(),
      action: StrEnum(['forward', 'return'] as const),
      reason: Nullable(Type.String()),
      on: DateStr,
    }),
  ),
  files: Type.Array(Obj({ id: Id, document: Type.String(), name: Type.String(), size: Type.Integer() })),
  filedOn: DateStr,
  forwardedOn: Nullable(DateStr),
  decidedOn: Nullable(DateStr),
  payoutFen: Nullable(Type.Integer()),
  rejectReason: Nullable(Type.String()),
  paidOn: Nullable(DateStr),
  daysOpen: Type.Integer(),
  overdue: Type.Boolean(),
});
export const ClaimListSchema = CappedList(ClaimSchema, CLAIMS_CAP);
export const ClaimQuery = Obj({
  orgId: Type.Optional(Id),
  policyId: Type.Optional(Id),
  awaiting: Type.Optional(Type.Boolean({ description: "Only claims at the caller's own review step" })),
});
export const ReviewBody = Obj({
  action: StrEnum(['forward', 'return'] as const),
  reason: Type.Optional(Str(500)),
  effectiveOn: EffectiveOn,
});
export const ReviewResult = Obj({ status: ClaimStatus, stepOrgId: Nullable(Id) });
export const DecideBody = Obj({
  action: StrEnum(['approve', 'reject', 'pay'] as const),
  payoutFen: Type.Optional(Type.Integer({ minimum: 1, maximum: 1e11 })),
  reason: Type.Optional(Str(500)),
  effectiveOn: EffectiveOn,
});
export const DecideResult = Obj({ status: ClaimStatus, ledgerApplicationId: Nullable(Id) });
export const StatsQuery = Obj({
  orgId: Type.Optional(Id),
  fromYear: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
  toYear: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
  ...PeriodFields,
});
const YearRow = {
  policies: Type.Integer(),
  insured: Type.Integer(),
  premiumFen: Type.Integer(),
  claimsFiled: Type.Integer(),
  claimsPaid: Type.Integer(),
  paidFen: Type.Integer(),
};
export const StatsSchema = Obj({
  ...PeriodAnswer,
  fromYear: Type.Integer(),
  toYear: Type.Integer(),
  years: Type.Array(Obj({ year: Type.Integer(), ...YearRow })),
  total: Obj(YearRow),
  states: Obj(
    {
      inForce: Type.Integer({ description: 'policies in force on asOf' }),
      insured: Type.Integer({ description: 'people covered on asOf (a recorded year: its recorded number)' }),
      openClaims: Type.Integer({ description: 'claims filed and not yet decided on asOf' }),
    },
    { description: 'the states as they stood on asOf' },
  ),
  notes: FigureNotes,
});
export const MineSchema = Obj({
  policies: Type.Array(
    Obj({
      policyId: Id,
      title: Type.String(),
      insurer: Type.String(),
      cover: Type.String(),
      startsOn: DateStr,
      endsOn: DateStr,
      fromOn: DateStr,
      untilOn: Nullable(DateStr),
    }),
    { description: `at most the latest ${MY_POLICIES_CAP}` },
  ),
  policiesTotal: Type.Integer({
    minimum: 0,
    description: 'how many policies there are in all; more than listed when the list was cut',
  }),
  claims: Type.Array(ClaimSchema, { description: `at most the latest ${CLAIMS_CAP}` }),
  claimsTotal: Type.Integer({
    minimum: 0,
    description: 'how many claims there are in all; more than listed when the list was cut',
  }),
  documents: Type.Record(Type.String(), Type.Array(Type.String())),
});

const Full = Type.Optional(
  Type.Boolean({
    description: 'Full ID numbers (people.reveal_id; audited as an ID export); masked otherwise',
  }),
);
export const ListQuery = Obj({ full: Full });
const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });
export const ChangesQuery = Obj({ month: Type.Optional(Month), full: Full });
export const ChangesJsonQuery = Obj({ month: Type.Optional(Month) });
export const ChangesSchema = Obj({
  month: Type.String(),
  rows: Type.Array(
    Obj({
      personId: Id,
      name: Type.String(),
      idMasked: Type.String(),
      orgName: Type.String(),
      change: StrEnum(['add', 'remove'] as const),
      effectiveOn: DateStr,
      days: Type.Integer(),
      fen: Type.Integer(),
      removedWhy: Nullable(Type.String()),
    }),
  ),
  addedFen: Type.Integer(),
  refundFen: Type.Integer(),
  netFen: Type.Integer(),
});
export const FileQuery = Obj({ document: Str(60) });
export const FileParams = Obj({ id: Id, fileId: Id });

export const ClaimImportResult = Type.Object({
  ...RegisterImportResult.properties,
  paid: Type.Integer({ description: 'claims approved and paid (counted on their payment day)' }),
  approved: Type.Integer({ description: 'claims approved, not yet paid' }),
  rejected: Type.Integer({ description: 'claims rejected by the insurer' }),
  pending: Type.Integer({ description: 'claims with the insurer, not yet decided' }),
  paidFen: Type.Number({ description: 'fen: the payouts of the paid claims' }),
});
