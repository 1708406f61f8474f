import { Type } from 'typebox';
import { DateStr, Id, Name, Nullable, Obj, Page, Str, StrEnum } from '../../http/schema.ts';
import { END_REASONS } from './people.types.ts';

/**
 * An ID number as a person types it: in groups with spaces, in full-width digits, with a lower-case x. Read as the
 * number (`normaliseIdNumber`) by every route that takes one; 18 characters once read.
 */
export const IdNumberText = (options: Record<string, unknown> = {}) =>
  Str(40, {
    description:
      'Resident ID-card number (GB 11643); spaces, full-width digits and a lower-case x are read as typed',
    ...options,
  });

const EndReasonSchema = StrEnum(END_REASONS, {
  description: 'Why a membership ended: retired 退休, left_unit 离开单位, died 去世, other 其他',
});

const ModelWorker = Type.Union([Type.Literal('national'), Type.Literal('city'), Type.Literal('district')]);
const Hardship = Type.Union([Type.Literal('relative'), Type.Literal('general'), Type.Literal('deep')]);

const attributes = {
  isFrontLine: Type.Optional(Type.Boolean()),
  isOutdoor: Type.Optional(Type.Boolean()),
  isNewEmployment: Type.Optional(Type.Boolean()),
  modelWorkerLevel: Type.Optional(Nullable(ModelWorker)),
  hardshipLevel: Type.Optional(Nullable(Hardship)),
  hardshipFrom: Type.Optional(Nullable(DateStr)),
  hardshipUntil: Type.Optional(Nullable(DateStr)),
};

export const PersonSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  idMasked: Type.String(),
  bankAccountMasked: Nullable(
    Type.String({ description: 'The bank account number, masked (6222********1234)' }),
  ),
  jingkaMasked: Nullable(Type.String({ description: 'The 京卡 number, masked' })),
  birthDate: Type.String(),
  gender: Type.Union([Type.Literal('male'), Type.Literal('female')]),
  phone: Nullable(Type.String()),
  employerName: Nullable(Type.String()),
  isFrontLine: Type.Boolean(),
  isOutdoor: Type.Boolean(),
  isNewEmployment: Type.Boolean(),
  modelWorkerLevel: Nullable(ModelWorker),
  hardshipLevel: Nullable(Hardship),
  hardshipFrom: Nullable(Type.String()),
  hardshipUntil: Nullable(Type.String()),
  hardshipFileId: Nullable(Type.Integer()),
  orgId: Nullable(Type.Integer()),
  orgName: Nullable(Type.String()),
  joinedOn: Nullable(Type.String()),
  ended: Type.Optional(
    Type.Object(
      {
        on: Type.String(),
        reason: Nullable(EndReasonSchema),
        orgId: Type.Integer(),
        orgName: Type.String(),
      },
      { description: 'In the list of ended memberships (ended=true): the day, the reason and the union' },
    ),
  ),
});

export const MembershipSchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  joinedOn: Type.String(),
  leftOn: Nullable(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('transferred'), Type.Literal('left')]),
  note: Nullable(Type.String()),
  endReason: Nullable(EndReasonSchema),
});

export const PersonDetailSchema = Type.Object({
  ...PersonSchema.properties,
  memberships: Type.Array(MembershipSchema),
});

export const MemberListSchema = Type.Object({
  items: Type.Array(PersonSchema),
  total: Type.Integer(),
  /** A search text's matches are counted only so far past the page: `total` is then "at least" ("1,000+"). */
  totalIsLowerBound: Type.Boolean(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const MemberQuerySchema = Obj({
  orgId: Type.Optional(Id),
  q: Type.Optional(Str(50)),
  isFrontLine: Type.Optional(Type.Boolean()),
  isOutdoor: Type.Optional(Type.Boolean()),
  isNewEmployment: Type.Optional(Type.Boolean()),
  female: Type.Optional(Type.Boolean()),
  modelWorker: Type.Optional(Type.Boolean()),
  hardship: Type.Optional(Type.Boolean()),
  ended: Type.Optional(
    Type.Boolean({ description: 'List the people whose membership ended (已离会) instead of the members' }),
  ),
  ...Page,
});

export const CreatePersonBody = Obj({
  name: Name(50),
  idNumber: IdNumberText({ minLength: 1 }),
  phone: Type.Optional(Nullable(Str(20))),
  employerName: Type.Optional(Nullable(Str(200))),
  orgId: Id,
  joinedOn: Type.Optional(DateStr),
  ...attributes,
});

export const UpdatePersonBody = Obj({
  name: Type.Optional(Name(50)),
  phone: Type.Optional(Nullable(Str(20))),
  employerName: Type.Optional(Nullable(Str(200))),
  bankAccount: Type.Optional(
    Nullable(Str(40, { description: 'The whole bank account number (12–30 digits); null removes it' })),
  ),
  jingka: Type.Optional(
    Nullable(Str(40, { description: 'The whole 京卡 number (12–30 digits); null removes it' })),
  ),
  ...attributes,
});

export const AccountNumbersSchema = Type.Object({
  bankAccount: Nullable(Type.String()),
  jingka: Nullable(Type.String()),
});

export const EndMembershipBody = Obj({
  reason: EndReasonSchema,
  effectiveOn: Type.Optional(DateStr),
  note: Type.Optional(Str(200)),
});

export const TransferBody = Obj({ toOrgId: Id, on: DateStr, note: Type.Optional(Str(200)) });
export const SelfPatchBody = Obj({ phone: Nullable(Str(20)) });
