import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { IdNumberText } from '../people/index.ts';
import { ACCOUNT_STATES } from '../people/people.vocabulary.ts';
import { JOIN_STATUSES } from './onboarding.vocabulary.ts';

const PersonName = S.Name(50);
const IdNumber = IdNumberText({ minLength: 1 });
const Phone = S.Str(11, { minLength: 11, pattern: '^\\d{11}$', description: 'Mobile phone number' });

export const ActivationStartBody = S.Obj({ name: PersonName, idNumber: IdNumber, phone: Phone });

export const ActivationVerifyBody = S.Obj({
  phone: Phone,
  code: S.Str(6, { minLength: 6, pattern: '^\\d{6}$' }),
  username: Type.Optional(S.Str(64, { minLength: 1, description: 'Defaults to the phone number' })),
  password: S.Str(200, { minLength: 1 }),
});

export const PhoneCodeBody = S.Obj({ phone: Phone });
export const PhoneConfirmBody = S.Obj({
  phone: Phone,
  code: S.Str(6, { minLength: 6, pattern: '^\\d{6}$' }),
});
export const PhoneChanged = S.Obj({ ok: Type.Literal(true), phone: Type.String() });

export const ActivationStarted = S.Obj({
  ok: Type.Literal(true),
  resendAfterSeconds: Type.Integer({ description: 'Seconds before this phone may ask for another code' }),
});
export const ActivationVerified = S.Obj({ ok: Type.Literal(true), username: Type.String() });

export const UnionQuery = S.Obj({
  q: S.Str(50, { minLength: 1, description: 'Part of the name, or the credit code' }),
});

export const UnionHits = S.Obj({
  items: Type.Array(
    S.Obj({
      id: Type.Integer(),
      name: Type.String(),
      chain: Type.Array(Type.String(), { description: 'The names of the unions above, the top first' }),
    }),
  ),
});

export const JoinRequestBody = S.Obj({
  orgId: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }),
  name: PersonName,
  idNumber: IdNumber,
  phone: Phone,
  employer: Type.Optional(S.Str(100)),
  note: Type.Optional(S.Str(500)),
});

export const JoinRequestCreated = S.Obj({
  id: Type.Integer(),
  status: Type.Literal('pending'),
  orgName: Type.String(),
});

export const JoinStatusSchema = S.StrEnum(JOIN_STATUSES);

const joinFilters = {
  status: Type.Optional(JoinStatusSchema),
  orgId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 })),
};
export const JoinQuerySchema = S.Obj({ ...joinFilters, ...S.Page });
export const JoinExportQuery = S.Obj(joinFilters);

export const JoinRequestSchema = S.Obj({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  name: Type.String(),
  idMasked: Type.String(),
  phone: Type.String(),
  employer: S.Nullable(Type.String()),
  note: S.Nullable(Type.String()),
  status: JoinStatusSchema,
  reason: S.Nullable(Type.String()),
  personId: S.Nullable(Type.Integer()),
  createdAt: Type.String(),
  decidedAt: S.Nullable(Type.String()),
});

export const JoinRequestList = S.PagedList(JoinRequestSchema);

export const DeclineBody = S.Obj({ reason: S.Str(500, { minLength: 1 }), effectiveOn: S.EffectiveOn });
/** The day a join request was accepted, the member's first day (ADR 40): default today. */
export const AcceptJoinBody = S.Obj({ effectiveOn: S.EffectiveOn });

/** A member's phone account, as their page shows it (member-account.service.ts). */
export const MemberAccount = S.Obj({
  state: S.StrEnum(ACCOUNT_STATES, {
    description:
      'none: no account; pending: never signed in, or bound to change a password; active; disabled',
  }),
  username: S.Nullable(
    Type.String({ description: 'The login name (the phone number unless the member chose one)' }),
  ),
  phone: S.Nullable(Type.String()),
  openedAt: S.Nullable(
    Type.String({
      description:
        'When the account was made: by the member activating it, or for them; pending until first used',
    }),
  ),
  lastSignInAt: S.Nullable(Type.String()),
});
