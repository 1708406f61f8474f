import { Type } from 'typebox';
import { EffectiveOn, Name, Nullable, Obj, Page, Str, StrEnum } from '../../http/schema.ts';
import { IdNumberText } from '../people/index.ts';

const PersonName = Name(50);
const IdNumber = IdNumberText({ minLength: 1 });
const Phone = Str(11, { minLength: 11, pattern: '^\\d{11}$', description: 'Mobile phone number' });

export const ActivationStartBody = Obj({ name: PersonName, idNumber: IdNumber, phone: Phone });

export const ActivationVerifyBody = Obj({
  phone: Phone,
  code: Str(6, { minLength: 6, pattern: '^\\d{6}$' }),
  username: Type.Optional(Str(64, { minLength: 1, description: 'Defaults to the phone number' })),
  password: Str(200, { minLength: 1 }),
});

export const ActivationVerified = Obj({ ok: Type.Literal(true), username: Type.String() });

export const UnionQuery = Obj({
  q: Str(50, { minLength: 1, description: 'Part of the name, or the credit code' }),
});

export const UnionHits = Obj({
  items: Type.Array(
    Obj({
      id: Type.Integer(),
      name: Type.String(),
      chain: Type.Array(Type.String(), { description: 'The names of the unions above, the top first' }),
    }),
  ),
});

export const JoinRequestBody = Obj({
  orgId: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }),
  name: PersonName,
  idNumber: IdNumber,
  phone: Phone,
  employer: Type.Optional(Str(100)),
  note: Type.Optional(Str(500)),
});

export const JoinRequestCreated = Obj({
  id: Type.Integer(),
  status: Type.Literal('pending'),
  orgName: Type.String(),
});

export const JoinStatusSchema = StrEnum(['pending', 'accepted', 'declined'] as const);

const joinFilters = {
  status: Type.Optional(JoinStatusSchema),
  orgId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 })),
};
export const JoinQuerySchema = Obj({ ...joinFilters, ...Page });
export const JoinExportQuery = Obj(joinFilters);

export const JoinRequestSchema = Obj({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  name: Type.String(),
  idMasked: Type.String(),
  phone: Type.String(),
  employer: Nullable(Type.String()),
  note: Nullable(Type.String()),
  status: JoinStatusSchema,
  reason: Nullable(Type.String()),
  personId: Nullable(Type.Integer()),
  createdAt: Type.String(),
  decidedAt: Nullable(Type.String()),
});

export const JoinRequestList = Obj({
  items: Type.Array(JoinRequestSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const DeclineBody = Obj({ reason: Str(500, { minLength: 1 }), effectiveOn: EffectiveOn });
/** The day a join request was accepted, the member's first day (ADR 40): default today. */
export const AcceptJoinBody = Obj({ effectiveOn: EffectiveOn });
