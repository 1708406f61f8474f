import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { RuleRef } from '../programs/index.ts';
import { CLAIMS_CAP, MY_POLICIES_CAP } from './insurance.repository.ts';

const Fen = Type.Integer({ minimum: 0, maximum: 1e13 });
const Kind = S.StrEnum(['medical', 'disability', 'death'] as const);
const ClaimStatus = S.StrEnum([
  'filed',
  'returned',
  'forwarded',
  'approved',
  'rejected',
  'paid',
  'withdrawn',
] as const);

export const PolicyBody = S.Obj({
  orgId: S.Id,
  insurer: S.Name(100),
  policyNo: S.Name(60),
  title: S.Name(200),
  startsOn: S.DateStr,
  endsOn: S.DateStr,
  premiumFen: Fen,
  cover: S.Name(2000),
  rule: Type.Optional(S.Nullable(RuleRef)),
  recordedInsured: Type.Optional(S.Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000 }))),
  recordedPremiumFen: Type.Optional(S.Nullable(Fen)),
  payer: Type.Optional(S.StrEnum(['insurer', 'union'] as const)),
});
const PolicyFields = {
  id: S.Id,
  orgId: S.Id,
  orgName: Type.String(),
  orgPath: Type.String(),
  insurer: Type.String(),
  policyNo: Type.String(),
  title: Type.String(),
  startsOn: S.DateStr,
  endsOn: S.DateStr,
  premiumFen: Type.Integer({
    description:
      "fen: the premium per person for the policy's whole period; a year kept as totals (recordedPremiumFen given) has it as entered, or when brought in from the policies register its premium in all over its number insured, rounded",
  }),
  cover: Type.String(),
  rule: S.Nullable(RuleRef),
  recordedInsured: S.Nullable(
    Type.Integer({
      description: 'a year kept as totals: the number insured as recorded (no list of the insured)',
    }),
  ),
  recordedPremiumFen: S.Nullable(
    Type.Integer({
      description:
        "fen: a year kept as totals: the whole policy's premium as recorded (保费合计), what the statistics count; null for a policy with its list of the insured",
    }),
  ),
  payer: S.StrEnum(['insurer', 'union'] as const),
  listFromRegister: Type.Boolean({
    description:
      'the insured kept in step with the member register (false: a list brought in from the policies register)',
  }),
  enrolled: Type.Integer({
    description:
      '参保人数: the people on the policy — the number recorded for a year kept as totals, else everyone ever on its list (those who left included)',
  }),
  insuredNow: Type.Integer({
    description:
      '在保人数 on asOf (today), counted as the statistics count it: 0 for a policy ended or not yet begun; within its period the number recorded, else the people on its list that day',
  }),
  asOf: S.DateStr,
  claims: Type.Integer(),
};
export const PolicySchema = S.Obj(PolicyFields);
export const PolicyListSchema = S.PagedList(PolicySchema);
export const PolicyListQuery = S.Obj({ orgId: Type.Optional(S.Id), ...S.Page });
export const PolicyDetailSchema = S.Obj({
  ...PolicyFields,
  people: Type.Integer(),
  personDays: Type.Integer(),
  dueFen: Type.Integer(),
  documents: Type.Record(Type.String(), Type.Array(Type.String())),
});
export const SyncBody = S.Obj({ on: Type.Optional(S.DateStr) });
export const SyncResult = S.Obj({
  on: S.DateStr,
  added: Type.Integer(),
  removed: Type.Integer(),
  insured: Type.Integer(),
});
export const IdResult = S.Obj({ id: S.Id });

