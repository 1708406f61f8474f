import { Type } from 'typebox';
import type { Db } from '../../../db/db.ts';
import { routeMould } from '../../../http/route-mould.ts';
import {
  CappedList,
  EffectiveOn,
  FigureNotes,
  Id,
  Nullable,
  Obj,
  Str,
  StrEnum,
} from '../../../http/schema.ts';
import type { App } from '../../../http/types.ts';
import { DecisionSchema } from '../programs.schemas.ts';
import { getMyPickup, redeemPickup } from './claims.pickup.ts';
import { MY_CLAIMS_CAP } from './claims.repository.ts';
import { CLAIM_RESULTS, type ClaimsService } from './claims.service.ts';

const tags = ['claims'];
const Text = Obj({ zh: Type.String(), en: Type.String() });
const ProgramParams = Obj({ programId: Id });

const ClaimResultSchema = Type.Object({
  result: StrEnum(CLAIM_RESULTS),
  left: Nullable(Type.Integer()),
  applicationId: Nullable(Type.Integer()),
  decision: Nullable(DecisionSchema),
  message: Text,
});

const MyClaimSchema = Type.Object({
  programId: Type.Integer(),
  name: Type.String(),
  description: Nullable(Type.String()),
  ownerOrgName: Type.String(),
  claimStartsAt: Type.String(),
  claimEndsAt: Type.String(),
  lottery: Type.Boolean(),
  stock: Nullable(Type.Integer()),
  left: Nullable(Type.Integer()),
  state: StrEnum(['upcoming', 'open', 'sold_out', 'ended', 'drawn'] as const),
  myResult: Nullable(StrEnum(['granted', 'entered_lottery', 'not_drawn'] as const)),
  applicationId: Nullable(Type.Integer()),
  toCollect: Type.Boolean(),
});

const PickupSchema = Type.Object({
  applicationId: Type.Integer(),
  programName: Type.String(),
  ownerOrgName: Type.String(),
  code: Type.String(),
  place: Nullable(Type.String()),
  time: Nullable(Type.String()),
  redeemedAt: Nullable(Type.String()),
});

const RedeemedSchema = Type.Object({
  applicationId: Type.Integer(),
  programName: Type.String(),
  personName: Type.String(),
  orgName: Type.String(),
  redeemedAt: Type.String(),
});

const DrawSchema = Type.Object({
  programId: Type.Integer(),
  seed: Type.String(),
  entries: Type.Integer(),
  winners: Type.Integer(),
  stock: Nullable(Type.Integer()),
  entriesDigest: Type.String(),
  drawnAt: Type.String(),
});

const StatsSchema = Type.Object({
  programId: Type.Integer(),
  name: Type.String(),
  lottery: Type.Boolean(),
  stock: Nullable(Type.Integer()),
  granted: Type.Integer(),
  distinctPeople: Type.Integer(),
  left: Nullable(Type.Integer()),
  entries: Type.Integer(),
  redeemed: Type.Integer(),
  claimStartsAt: Nullable(Type.String()),
  claimEndsAt: Nullable(Type.String()),
  firstGrantAt: Nullable(Type.String()),
  lastGrantAt: Nullable(Type.String()),
  soldOutAt: Nullable(Type.String()),
  sellOutMs: Nullable(Type.Integer()),
  draw: Nullable(
    Type.Object({
      seed: Type.String(),
      entries: Type.Integer(),
      winners: Type.Integer(),
      entriesDigest: Type.String(),
      drawnAt: Type.String(),
      drawnBy: Nullable(Type.String()),
    }),
  ),
  byUnion: Type.Array(
    Type.Object({
      orgId: Type.Integer(),
      name: Type.String(),
      granted: Type.Integer(),
      redeemed: Type.Integer(),
      entries: Type.Integer(),
    }),
  ),
  asOf: Type.String({ description: 'the day the figures stand on (today)' }),
  notes: FigureNotes,
});

/**
 * Flash claims: the worker's phone page claims and sees the result at once; staff draw lotteries and
 * watch the figures. One claims service (with its in-process sold-out flags) per application.
 */
export function claimsRoutes(app: App, { db, claims }: { db: Db; claims: ClaimsService }): void {
  const on = routeMould(app, tags);
  on.get('/api/me/claims', {
    config: { permission: 'self.apply' },
    summary: 'Claim programs open to me (and recent ones), with the stock left and my result',
    response: CappedList(MyClaimSchema, MY_CLAIMS_CAP),
    use: claims.listMine,
  });

  on.post('/api/claims/:programId', {
    config: { permission: 'self.apply' },
    summary: 'Claim one item of a flash-claim program (or enter its lottery); answers at once',
    params: ProgramParams,
    response: ClaimResultSchema,
    run: (actor, { params }) => claims.claim(actor, params.programId),
  });

  on.post('/api/claims/:programId/draw', {
    config: { permission: 'claims.manage' },
    summary: 'Draw the lottery once the window has closed: exactly the stock of distinct winners',
    description:
      'On effectiveOn (default today): a past day needs history.backdate and may not precede the end of the window.',
    params: ProgramParams,
    body: Obj({ seed: Type.Optional(Nullable(Str(200))), effectiveOn: EffectiveOn }),
    // The body is optional: no body means a random seed.
    dated: true,
    response: DrawSchema,
    run: (actor, { params, body }) => claims.draw(actor, params.programId, body),
  });

  on.get('/api/me/claims/pickup/:applicationId', {
    config: { permission: 'self.apply', errors: [404] },
    summary: 'The pickup code (digits, shown as a QR) of my granted in-kind claim, with place and time',
    params: Obj({ applicationId: Id }),
    response: PickupSchema,
    run: (actor, { params }) => getMyPickup(db, actor, params.applicationId),
  });

  on.post('/api/claims/pickup/redeem', {
    config: { permission: 'claims.manage', errors: [404, 409, 429] },
    summary: 'Redeem a pickup code at the pickup point, once; a second attempt says when and by whom',
    body: Obj({ code: Type.String({ pattern: '^[0-9]{8}$' }) }),
    response: RedeemedSchema,
    run: (actor, { body }) => redeemPickup(db, actor, body.code),
  });

  on.get('/api/claims/:programId/stats', {
    config: { permission: 'reports.read' },
    summary: 'Figures of a claim program: granted, left, entries, sell-out time, draw, by union',
    params: ProgramParams,
    response: StatsSchema,
    run: (actor, { params }) => claims.stats(actor, params.programId),
  });
}
