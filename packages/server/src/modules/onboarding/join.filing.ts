import { type Db, isUniqueViolation } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { typedName } from '../../shared/text.ts';
import { recordAudit } from '../audit/index.ts';
import type { Sender } from '../outbox/index.ts';
import {
  checkPhone,
  findPersonById,
  findPersonIdByHash,
  type IdProtector,
  maskIdNumber,
} from '../people/index.ts';
import { parseIdOrThrow } from './activation.service.ts';
import { findJoinableUnionName, insertJoinRequest } from './join.repository.ts';
import { onboardingErrors } from './onboarding.errors.ts';
import { claimRequest } from './onboarding.throttle.ts';

/** Join requests one address may send an hour. */
export const JOINS_PER_ADDRESS = 20;

export interface JoinRequestInput {
  orgId: number;
  name: string;
  idNumber: string;
  phone: string;
  employer?: string;
  note?: string;
}

/** A public request to join a grassroots union; the phone is told it arrived. */
export async function createJoinRequest(
  db: Db,
  ids: IdProtector,
  sender: Sender,
  clock: Clock,
  input: JoinRequestInput,
  ip: string,
) {
  const number = parseIdOrThrow(input.idNumber, todayInChina(clock()));
  checkPhone(input.phone);
  // as a clerk would register it: no space a phone keyboard put after the surname (`孙 丽娜` is 孙丽娜)
  const name = typedName(input.name);
  await claimRequest(db, ids.hash(`join-ip:${ip}`), JOINS_PER_ADDRESS, clock());
  const idHash = ids.hash(number);
  try {
    return await db.tx(async (sql) => {
      const orgName = await findJoinableUnionName(sql, input.orgId);
      if (orgName === undefined) throw onboardingErrors.unionNotFound();
      const personId = await findPersonIdByHash(sql, ids.lookups(number));
      if (personId !== undefined && (await findPersonById(sql, personId))?.orgId) {
        throw onboardingErrors.alreadyMember();
      }
      const id = await insertJoinRequest(sql, {
        orgId: input.orgId,
        name,
        idHash,
        idCipher: ids.encrypt(number),
        idMasked: maskIdNumber(number),
        phone: input.phone,
        employer: input.employer?.trim() || null,
        note: input.note?.trim() || null,
        at: clock(),
      });
      await recordAudit(sql, null, {
        action: 'join_request.create',
        entity: 'join_request',
        entityId: id,
        orgId: input.orgId,
      });
      await sender.send(
        {
          channel: 'sms',
          to: input.phone,
          purpose: 'join_received',
          text: `已收到您的入会申请（${orgName}），审核结果将以短信通知您。`,
        },
        sql,
      );
      return { id, status: 'pending' as const, orgName };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw onboardingErrors.requestPending();
    throw e;
  }
}
