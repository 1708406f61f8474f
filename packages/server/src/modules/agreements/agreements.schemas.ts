import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { MAX_COST_FEN, MAX_REACH } from './agreements.measures.ts';
import { CLAUSES } from './agreements.types.ts';
import { AGREEMENT_KINDS, AGREEMENT_LEVELS } from './agreements.vocabulary.ts';

const Kind = S.StrEnum(AGREEMENT_KINDS, {
  description:
    'general 综合集体合同, wage 工资专项, women 女职工特殊权益保护专项协议, safety 劳动安全卫生专项',
});
const Level = S.StrEnum(AGREEMENT_LEVELS, { description: 'area 区域, industry 行业, enterprise 企业' });
const Status = S.StrEnum(['in_force', 'expiring', 'expired', 'ended', 'pending'] as const, {
  description:
    'in force on the day; expiring within 90 days (renewal); expired; ended before its expiry (终止); not yet in force',
});
const Count = Type.Integer({ minimum: 0, maximum: 10_000_000 });
/** What an agreement's measures cost and the people they reached (措施投入金额, 惠及人数); null: not recorded. */
const Measures = {
  costFen: Type.Optional(
    S.Nullable(
      Type.Integer({
        minimum: 0,
        maximum: MAX_COST_FEN,
        title: '投入金额（分）',
        description: '投入金额: what the measures cost, in fen (¥70,860.00 → 7086000); null: not recorded',
      }),
    ),
  ),
  reach: Type.Optional(
    S.Nullable(
      Type.Integer({
        minimum: 0,
        maximum: MAX_REACH,
        description: '惠及人数: the people the measures reached; null: not recorded',
      }),
    ),
  ),
};

/** What a new agreement and a correction of one both carry besides its parties and days. */
const Terms = {
  clauses: Type.Optional(Type.Array(S.StrEnum(CLAUSES), { maxItems: CLAUSES.length, uniqueItems: true })),
  note: Type.Optional(S.Nullable(S.Str(1000))),
  ...Measures,
};

export const EnterpriseInput = S.Obj({
  uscc: S.Str(18, { minLength: 1, description: '统一社会信用代码 (18 characters)' }),
  name: S.Name(200),
  workers: Count,
  womenWorkers: Count,
});

export const CreateAgreementBody = S.Obj({
  orgId: S.Id,
  kind: Kind,
  level: Level,
  title: S.Name(200),
  employer: S.Name(500, { description: 'The employer party or parties as signed' }),
  signedOn: {
    ...S.DateStr,
    description: 'the day it was signed (China time): not in the future; a past day needs history.backdate',
  },
  effectiveOn: Type.Optional({
    ...S.DateStr,
    description: 'the day it takes effect (default the signing day); may be in the future',
  }),
  expiresOn: S.DateStr,
  ...Terms,
  enterprises: Type.Optional(
    Type.Array(EnterpriseInput, {
      maxItems: 500,
      description:
        'Covered enterprises; for an enterprise agreement left out, the union’s own employer. Longer lists: import .xlsx',
    }),
  ),
});

export const EndAgreementBody = S.Obj({
  endedOn: Type.Optional({
    ...S.DateStr,
    description:
      'the day it ended, its last day in force (default today): not in the future, not before it took effect nor after its expiry; a past day needs history.backdate',
  }),
  reason: S.Name(500, { description: 'why it ended (终止原因)' }),
});

export const AgreementSchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  kind: Kind,
  level: Level,
  title: Type.String(),
  employer: Type.String(),
  signedOn: Type.String(),
  effectiveOn: Type.String(),
  expiresOn: Type.String(),
  termMonths: Type.Integer(),
  status: Status,
  endedOn: S.Nullable(Type.String({ description: 'ended before its expiry (终止): its last day in force' })),
  endReason: S.Nullable(Type.String()),
  endedEnteredAt: S.Nullable(Type.String({ description: 'when the ending was recorded' })),
  clauses: Type.Array(S.StrEnum(CLAUSES)),
  note: S.Nullable(Type.String()),
  costFen: S.Nullable(Type.Integer({ description: '投入金额 of its measures, fen; null: not recorded' })),
  reach: S.Nullable(Type.Integer({ description: '惠及人数 of its measures; null: not recorded' })),
  enterprises: Type.Integer(),
  workers: Type.Integer(),
  womenWorkers: Type.Integer(),
  textName: S.Nullable(Type.String()),
  createdAt: Type.String(),
});

export const CoverageSchema = Type.Object({
  uscc: Type.String(),
  name: Type.String(),
  workers: Type.Integer(),
  womenWorkers: Type.Integer(),
  hasUnion: Type.Boolean(),
});