const ClaimFields = {
  policyId: S.Id,
  kind: Kind,
  incidentOn: S.DateStr,
  place: S.Name(200),
  description: S.Name(2000),
  documents: Type.Array(S.Str(60), { maxItems: 20 }),
};
/** Staff name the member and may give the filing day (ADR 40: not before the accident; a past day to 补录). */
export const ClaimBody = S.Obj({ ...ClaimFields, personId: S.Id, filedOn: S.EffectiveOn });
export const MyClaimBody = S.Obj(ClaimFields);
export const ClaimSchema = S.Obj({
  id: S.Id,
  policyId: S.Id,
  policyTitle: Type.String(),
  policyOrgId: S.Id,
  policyOrgPath: Type.String(),
  payer: S.StrEnum(['insurer', 'union'] as const),
  ledgerApplicationId: S.Nullable(S.Id),
  ledger: S.Nullable(
    S.Obj({
      programName: Type.String(),
      status: Type.String(),
      amountFen: S.Nullable(Type.Integer()),
      paidFen: Type.Integer(),
    }),
  ),
  personId: S.Id,
  personName: Type.String(),
  orgId: S.Id,
  orgName: Type.String(),
  orgPath: Type.String(),
  kind: Kind,
  incidentOn: S.DateStr,
  place: Type.String(),
  description: Type.String(),
  documents: Type.Array(Type.String()),
  status: ClaimStatus,
  stepOrgId: S.Nullable(S.Id),
  stepOrgName: S.Nullable(Type.String()),
  returnReason: S.Nullable(Type.String()),
  steps: Type.Array(
    S.Obj({
      orgId: S.Id,
      orgName: Type.String(),
      action: S.StrEnum(['forward', 'return'] as const),
      reason: S.Nullable(Type.String()),
      on: S.DateStr,
    }),
  ),
  files: Type.Array(S.Obj({ id: S.Id, document: Type.String(), name: Type.String(), size: Type.Integer() })),
  filedOn: S.DateStr,
  forwardedOn: S.Nullable(S.DateStr),
  decidedOn: S.Nullable(S.DateStr),
  payoutFen: S.Nullable(Type.Integer()),
  rejectReason: S.Nullable(Type.String()),
  paidOn: S.Nullable(S.DateStr),
  daysOpen: Type.Integer(),
  overdue: Type.Boolean(),
});
export const ClaimListSchema = S.CappedList(ClaimSchema, CLAIMS_CAP);
export const ClaimQuery = S.Obj({
  orgId: Type.Optional(S.Id),
  policyId: Type.Optional(S.Id),
  awaiting: Type.Optional(Type.Boolean({ description: "Only claims at the caller's own review step" })),
  awaitingDecision: Type.Optional(
    Type.Boolean({
      description:
        "Only claims the caller's union forwarded to the insurer on its own policies, whose decision is still to be recorded",
    }),
  ),
});
export const ReviewBody = S.Obj({
  action: S.StrEnum(['forward', 'return'] as const),
  reason: Type.Optional(S.Str(500)),
  effectiveOn: S.EffectiveOn,
});
export const ReviewResult = S.Obj({ status: ClaimStatus, stepOrgId: S.Nullable(S.Id) });
export const DecideBody = S.Obj({
  action: S.StrEnum(['approve', 'reject', 'pay'] as const),
  payoutFen: Type.Optional(Type.Integer({ minimum: 1, maximum: 1e11 })),
  reason: Type.Optional(S.Str(500)),
  effectiveOn: S.EffectiveOn,
});
export const DecideResult = S.Obj({ status: ClaimStatus, ledgerApplicationId: S.Nullable(S.Id) });
export const StatsQuery = S.statsQuery(S.YearSpan);
const YearRow = {
  policies: Type.Integer(),
  insured: Type.Integer(),
  premiumFen: Type.Integer(),
  claimsFiled: Type.Integer(),
  claimsPaid: Type.Integer(),
  paidFen: Type.Integer(),
};
export const StatsSchema = S.Obj({
  ...S.StatsAskedHead,
  fromYear: Type.Integer(),
  toYear: Type.Integer(),
  years: Type.Array(S.Obj({ year: Type.Integer(), ...YearRow })),
  total: S.Obj(YearRow),
  states: S.Obj(
    {
      inForce: Type.Integer({ description: 'policies in force on asOf' }),
      insured: Type.Integer({ description: 'people covered on asOf (a recorded year: its recorded number)' }),
      openClaims: Type.Integer({ description: 'claims filed and not yet decided on asOf' }),
    },
    { description: 'the states as they stood on asOf' },
  ),
  notes: S.FigureNotes,
});
export const MineSchema = S.Obj({
  policies: Type.Array(
    S.Obj({
      policyId: S.Id,
      title: Type.String(),
      insurer: Type.String(),
      cover: Type.String(),
      startsOn: S.DateStr,
      endsOn: S.DateStr,
      fromOn: S.DateStr,
      untilOn: S.Nullable(S.DateStr),
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
export const ListQuery = S.Obj({ full: Full });
/** The claims list's filters, and full ID numbers in its export. */
export const ClaimExportQuery = S.Obj({ ...ClaimQuery.properties, full: Full });
const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });
export const ChangesQuery = S.Obj({ month: Type.Optional(Month), full: Full });
export const ChangesJsonQuery = S.Obj({ month: Type.Optional(Month) });
export const ChangesSchema = S.Obj({
  month: Type.String(),
  rows: Type.Array(
    S.Obj({
      personId: S.Id,
      name: Type.String(),
      idMasked: Type.String(),
      orgName: Type.String(),
      change: S.StrEnum(['add', 'remove'] as const),
      effectiveOn: S.DateStr,
      days: Type.Integer(),
      fen: Type.Integer(),
      removedWhy: S.Nullable(Type.String()),
    }),
  ),
  addedFen: Type.Integer(),
  refundFen: Type.Integer(),
  netFen: Type.Integer(),
});
export const FileQuery = S.Obj({ document: S.Str(60) });
export const FileParams = S.Obj({ id: S.Id, fileId: S.Id });

export const PolicyImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  listed: Type.Integer({ description: 'policies with their list of the insured' }),
  totals: Type.Integer({ description: 'policies kept as totals (the number insured and the premium)' }),
  insured: Type.Integer({ description: 'insured rows of the listed policies' }),
  premiumFen: Type.Number({
    description:
      "fen: the premiums the statistics count: a year kept as totals its premium, a listed policy its premium per person by each person's days of cover",
  }),
});
export const ClaimImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  paid: Type.Integer({ description: 'claims approved and paid (counted on their payment day)' }),
  approved: Type.Integer({ description: 'claims approved, not yet paid' }),
  rejected: Type.Integer({ description: 'claims rejected by the insurer' }),
  pending: Type.Integer({ description: 'claims with the insurer, not yet decided' }),
  payoutFen: Type.Number({
    description: 'fen: the payouts decided, approved or paid (赔付金额合计, as the claims export sums them)',
  }),
  paidFen: Type.Number({ description: 'fen: of which the payouts of the paid claims' }),
});
