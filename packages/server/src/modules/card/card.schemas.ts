import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { PICKUPS_CAP } from '../programs/index.ts';

export const CardSchema = S.Obj({
  name: Type.String(),
  unionName: Type.String(),
  memberNo: Type.String(),
  joinedOn: S.DateStr,
  hasPhoto: Type.Boolean(),
  token: Type.String(),
  expiresAt: Type.String(),
  refreshSeconds: Type.Integer(),
});
export const PublicKeySchema = S.Obj({
  kty: Type.String(),
  crv: Type.String(),
  x: Type.String(),
  y: Type.String(),
});
export const PickupsSchema = S.Obj({
  pickups: Type.Array(
    S.Obj({
      applicationId: Type.Integer(),
      programName: Type.String(),
      ownerOrgName: Type.String(),
      code: Type.String(),
      redeemedAt: S.Nullable(Type.String()),
    }),
    { description: `at most the latest ${PICKUPS_CAP}` },
  ),
  pickupsTotal: Type.Integer({
    minimum: 0,
    description: 'how many pickups there are in all; more than listed when the list was cut',
  }),
});
export const TokenBody = S.Obj({ token: S.Str(2000, { minLength: 1 }) });
export const CheckSchema = S.Obj({
  valid: Type.Boolean(),
  problem: Type.Optional(S.StrEnum(['malformed', 'signature', 'expired', 'membership_ended'] as const)),
  name: S.Nullable(Type.String()),
  unionName: S.Nullable(Type.String()),
  memberNo: S.Nullable(Type.String()),
  inScope: Type.Optional(Type.Boolean()),
  hasPhoto: Type.Optional(Type.Boolean()),
  printed: Type.Optional(Type.Boolean()),
});
export const PhotoForm = S.Obj({ file: Type.String({ format: 'binary' }) });