export const AgreementDetailSchema = Type.Object({
  agreement: AgreementSchema,
  coverage: Type.Array(CoverageSchema),
  edits: S.EditHistorySchema,
});

/** A correction of an agreement (ADR 60): the fields sent replace those on file. */
export const EditAgreementBody = S.Obj({
  title: Type.Optional(S.Name(200)),
  employer: Type.Optional(S.Name(500)),
  signedOn: Type.Optional({
    ...S.DateStr,
    description: 'the day it was signed: not in the future; a past day needs history.backdate',
  }),
  effectiveOn: Type.Optional(S.DateStr),
  expiresOn: Type.Optional(S.DateStr),
  ...Terms,
  enterprises: Type.Optional(
    Type.Array(EnterpriseInput, {
      maxItems: 500,
      description: 'the whole list of covered enterprises; only before the agreement is in force (else 409)',
    }),
  ),
});

const agreementFilters = {
  orgId: Type.Optional(S.Id),
  kind: Type.Optional(Kind),
  level: Type.Optional(Level),
  status: Type.Optional(Status),
  year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200, description: 'Signed in this year' })),
  q: Type.Optional(S.Str(100)),
};

export const AgreementQuery = S.Obj({ ...agreementFilters, ...S.Page });

/** The agreements list's filters, without the page: what its .xlsx export takes. */
export const AgreementExportQuery = S.Obj(agreementFilters);

export const AgreementListSchema = S.PagedList(AgreementSchema);

export const CoverageImportResult = Type.Object({
  total: Type.Integer(),
  imported: Type.Integer(),
  ...S.SheetImportOutcome,
});

export const AgreementImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  agreements: Type.Integer({ description: 'agreements created (or, on a dry run, that would be)' }),
  enterprises: Type.Integer({ description: 'covered enterprises listed by those agreements' }),
});

export const TextUploadBody = S.Obj({
  fileName: S.Str(200, { minLength: 1 }),
  mime: S.StrEnum(['application/pdf', 'image/jpeg', 'image/png'] as const),
  dataBase64: S.Str(14_000_000, { minLength: 1 }),
});

/** Its `to` is its own: states are read on it even when it is later than today. */
export const StatsQuery = S.statsQuery({
  kind: Type.Optional(Kind),
  year: Type.Optional({
    ...S.StatsYear,
    description: 'a calendar year: signed in it, states at its end (or this month’s)',
  }),
  from: S.PeriodFields.from,
  to: Type.Optional({
    ...S.DateStr,
    description:
      'a day: states (in force, covered) as they stood on it, signed from `from` (default 1 January) to it',
  }),
});

/** A union's figures in the statistics: signed in the period, covered on its last day, its measures' sums. */
const UnionFigures = {
  signed: Type.Integer(),
  enterprises: Type.Integer(),
  workers: Type.Integer(),
  measureCostFen: Type.Integer(),
  measureReach: Type.Integer(),
};

export const StatsSchema = Type.Object({
  orgId: Type.Integer(),
  orgName: Type.String(),
  kind: Kind,
  year: Type.Integer(),
  from: Type.String({ description: 'The first day of the signing period' }),
  asOf: Type.String({ description: 'The day the states (in force, covered) are counted at' }),
  signed: Type.Integer(),
  signedByLevel: Type.Object({ area: Type.Integer(), industry: Type.Integer(), enterprise: Type.Integer() }),
  inForce: Type.Integer(),
  enterprises: Type.Integer({ description: 'Enterprises covered, each once' }),
  dueCovered: Type.Integer({ description: 'Covered enterprises among those that should have one' }),
  due: Type.Integer({ description: 'Enterprises that should have one, from the union tree' }),
  rate: S.Nullable(Type.Number({ description: 'dueCovered / due' })),
  workers: Type.Integer(),
  womenWorkers: Type.Integer(),
  measureCostFen: Type.Integer({
    description:
      '措施投入金额: what the measures of the agreements signed in the period cost, as recorded (fen; not recorded counts 0)',
  }),
  measureReach: Type.Integer({
    description:
      '措施惠及人数: the people the measures of the agreements signed in the period reached, as recorded',
  }),
  byUnion: Type.Array(
    Type.Object({ orgId: Type.Integer(), orgName: Type.String(), ...S.UnionDepth, ...UnionFigures }),
    {
      description: 'the unions directly below (and the union itself), in tree order',
    },
  ),
  byUnionTotal: Type.Object(UnionFigures, { description: 'the sum of the byUnion rows' }),
  notes: S.FigureNotes,
});
