import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { ORG_KINDS } from './org.levels.ts';

export const OrgKindSchema = S.StrEnum(ORG_KINDS);

export const CommitteeSchema = S.Obj({
  electedOn: Type.Optional(S.Nullable(S.DateStr)),
  term: Type.Optional(S.Nullable(Type.Integer({ minimum: 1, maximum: 100 }))),
  chair: Type.Optional(S.Nullable(S.Str(50))),
  viceChairs: Type.Optional(Type.Array(S.Str(50), { maxItems: 20 })),
  members: Type.Optional(Type.Array(S.Str(50), { maxItems: 100 })),
});

const orgFields = {
  id: Type.Integer(),
  parentId: S.Nullable(Type.Integer()),
  path: Type.String(),
  level: Type.Integer(),
  kind: OrgKindSchema,
  name: Type.String(),
  shortName: S.Nullable(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('closed')]),
  uscc: S.Nullable(Type.String()),
  employerName: S.Nullable(Type.String()),
  foundedOn: S.Nullable(Type.String()),
  committee: S.Nullable(Type.Unknown()),
  closedOn: S.Nullable(Type.String()),
  movedOn: S.Nullable(
    Type.String({ description: 'the day it was last moved under its present parent (划转)' }),
  ),
  workerCount: S.Nullable(Type.Integer()),
  womenWorkerCount: S.Nullable(Type.Integer()),
};

export const OrgSchema = Type.Object(orgFields);
export const OrgSummarySchema = Type.Object({
  ...orgFields,
  members: Type.Integer(),
  unions: Type.Integer(),
  hasChildren: Type.Boolean(),
});
const Ancestors = Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() }));
export const OrgDetailSchema = Type.Object({
  ...OrgSummarySchema.properties,
  ancestors: Ancestors,
  parentName: S.Nullable(
    Type.String({
      description:
        'the name of the union above it, also when that one lies above the caller’s subtree (null: a root)',
    }),
  ),
});
export const OrgSearchHitSchema = Type.Object({ ...orgFields, ancestors: Ancestors });

/** The union's names as its page takes them; the union-tree import refuses what they would (org.import.cells.ts). */
export const ORG_NAME = S.Name(100, { minLength: 2 });
export const SHORT_NAME = S.Str(50);
export const EMPLOYER_NAME = S.Str(200);

const editable = {
  shortName: Type.Optional(S.Nullable(SHORT_NAME)),
  uscc: Type.Optional(S.Nullable(S.Str(18, { pattern: '^[0-9A-Z]{18}$' }))),
  employerName: Type.Optional(S.Nullable(EMPLOYER_NAME)),
  foundedOn: Type.Optional(S.Nullable(S.DateStr)),
  committee: Type.Optional(S.Nullable(CommitteeSchema)),
  workerCount: Type.Optional(
    S.Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000, description: 'The employer’s workers' })),
  ),
  womenWorkerCount: Type.Optional(
    S.Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000, description: 'Of them women (女职工)' })),
  ),
};

export const CreateOrgBody = S.Obj({ name: ORG_NAME, kind: OrgKindSchema, ...editable });
export const CreateTopOrgBody = S.Obj({
  name: ORG_NAME,
  kind: OrgKindSchema,
  parentId: Type.Optional(S.Nullable(Type.Integer({ minimum: 1 }))),
  ...editable,
});
export const UpdateOrgBody = S.Obj({ name: Type.Optional(ORG_NAME), ...editable });
