import { Type } from 'typebox';
import {
  DateStr,
  Id,
  Nullable,
  Obj,
  Page,
  SheetFileSchema,
  SheetWarningsSchema,
  Str,
  StrEnum,
} from '../../http/schema.ts';
import { IdNumberText } from '../people/index.ts';
import { AWARD_LEVELS, PATENT_TYPES, RECORD_SOURCES, TRAINING_RESULTS } from './records.types.ts';

export const RECORD_KIND_VALUES = ['certificate', 'award', 'training', 'patent'] as const;
const Kind = StrEnum(RECORD_KIND_VALUES, { description: 'certificate, award, training or patent' });

export const RecordSchema = Type.Object({
  id: Type.Integer(),
  kind: Kind,
  personId: Type.Integer(),
  personName: Type.String(),
  idMasked: Type.String(),
  occurredOn: Type.String(),
  year: Type.Integer(),
  subjectKey: Type.String(),
  grade: Nullable(Type.Integer()),
  occupation: Nullable(Type.String()),
  issuer: Nullable(Type.String()),
  number: Nullable(Type.String()),
  level: Nullable(StrEnum(AWARD_LEVELS)),
  rank: Nullable(Type.String()),
  competition: Nullable(Type.String()),
  course: Nullable(Type.String()),
  organiser: Nullable(Type.String()),
  feeFen: Nullable(Type.Integer()),
  result: Nullable(
    StrEnum(TRAINING_RESULTS, { description: 'Training: passed (合格), failed (不合格), absent (缺考)' }),
  ),
  patentType: Nullable(StrEnum(PATENT_TYPES)),
  patentNo: Nullable(Type.String()),
  inventorOrder: Nullable(Type.Integer()),
  title: Nullable(Type.String()),
  source: StrEnum(RECORD_SOURCES),
  orgId: Nullable(Type.Integer()),
  orgName: Nullable(Type.String()),
  createdAt: Type.String(),
});

/** One form for every kind; which fields are required depends on `kind` and is checked by the service. */
export const CreateRecordBody = Obj({
  kind: Kind,
  personId: Type.Optional(Id),
  date: DateStr,
  occupation: Type.Optional(Str(200)),
  grade: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 5, description: '1 = 一级 (highest) … 5 = 五级' }),
  ),
  issuer: Type.Optional(Nullable(Str(200))),
  number: Type.Optional(Nullable(Str(100))),
  competition: Type.Optional(Str(200)),
  level: Type.Optional(StrEnum(AWARD_LEVELS)),
  rank: Type.Optional(Str(50)),
  course: Type.Optional(Str(200)),
  organiser: Type.Optional(Nullable(Str(200))),
  feeFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 1e10 })),
  result: Type.Optional(
    Nullable(
      StrEnum(TRAINING_RESULTS, { description: 'Training: passed (合格), failed (不合格), absent (缺考)' }),
    ),
  ),
  patentType: Type.Optional(StrEnum(PATENT_TYPES)),
  patentNo: Type.Optional(Str(50)),
  title: Type.Optional(Str(200)),
  inventors: Type.Optional(
    Type.Array(Type.Union([Id, IdNumberText({ minLength: 15 })]), {
      minItems: 1,
      maxItems: 20,
      description: 'Patents: inventors in order, each a person id or an ID-card number',
    }),
  ),
});

export const RecordQuerySchema = Obj({
  personId: Type.Optional(Id),
  kind: Type.Optional(Kind),
  year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2200 })),
  orgId: Type.Optional(Id),
  ...Page,
});

export const RecordListSchema = Type.Object({
  items: Type.Array(RecordSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const KindQuery = Obj({ kind: Kind });
export const ImportQuery = Obj({
  kind: Kind,
  mode: Type.Optional(
    StrEnum(['all', 'valid'] as const, {
      description: 'all: nothing unless every row is valid; valid: the good rows',
    }),
  ),
});

export const ImportResultSchema = Type.Object({
  kind: Kind,
  mode: StrEnum(['all', 'valid'] as const),
  total: Type.Integer(),
  imported: Type.Integer(),
  skipped: Type.Integer({ description: 'Data rows not imported (refused, or already on record)' }),
  ignoredRows: Type.Array(Type.Integer(), {
    description: 'Rows read as no data (a 合计 row, a 填表说明 block), left out without an error',
  }),
  file: SheetFileSchema,
  warnings: SheetWarningsSchema,
  warningCount: Type.Integer(),
  errors: Type.Array(
    Type.Object({
      rowNo: Type.Integer(),
      column: Type.String(),
      messageZh: Type.String(),
      messageEn: Type.String(),
    }),
  ),
});
