import { Type } from 'typebox';
import { DateStr, Nullable, Obj, Str, StrEnum } from '../../http/schema.ts';
import { PICKUPS_CAP } from '../programs/index.ts';

export const CardSchema = Obj({
  name: Type.String(),
  unionName: Type.String(),
  memberNo: Type.String(),
  joinedOn: DateStr,
  hasPhoto: Type.Boolean(),
  token: Type.String(),
  expiresAt: Type.String(),
  refreshSeconds: Type.Integer(),
});
export const PublicKeySchema = Obj({
  kty: Type.String(),
  crv: Type.String(),
  x: Type.String(),
  y: Type.String(),
});
export const PickupsSchema = Obj({
  pickups: Type.Array(
    Obj({
      applicationId: Type.Integer(),
      programName: Type.String(),
      ownerOrgName: Type.String(),
      code: Type.String(),
      redeemedAt: Nullable(Type.String()),
    }),
    { description: `at most the latest ${PICKUPS_CAP}` },
  ),
  pickupsTotal: Type.Integer({
    minimum: 0,
    description: 'how many pickups there are in all; more than listed when the list was cut',
  }),
});
export const TokenBody = Obj({ token: Str(2000, { minLength: 1 }) });
export const CheckSchema = Obj({
  valid: Type.Boolean(),
  problem: Type.Optional(StrEnum(['malformed', 'signature', 'expired', 'membership_ended'] as const)),
  name: Nullable(Type.String()),
  unionName: Nullable(Type.String()),
  memberNo: Nullable(Type.String()),
  inScope: Type.Optional(Type.Boolean()),
  hasPhoto: Type.Optional(Type.Boolean()),
  printed: Type.Optional(Type.Boolean()),
});
export const PhotoForm = Obj({ file: Type.String({ format: 'binary' }) });
