import { type Actor, canAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { invalid, notFound, notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { followMemberPhones } from '../auth/index.ts';
import { ACCOUNT_KINDS, type AccountKind, accountInvalid, parseAccountNumber } from './people.accounts.ts';
import {
  findPersonById,
  findPersonDetailById,
  moveMembership,
  updatePersonRow,
  updatePhone,
} from './people.repository.ts';
import { type PersonAttributes, type PersonRow, PHONE_RE } from './people.types.ts';

export const PERSON = { zh: '人员', en: 'Person' };

export const ORG = { zh: '工会', en: 'Union' };

export const HARDSHIP_KEYS = ['hardshipLevel', 'hardshipFrom', 'hardshipUntil'] as const;

export interface PersonInput extends Partial<PersonAttributes> {
  name: string;
  idNumber: string;
  phone?: string | null;
  employerName?: string | null;
  orgId: number;
  joinedOn?: string;
}

export type PersonPatch = Partial<PersonAttributes> & {
  name?: string;
  phone?: string | null;
  employerName?: string | null;
  /** The whole bank account or 京卡 number as typed; null removes it; absent leaves it. */
  bankAccount?: string | null;
  jingka?: string | null;
};

/** The account numbers of a patch, read: a number, null to remove, or absent. */
export function readAccounts(patch: PersonPatch): Partial<Record<AccountKind, string | null>> {
  const out: Partial<Record<AccountKind, string | null>> = {};
  for (const kind of ACCOUNT_KINDS) {
    const raw = patch[kind];
    if (raw === undefined) continue;
    if (raw === null || !raw.trim()) {
      out[kind] = null;
      continue;
    }
    const number = parseAccountNumber(raw);
    if (!number) throw invalid('ACCOUNT_NUMBER_INVALID', accountInvalid(kind, raw), { field: kind });
    out[kind] = number;
  }
  return out;
}

export function checkPhone(phone: string | null | undefined) {
  if (phone && !PHONE_RE.test(phone)) {
    throw invalid(
      'PHONE_INVALID',
      {
        zh: `手机号 ${phone} 格式错误，应为11位`,
        en: `Phone number ${phone} is malformed; 11 digits expected`,
      },
      { field: 'phone' },
    );
  }
}

export function checkHardship(p: Partial<PersonAttributes>) {
  if (p.hardshipFrom && p.hardshipUntil && p.hardshipUntil < p.hardshipFrom) {
    throw invalid(
      'HARDSHIP_DATES_INVALID',
      { zh: '困难职工认定的结束日期早于开始日期', en: 'Hardship status ends before it starts' },
      { field: 'hardshipUntil' },
    );
  }
}

/** The person, if their active membership lies in the actor's subtree (or it is the worker themself). */
export async function getPersonInScope(sql: Sql, actor: Actor, id: number): Promise<PersonRow> {
  return assertPersonInScope(actor, id, await findPersonById(sql, id));
}

export function assertPersonInScope<T extends PersonRow>(actor: Actor, id: number, person: T | undefined): T {
  if (!person) throw notFound(PERSON, { id });
  const reachable =
    canAccess(actor, 'people.read', { orgPath: person.orgPath }) ||
    canAccess(actor, 'self.read', { personId: id });
  if (!reachable) throw notYours();
  return person;
}

/**
 * The member with their history, reached as their page reaches them: by their union, or, once their membership
 * ended, by the union of their last (`reachPath`); 404 outside the actor's reach.
 */
export async function getMemberInScope(sql: Sql, actor: Actor, id: number) {
  const found = await findPersonDetailById(sql, id);
  if (!found) throw notFound(PERSON, { id });
  const { lastOrgPath, ...detail } = found;
  const reachPath = detail.orgPath ?? lastOrgPath;
  assertPersonInScope(actor, id, { ...detail, orgPath: reachPath });
  return { detail, reachPath };
}

/**
 * A change of a member's name, phone or employer that their union decided on their own request (会员自助申请),
 * in the caller's transaction; audited from → to as the member edit is. The caller checked the actor's reach.
 */
export async function correctPerson(
  sql: Sql,
  actor: Actor,
  personId: number,
  fields: { name?: string; phone?: string | null; employerName?: string | null },
): Promise<PersonRow> {
  checkPhone(fields.phone);
  const before = await findPersonById(sql, personId);
  if (!before) throw notFound(PERSON, { id: personId });
  await updatePersonRow(sql, personId, { ...before, ...fields });
  await followMemberPhones(sql, [{ personId, from: before.phone, to: fields.phone ?? before.phone }]);
  const after = (await findPersonById(sql, personId)) as PersonRow;
  await recordAudit(sql, actor, {
    action: 'person.update',
    entity: 'person',
    entityId: personId,
    orgId: after.orgId,
    before,
    after,
  });
  return after;
}

/**
 * The worker's own new phone number, in the caller's transaction, once the caller has seen the worker prove it (a code
 * sent to it); the worker's account follows (ADR 147). Audited as the worker's own change.
 */
export async function changeOwnPhone(sql: Sql, actor: Actor, phone: string): Promise<void> {
  if (!actor.personId) throw notYours();
  checkPhone(phone);
  const personId = actor.personId;
  const before = await findPersonById(sql, personId);
  if (!before) throw notFound(PERSON, { id: personId });
  await updatePhone(sql, personId, phone);
  await followMemberPhones(sql, [{ personId, from: before.phone, to: phone }]);
  await recordAudit(sql, actor, {
    action: 'person.update_self',
    entity: 'person',
    entityId: personId,
    orgId: before.orgId,
    before: { phone: before.phone },
    after: { phone },
  });
}

/**
 * Moves a member's active membership to another union on a day, in the caller's transaction (a transfer both
 * unions agreed to, across districts too): the old membership ends as transferred, history is kept and the
 * per-union counts follow, as when staff move a member. The caller checked both unions.
 */
export async function moveMember(
  sql: Sql,
  actor: Actor,
  personId: number,
  toOrgId: number,
  on: string,
  note: string | null,
): Promise<void> {
  const person = await findPersonById(sql, personId);
  if (!person) throw notFound(PERSON, { id: personId });
  if (person.orgId === toOrgId) {
    throw invalid('ALREADY_MEMBER', { zh: '已是该工会会员', en: 'Already a member of this union' });
  }
  if (person.joinedOn && on < person.joinedOn) {
    throw invalid(
      'TRANSFER_DATE_INVALID',
      { zh: '转接日期早于入会日期', en: 'The transfer date is before the join date' },
      { field: 'effectiveOn' },
    );
  }
  await moveMembership(sql, personId, toOrgId, on, note);
  await recordAudit(sql, actor, {
    action: 'person.transfer',
    entity: 'person',
    entityId: personId,
    orgId: toOrgId,
    before: { orgId: person.orgId },
    after: { orgId: toOrgId, on },
  });
}
