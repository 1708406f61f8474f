import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { MY_REQUESTS_CAP } from './memberrequests.repository.ts';
import { REQUEST_STATUSES } from './memberrequests.vocabulary.ts';

const Kind = S.StrEnum(['correction', 'transfer'] as const);
const Status = S.StrEnum(REQUEST_STATUSES);
const Side = S.StrEnum(['from', 'to'] as const);

export const FileBody = S.Obj({
  kind: Kind,
  name: Type.Optional(S.Name(50)),
  phone: Type.Optional(S.Str(11, { pattern: '^\\d{11}$', description: 'the new mobile number' })),
  employer: Type.Optional(S.Str(200, { description: 'the new employer, as typed' })),
  toOrgId: Type.Optional(S.Id),
  note: Type.Optional(S.Str(500)),
});

const filters = { kind: Type.Optional(Kind), status: Type.Optional(Status) };
export const ListQuery = S.Obj({ ...filters, ...S.Page });
export const ExportQuery = S.Obj(filters);

export const AcceptBody = S.Obj({ effectiveOn: S.EffectiveOn, side: Type.Optional(Side) });
export const DeclineBody = S.Obj({
  reason: S.Str(500, { minLength: 1 }),
  effectiveOn: S.EffectiveOn,
  side: Type.Optional(Side),
});

const Fields = {
  id: S.Id,
  personId: S.Id,
  personName: Type.String(),
  kind: Kind,
  status: Status,
  fromOrgId: S.Id,
  fromOrgName: Type.String(),
  toOrgId: S.Nullable(S.Id),
  toOrgName: S.Nullable(Type.String()),
  oldName: Type.String(),
  oldPhone: S.Nullable(Type.String()),
  oldEmployer: S.Nullable(Type.String()),
  newName: S.Nullable(Type.String()),
  newPhone: S.Nullable(Type.String()),
  newEmployer: S.Nullable(Type.String()),
  note: S.Nullable(Type.String()),
  filedOn: S.DateStr,
  releasedOn: S.Nullable(S.DateStr),
  admittedOn: S.Nullable(S.DateStr),
  decidedOn: S.Nullable(S.DateStr),
  declinedSide: S.Nullable(Side),
  reason: S.Nullable(Type.String()),
};

export const MyRequest = S.Obj(Fields);
export const MyRequests = S.Obj({
  name: Type.String(),
  phone: S.Nullable(Type.String()),
  employer: S.Nullable(Type.String()),
  orgId: S.Nullable(S.Id),
  orgName: S.Nullable(Type.String()),
  items: Type.Array(MyRequest, { description: `at most the latest ${MY_REQUESTS_CAP}` }),
  total: Type.Integer({
    minimum: 0,
    description: 'how many requests there are in all; more than the items when the list was cut',
  }),
});
export const StaffRequest = S.Obj({
  ...Fields,
  canAct: Type.Array(Side, {
    description: 'the sides (union left, union joined) the caller may still decide for',
  }),
});
export const StaffRequestList = S.PagedList(StaffRequest);
