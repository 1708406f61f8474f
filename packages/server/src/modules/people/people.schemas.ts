import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { ACCOUNT_STATES, END_REASONS } from './people.vocabulary.ts';

/**
 * An ID number as a person types it: in groups with spaces, in full-width digits, with a lower-case x. Read as the
 * number (`normaliseIdNumber`) by every route that takes one; 18 characters once read.
 */
export const IdNumberText = (options: Record<string, unknown> = {}) =>
  S.Str(40, {
    description:
      'Resident ID-card number (GB 11643); spaces, full-width digits and a lower-case x are read as typed',
    ...options,
  });

const EndReasonSchema = S.StrEnum(END_REASONS, {
  description: 'Why a membership ended: retired 退休, left_unit 离开单位, died 去世, other 其他',
});

const ModelWorker = Type.Union([Type.Literal('national'), Type.Literal('city'), Type.Literal('district')]);
const Hardship = Type.Union([Type.Literal('relative'), Type.Literal('general'), Type.Literal('deep')]);

const attributes = {
  isFrontLine: Type.Optional(Type.Boolean()),
  isOutdoor: Type.Optional(Type.Boolean()),
  isNewEmployment: Type.Optional(Type.Boolean()),
  modelWorkerLevel: Type.Optional(S.Nullable(ModelWorker)),
  hardshipLevel: Type.Optional(S.Nullable(Hardship)),
  hardshipFrom: Type.Optional(S.Nullable(S.DateStr)),
  hardshipUntil: Type.Optional(S.Nullable(S.DateStr)),
};

export const PersonSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  idMasked: Type.String(),
  bankAccountMasked: S.Nullable(
    Type.String({ description: 'The bank account number, masked (6222********1234)' }),
  ),
  jingkaMasked: S.Nullable(Type.String({ description: 'The 京卡 number, masked' })),
  birthDate: Type.String(),
  gender: Type.Union([Type.Literal('male'), Type.Literal('female')]),
  phone: S.Nullable(Type.String()),
  employerName: S.Nullable(Type.String()),
  isFrontLine: Type.Boolean(),
  isOutdoor: Type.Boolean(),
  isNewEmployment: Type.Boolean(),
  modelWorkerLevel: S.Nullable(ModelWorker),
  hardshipLevel: S.Nullable(Hardship),
  hardshipFrom: S.Nullable(Type.String()),
  hardshipUntil: S.Nullable(Type.String()),
  hardshipFileId: S.Nullable(Type.Integer()),
  orgId: S.Nullable(Type.Integer()),
  orgName: S.Nullable(Type.String()),
  joinedOn: S.Nullable(Type.String()),
  ended: Type.Optional(
    Type.Object(
      {
        on: Type.String(),
        reason: S.Nullable(EndReasonSchema),
        orgId: Type.Integer(),
        orgName: Type.String(),
      },
      { description: 'In the list of ended memberships (ended=true): the day, the reason and the union' },
    ),
  ),
});

/** A member's phone account, as the member list shows and filters it (people.vocabulary.ts ACCOUNT_STATES). */
const AccountStateSchema = (what: string) =>
  S.StrEnum(ACCOUNT_STATES, {
    description:
      `${what}: none 未开通 — no account; pending 待激活 — an account never signed in, or holding a password ` +
      'someone else set that its holder must change at the next sign-in (must change password); active 已激活 — ' +
      'signed in with a password of their own; disabled 已停用 — the account is turned off',
  });

/** A row of the member list: the member and their phone account. */
export const MemberListItemSchema = Type.Object({
  ...PersonSchema.properties,
  accountState: AccountStateSchema("The member's phone account (the worker account activation makes)"),
});

export const MembershipSchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  joinedOn: Type.String(),
  leftOn: S.Nullable(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('transferred'), Type.Literal('left')]),
  note: S.Nullable(Type.String()),
  endReason: S.Nullable(EndReasonSchema),
});

export const PersonDetailSchema = Type.Object({
  ...PersonSchema.properties,
  memberships: Type.Array(MembershipSchema),
});

export const MemberListSchema = Type.Object({
  items: Type.Array(MemberListItemSchema),
  total: Type.Integer(),
  /** A search text's matches are counted only so far past the page: `total` is then "at least" ("1,000+"). */
  totalIsLowerBound: Type.Boolean(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const MemberQuerySchema = S.Obj({
  orgId: Type.Optional(S.Id),
  q: Type.Optional(S.Str(50)),
  isFrontLine: Type.Optional(Type.Boolean()),
  isOutdoor: Type.Optional(Type.Boolean()),
  isNewEmployment: Type.Optional(Type.Boolean()),
  female: Type.Optional(Type.Boolean()),
  modelWorker: Type.Optional(Type.Boolean()),
  hardship: Type.Optional(Type.Boolean()),
  accountState: Type.Optional(AccountStateSchema('Only the members whose phone account is in this state')),
  ended: Type.Optional(
    Type.Boolean({ description: 'List the people whose membership ended (已离会) instead of the members' }),
  ),
  ...S.Page,
});

export const CreatePersonBody = S.Obj({
  name: S.Name(50),
  idNumber: IdNumberText({ minLength: 1 }),
  phone: Type.Optional(S.Nullable(S.Str(20))),
  employerName: Type.Optional(S.Nullable(S.Str(200))),
  orgId: S.Id,
  joinedOn: Type.Optional(S.DateStr),
  ...attributes,
});

export const UpdatePersonBody = S.Obj({
  name: Type.Optional(S.Name(50)),
  phone: Type.Optional(S.Nullable(S.Str(20))),
  employerName: Type.Optional(S.Nullable(S.Str(200))),
  bankAccount: Type.Optional(
    S.Nullable(S.Str(40, { description: 'The whole bank account number (12–30 digits); null removes it' })),
  ),
  jingka: Type.Optional(
    S.Nullable(S.Str(40, { description: 'The whole 京卡 number (12–30 digits); null removes it' })),
  ),
  ...attributes,
});

export const AccountNumbersSchema = Type.Object({
  bankAccount: S.Nullable(Type.String()),
  jingka: S.Nullable(Type.String()),
});

export const EndMembershipBody = S.Obj({
  reason: EndReasonSchema,
  effectiveOn: Type.Optional(S.DateStr),
  note: Type.Optional(S.Str(200)),
});

export const TransferBody = S.Obj({ toOrgId: S.Id, on: S.DateStr, note: Type.Optional(S.Str(200)) });
