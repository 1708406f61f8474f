import { Type } from 'typebox';
import { DateStr, Name, Nullable, Obj, Str, StrEnum } from '../../http/schema.ts';
import { ORG_KINDS } from './org.levels.ts';

export const OrgKindSchema = StrEnum(ORG_KINDS);

export const CommitteeSchema = Obj({
  electedOn: Type.Optional(Nullable(DateStr)),
  term: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100 }))),
  chair: Type.Optional(Nullable(Str(50))),
  viceChairs: Type.Optional(Type.Array(Str(50), { maxItems: 20 })),
  members: Type.Optional(Type.Array(Str(50), { maxItems: 100 })),
});

const orgFields = {
  id: Type.Integer(),
  parentId: Nullable(Type.Integer()),
  path: Type.String(),
  level: Type.Integer(),
  kind: OrgKindSchema,
  name: Type.String(),
  shortName: Nullable(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('closed')]),
  uscc: Nullable(Type.String()),
  employerName: Nullable(Type.String()),
  foundedOn: Nullable(Type.String()),
  committee: Nullable(Type.Unknown()),
  closedOn: Nullable(Type.String()),
  movedOn: Nullable(
    Type.String({ description: 'the day it was last moved under its present parent (划转)' }),
  ),
  workerCount: Nullable(Type.Integer()),
  womenWorkerCount: Nullable(Type.Integer()),
};

export const OrgSchema = Type.Object(orgFields);
export const OrgSummarySchema = Type.Object({
  ...orgFields,
  members: Type.Integer(),
  unions: Type.Integer(),
  hasChildren: Type.Boolean(),
});
const Ancestors = Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() }));
export const OrgDetailSchema = Type.Object({ ...OrgSummarySchema.properties, ancestors: Ancestors });
export const OrgSearchHitSchema = Type.Object({ ...orgFields, ancestors: Ancestors });

const editable = {
  shortName: Type.Optional(Nullable(Str(50))),
  uscc: Type.Optional(Nullable(Str(18, { pattern: '^[0-9A-Z]{18}$' }))),
  employerName: Type.Optional(Nullable(Str(200))),
  foundedOn: Type.Optional(Nullable(DateStr)),
  committee: Type.Optional(Nullable(CommitteeSchema)),
  workerCount: Type.Optional(
    Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000, description: 'The employer’s workers' })),
  ),
  womenWorkerCount: Type.Optional(
    Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000, description: 'Of them women (女职工)' })),
  ),
};

export const CreateOrgBody = Obj({ name: Name(100, { minLength: 2 }), kind: OrgKindSchema, ...editable });
export const CreateTopOrgBody = Obj({
  name: Name(100, { minLength: 2 }),
  kind: OrgKindSchema,
  parentId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  ...editable,
});
export const UpdateOrgBody = Obj({ name: Type.Optional(Name(100, { minLength: 2 })), ...editable });
