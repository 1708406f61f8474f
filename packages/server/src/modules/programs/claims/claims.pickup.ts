import { randomInt } from 'node:crypto';
import { type Actor, offeredCondition } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { AppError, notFound, notYours } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import {
  countRecentFailures,
  findCodeInScope,
  findGrantedInKindOf,
  findOwnGrantedClaim,
  findPickupCode,
  insertPickupCode,
  PICKUPS_CAP,
  recordFailure,
  redeemCode,
} from './claims.pickup.repository.ts';

/** Unknown codes one staff account may type within FAILURE_WINDOW_SECONDS before it must wait. */
export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_SECONDS = 10 * 60;

export interface MyPickup {
  applicationId: number;
  programName: string;
  ownerOrgName: string;
  code: string;
  place: string | null;
  time: string | null;
  redeemedAt: string | null;
}

export interface Redeemed {
  applicationId: number;
  programName: string;
  personName: string;
  orgName: string;
  redeemedAt: string;
}

const CLAIM = { zh: '领取记录', en: 'Claim' };
const newCode = () => String(randomInt(0, 100_000_000)).padStart(8, '0');

/**
 * The pickup code of the worker's own granted in-kind claim, created the first time it is shown (8 random
 * digits, unique across the platform: a clash draws again). Money claims have nothing to collect.
 */
export async function getMyPickup(db: Db, actor: Actor, applicationId: number): Promise<MyPickup> {
  if (actor.personId === null) throw notFound(CLAIM);
  const claim = await findOwnGrantedClaim(db, applicationId, actor.personId);
  if (!claim || claim.amountFen > 0) throw notFound(CLAIM);
  let saved = await findPickupCode(db, applicationId);
  for (let i = 0; !saved && i < 5; i++) {
    await insertPickupCode(db, claim, newCode());
    saved = await findPickupCode(db, applicationId);
  }
  if (!saved) throw new Error(`no free pickup code for application ${applicationId}`);
  return {
    applicationId,
    programName: claim.programName,
    ownerOrgName: claim.ownerOrgName,
    code: saved.code,
    place: claim.pickupPlace,
    time: claim.pickupTime,
    redeemedAt: saved.redeemedAt ? new Date(saved.redeemedAt).toISOString() : null,
  };
}

/**
 * The pickups waiting for a member who shows their member card at the desk (the card names the person): their
 * granted in-kind claims of programs the staff's union may see, each with its pickup code (made now if the member
 * never opened it), which the desk then redeems like a typed code. The latest 50, and how many there are.
 */
export async function pickupsOfPerson(db: Db, actor: Actor, personId: number, cap = PICKUPS_CAP) {
  if (actor.scopePath === null) throw notYours();
  const scope = (params: unknown[]) => offeredCondition(actor, 'oo.path', params);
  const out: {
    applicationId: number;
    programName: string;
    ownerOrgName: string;
    code: string;
    redeemedAt: string | null;
  }[] = [];
  const { items: claims, total } = await findGrantedInKindOf(db, personId, scope, cap);
  for (const claim of claims) {
    let saved = await findPickupCode(db, claim.applicationId);
    for (let i = 0; !saved && i < 5; i++) {
      await insertPickupCode(db, claim, newCode());
      saved = await findPickupCode(db, claim.applicationId);
    }
    if (!saved) continue;
    out.push({
      applicationId: claim.applicationId,
      programName: claim.programName,
      ownerOrgName: claim.ownerOrgName,
      code: saved.code,
      redeemedAt: saved.redeemedAt ? new Date(saved.redeemedAt).toISOString() : null,
    });
  }
  return { items: out, total };
}

const CHINA = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'short',
  timeStyle: 'short',
});

/**
 * Staff at the pickup point redeem a code, once. Codes of programs the staff's union may not see are
 * answered as unknown; unknown codes count against the account (MAX_FAILURES per window), so digits cannot
 * be guessed. A second attempt is refused, saying when and by whom the code was redeemed.
 */
export async function redeemPickup(db: Db, actor: Actor, code: string): Promise<Redeemed> {
  if (actor.scopePath === null) throw notYours();
  const failures = await countRecentFailures(db, actor.userId, FAILURE_WINDOW_SECONDS);
  if (failures >= MAX_FAILURES) {
    throw new AppError(
      'throttled',
      'PICKUP_THROTTLED',
      {
        zh: '核销码输错次数过多，请10分钟后再试',
        en: 'Too many unknown pickup codes; try again in 10 minutes',
      },
      { retryAfterSeconds: FAILURE_WINDOW_SECONDS },
    );
  }
  const scope = (params: unknown[]) => offeredCondition(actor, 'oo.path', params);
  const done = await db.tx(async (sql) => {
    const row = await redeemCode(sql, code, { userId: actor.userId || null, name: actor.displayName }, scope);
    if (row) {
      await recordAudit(sql, actor, {
        action: 'claim.pickup',
        entity: 'application',
        entityId: row.applicationId,
        orgId: row.ownerOrgId,
        after: { redeemedAt: row.redeemedAt },
      });
    }
    return row;
  });
  if (done) {
    return {
      applicationId: done.applicationId,
      programName: done.programName,
      personName: done.personName,
      orgName: done.orgName,
      redeemedAt: new Date(done.redeemedAt).toISOString(),
    };
  }
  const existing = await findCodeInScope(db, code, scope);
  if (existing?.redeemedAt) {
    const at = new Date(existing.redeemedAt);
    const by = existing.redeemedByName ?? '—';
    throw new AppError(
      'conflict',
      'PICKUP_ALREADY_REDEEMED',
      {
        zh: `该领取码已于 ${CHINA.format(at)} 由 ${by} 核销，不能重复领取`,
        en: `This code was already redeemed on ${CHINA.format(at)} (China time) by ${by}; it cannot be used again`,
      },
      { redeemedAt: at.toISOString(), redeemedBy: by },
    );
  }
  await recordFailure(db, actor.userId);
  throw new AppError('not_found', 'PICKUP_CODE_UNKNOWN', {
    zh: '核销码不存在或不属于本工会可见的项目',
    en: 'Unknown pickup code, or its program is not one your union sees',
  });
}
