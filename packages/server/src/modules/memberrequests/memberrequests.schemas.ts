import { Type } from 'typebox';
import { DateStr, EffectiveOn, Id, Name, Nullable, Obj, Page, Str, StrEnum } from '../../http/schema.ts';
import { MY_REQUESTS_CAP } from './memberrequests.repository.ts';

const Kind = StrEnum(['correction', 'transfer'] as const);
const Status = StrEnum(['pending', 'accepted', 'declined'] as const);
const Side = StrEnum(['from', 'to'] as const);

export const FileBody = Obj({
  kind: Kind,
  name: Type.Optional(Name(50)),
  phone: Type.Optional(Str(11, { pattern: '^\\d{11}$', description: 'the new mobile number' })),
  employer: Type.Optional(Str(200, { description: 'the new employer, as typed' })),
  toOrgId: Type.Optional(Id),
  note: Type.Optional(Str(500)),
});

const filters = { kind: Type.Optional(Kind), status: Type.Optional(Status) };
export const ListQuery = Obj({ ...filters, ...Page });
export const ExportQuery = Obj(filters);

export const AcceptBody = Obj({ effectiveOn: EffectiveOn, side: Type.Optional(Side) });
export const DeclineBody = Obj({
  reason: Str(500, { minLength: 1 }),
  effectiveOn: EffectiveOn,
  side: Type.Optional(Side),
});

const Fields = {
  id: Id,
  personId: Id,
  personName: Type.String(),
  kind: Kind,
  status: Status,
  fromOrgId: Id,
  fromOrgName: Type.String(),
  toOrgId: Nullable(Id),
  toOrgName: Nullable(Type.String()),
  oldName: Type.String(),
  oldPhone: Nullable(Type.String()),
  oldEmployer: Nullable(Type.String()),
  newName: Nullable(Type.String()),
  newPhone: Nullable(Type.String()),
  newEmployer: Nullable(Type.String()),
  note: Nullable(Type.String()),
  filedOn: DateStr,
  releasedOn: Nullable(DateStr),
  admittedOn: Nullable(DateStr),
  decidedOn: Nullable(DateStr),
  declinedSide: Nullable(Side),
  reason: Nullable(Type.String()),
};

export const MyRequest = Obj(Fields);
export const MyRequests = Obj({
  name: Type.String(),
  phone: Nullable(Type.String()),
  employer: Nullable(Type.String()),
  orgId: Nullable(Id),
  orgName: Nullable(Type.String()),
  items: Type.Array(MyRequest, { description: `at most the latest ${MY_REQUESTS_CAP}` }),
  total: Type.Integer({
    minimum: 0,
    description: 'how many requests there are in all; more than the items when the list was cut',
  }),
});
export const StaffRequest = Obj({
  ...Fields,
  canAct: Type.Array(Side, {
    description: 'the sides (union left, union joined) the caller may still decide for',
  }),
});
export const StaffRequestList = Obj({
  items: Type.Array(StaffRequest),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
