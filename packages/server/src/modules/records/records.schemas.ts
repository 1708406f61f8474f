import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { IdNumberText } from '../people/index.ts';
import { AWARD_LEVELS, PATENT_TYPES, RECORD_SOURCES, TRAINING_RESULTS } from './records.types.ts';
import { RECORD_KINDS } from './records.vocabulary.ts';

const Kind = S.StrEnum(RECORD_KINDS, { description: 'certificate, award, training or patent' });

export const RecordSchema = Type.Object({
  id: Type.Integer(),
  kind: Kind,
  personId: Type.Integer(),
  personName: Type.String(),
  idMasked: Type.String(),
  occurredOn: Type.String(),
  year: Type.Integer(),
  subjectKey: Type.String(),
  grade: S.Nullable(Type.Integer()),
  occupation: S.Nullable(Type.String()),
  issuer: S.Nullable(Type.String()),
  number: S.Nullable(Type.String()),
  level: S.Nullable(S.StrEnum(AWARD_LEVELS)),
  rank: S.Nullable(Type.String()),
  competition: S.Nullable(Type.String()),
  course: S.Nullable(Type.String()),
  organiser: S.Nullable(Type.String()),
  feeFen: S.Nullable(Type.Integer()),
  result: S.Nullable(
    S.StrEnum(TRAINING_RESULTS, { description: 'Training: passed (合格), failed (不合格), absent (缺考)' }),
  ),
  patentType: S.Nullable(S.StrEnum(PATENT_TYPES)),
  patentNo: S.Nullable(Type.String()),
  inventorOrder: S.Nullable(Type.Integer()),
  title: S.Nullable(Type.String()),
  source: S.StrEnum(RECORD_SOURCES),
  orgId: S.Nullable(Type.Integer()),
  orgName: S.Nullable(Type.String()),
  createdAt: Type.String(),
});

/** One form for every kind; which fields are required depends on `kind` and is checked by the service. */
export const CreateRecordBody = S.Obj({
  kind: Kind,
  personId: Type.Optional(S.Id),
  date: S.DateStr,
  occupation: Type.Optional(S.Str(200)),
  grade: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 5, description: '1 = 一级 (highest) … 5 = 五级' }),
  ),
  issuer: Type.Optional(S.Nullable(S.Str(200))),
  number: Type.Optional(S.Nullable(S.Str(100))),
  competition: Type.Optional(S.Str(200)),
  level: Type.Optional(S.StrEnum(AWARD_LEVELS)),
  rank: Type.Optional(S.Str(50)),
  course: Type.Optional(S.Str(200)),
  organiser: Type.Optional(S.Nullable(S.Str(200))),
  feeFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 1e10 })),
  result: Type.Optional(
    S.Nullable(
      S.StrEnum(TRAINING_RESULTS, { description: 'Training: passed (合格), failed (不合格), absent (缺考)' }),
    ),
  ),
  patentType: Type.Optional(S.StrEnum(PATENT_TYPES)),
  patentNo: Type.Optional(S.Str(50)),
  title: Type.Optional(S.Str(200)),
  inventors: Type.Optional(
    Type.Array(Type.Union([S.Id, IdNumberText({ minLength: 15 })]), {
      minItems: 1,
      maxItems: 20,
      description: 'Patents: inventors in order, each a person id or an ID-card number',
    }),
  ),
});

export const RecordQuerySchema = S.Obj({
  personId: Type.Optional(S.Id),
  kind: Type.Optional(Kind),
  year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2200 })),
  orgId: Type.Optional(S.Id),
  ...S.Page,
});

export const RecordListSchema = S.PagedList(RecordSchema);

export const KindQuery = S.Obj({ kind: Kind });
export const ImportQuery = S.Obj({
  kind: Kind,
  mode: Type.Optional(
    S.StrEnum(['all', 'valid'] as const, {
      description: 'all: nothing unless every row is valid; valid: the good rows',
    }),
  ),
});

export const ImportResultSchema = Type.Object({
  kind: Kind,
  mode: S.StrEnum(['all', 'valid'] as const),
  total: Type.Integer(),
  imported: Type.Integer(),
  skipped: Type.Integer({ description: 'Data rows not imported (refused, or already on record)' }),
  ignoredRows: S.IgnoredRowsSchema,
  ...S.SheetImportOutcome,
});
