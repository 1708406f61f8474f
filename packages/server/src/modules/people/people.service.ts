import { type Actor, canAccess, requireAccess, requirePermission } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { AppError, invalid, notFound, notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope } from '../org/index.ts';
import type { IdProtector } from './id-protector.ts';
import { ID_PROBLEM_TEXT, maskIdNumber, parseIdNumber } from './idcard.ts';
import {
  ACCOUNT_KINDS,
  type AccountKind,
  accountInvalid,
  parseAccountNumber,
  protectAccount,
} from './people.accounts.ts';
import { checkRejoin, type EndMembershipInput, endMembership } from './people.end.ts';
import { findEndedMembersPage } from './people.ended.repository.ts';
import { type MemberQuery, memberFilter } from './people.filter.ts';
import { hardshipFromFile } from './people.hardship.ts';
import { findMembersPage } from './people.list.repository.ts';
import {
  findAccountCiphers,
  findIdCipher,
  findLastMembership,
  findPersonById,
  findPersonDetailById,
  findPersonIdByHash,
  insertFirstMembership,
  insertPerson,
  listMemberships,
  moveMembership,
  setAccountNumber,
  updatePersonRow,
  updatePhone,
} from './people.repository.ts';
import { type PersonAttributes, type PersonRow, PHONE_RE } from './people.types.ts';

const PERSON = { zh: '人员', en: 'Person' };
const ORG = { zh: '工会', en: 'Union' };
const HARDSHIP_KEYS = ['hardshipLevel', 'hardshipFrom', 'hardshipUntil'] as const;

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
function readAccounts(patch: PersonPatch): Partial<Record<AccountKind, string | null>> {
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

function checkHardship(p: Partial<PersonAttributes>) {
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

function assertPersonInScope<T extends PersonRow>(actor: Actor, id: number, person: T | undefined): T {
  if (!person) throw notFound(PERSON, { id });
  const reachable =
    canAccess(actor, 'people.read', { orgPath: person.orgPath }) ||
    canAccess(actor, 'self.read', { personId: id });
  if (!reachable) throw notYours();
  return person;
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

export function createPeopleService(db: Db, ids: IdProtector, clock: Clock) {
  return {
    async listMembers(actor: Actor, q: MemberQuery) {
      // a worker has no union to list: the role lacks the permission (403), nothing is hidden from them
      requirePermission(actor, 'people.read');
      if (actor.scopePath === null) throw notYours();
      if (q.orgId) requirePermission(actor, 'org.read');
      const pageSize = q.pageSize ?? 20;
      const offset = ((q.page ?? 1) - 1) * pageSize;
      if (q.ended) {
        const ended = await findEndedMembersPage(
          db,
          { orgId: q.orgId ?? null, actorPath: actor.scopePath },
          pageSize,
          offset,
        );
        if (q.orgId) {
          if (ended.orgPath === null) throw notFound(ORG, { id: q.orgId });
          requireAccess(actor, 'org.read', { orgPath: ended.orgPath });
        }
        return {
          items: ended.items,
          total: ended.total,
          totalIsLowerBound: false,
          page: q.page ?? 1,
          pageSize,
        };
      }
      const filter = memberFilter(ids, q, todayInChina(clock()));
      const { orgPath, items, total, totalIsLowerBound } = await findMembersPage(
        db,
        { orgId: q.orgId ?? null, actorPath: actor.scopePath },
        filter,
        pageSize,
        offset,
      );
      if (q.orgId) {
        if (orgPath === null) throw notFound(ORG, { id: q.orgId });
        requireAccess(actor, 'org.read', { orgPath });
      }
      return { items, total, totalIsLowerBound, page: q.page ?? 1, pageSize };
    },

    /** A member with their history; one whose membership ended is reached through the union of their last. */
    async getPerson(actor: Actor, id: number) {
      const found = await findPersonDetailById(db, id);
      if (!found) throw notFound(PERSON, { id });
      const { lastOrgPath, ...detail } = found;
      assertPersonInScope(actor, id, { ...detail, orgPath: detail.orgPath ?? lastOrgPath });
      return detail;
    },

    /** Ends a member's membership (retired, left the unit, died, other) on the day it happened; audited. */
    async endMembership(actor: Actor, personId: number, input: EndMembershipInput) {
      return db.tx(async (sql) => {
        const person = await findPersonById(sql, personId);
        if (!person) throw notFound(PERSON, { id: personId });
        // one whose membership already ended is reached through the union of their last, and told so
        const orgPath = person.orgPath ?? (await findLastMembership(sql, personId))?.orgPath;
        if (!orgPath) throw notYours();
        requireAccess(actor, 'people.write', { orgPath });
        await endMembership(sql, actor, person, input, clock());
        const after = (await findPersonById(sql, personId)) as PersonRow;
        return { ...after, memberships: await listMemberships(sql, personId) };
      });
    },

    /** The full ID number, for roles allowed to see it; every such read is audited. */
    async revealIdNumber(actor: Actor, id: number): Promise<string> {
      if (actor.personId !== id) requirePermission(actor, 'people.reveal_id');
      return db.tx(async (sql) => {
        const person = await getPersonInScope(sql, actor, id);
        const cipher = await findIdCipher(sql, id);
        await recordAudit(sql, actor, {
          action: 'person.id_number.read',
          entity: 'person',
          entityId: id,
          orgId: person.orgId,
        });
        return ids.decrypt(cipher);
      });
    },

    /** The whole bank account and 京卡 numbers, for roles allowed to see ID numbers; every such read is audited. */
    async revealAccounts(
      actor: Actor,
      id: number,
    ): Promise<{ bankAccount: string | null; jingka: string | null }> {
      requirePermission(actor, 'people.reveal_id');
      return db.tx(async (sql) => {
        const person = await getPersonInScope(sql, actor, id);
        const ciphers = await findAccountCiphers(sql, id);
        await recordAudit(sql, actor, {
          action: 'person.accounts.read',
          entity: 'person',
          entityId: id,
          orgId: person.orgId,
        });
        return {
          bankAccount: ciphers.bankAccount && ids.decrypt(ciphers.bankAccount),
          jingka: ciphers.jingka && ids.decrypt(ciphers.jingka),
        };
      });
    },

    async createPerson(actor: Actor, input: PersonInput): Promise<PersonRow> {
      const today = todayInChina(clock());
      const parsed = parseIdNumber(input.idNumber, today);
      if (!parsed.ok)
        throw invalid('ID_NUMBER_INVALID', ID_PROBLEM_TEXT[parsed.problem], { field: 'idNumber' });
      checkPhone(input.phone);
      checkHardship(input);
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
        const hash = ids.hash(parsed.value.number);
        const existing = await findPersonIdByHash(sql, ids.lookups(parsed.value.number));
        if (existing) {
          const person = await findPersonById(sql, existing);
          const last = person?.orgId === null ? await findLastMembership(sql, existing) : undefined;
          if (last && canAccess(actor, 'people.write', { orgPath: last.orgPath })) {
            // a member of my subtree whose membership ended joins again: a new membership, the history kept
            const joinedOn = input.joinedOn ?? today;
            await checkRejoin(sql, existing, joinedOn);
            await insertFirstMembership(sql, existing, org.id, joinedOn);
            const rejoined = (await findPersonById(sql, existing)) as PersonRow;
            await recordAudit(sql, actor, {
              action: 'person.rejoin',
              entity: 'person',
              entityId: existing,
              orgId: org.id,
              after: { orgId: org.id, joinedOn },
            });
            return rejoined;
          }
          const visible = person && canAccess(actor, 'people.read', { orgPath: person.orgPath });
          throw new AppError(
            'conflict',
            'PERSON_EXISTS',
            {
              zh: visible
                ? `此身份证号的人员已存在（${person.name}，${person.orgName}）`
                : '此身份证号的人员已在平台登记，请办理会员关系转接',
              en: 'A person with this ID number is already registered',
            },
            visible ? { personId: existing } : undefined,
          );
        }
        const id = await insertPerson(sql, {
          name: input.name,
          idHash: hash,
          idCipher: ids.encrypt(parsed.value.number),
          idMasked: maskIdNumber(parsed.value.number),
          birthDate: parsed.value.birthDate,
          gender: parsed.value.gender,
          phone: input.phone ?? null,
          employerName: input.employerName ?? null,
          isFrontLine: input.isFrontLine ?? false,
          isOutdoor: input.isOutdoor ?? false,
          isNewEmployment: input.isNewEmployment ?? false,
          modelWorkerLevel: input.modelWorkerLevel ?? null,
          hardshipLevel: input.hardshipLevel ?? null,
          hardshipFrom: input.hardshipFrom ?? null,
          hardshipUntil: input.hardshipUntil ?? null,
          homeOrgId: org.id,
        });
        await insertFirstMembership(sql, id, org.id, input.joinedOn ?? today);
        const created = (await findPersonById(sql, id)) as PersonRow;
        await recordAudit(sql, actor, {
          action: 'person.create',
          entity: 'person',
          entityId: id,
          orgId: org.id,
          after: created,
        });
        return created;
      });
    },

    async updatePerson(
      actor: Actor,
      id: number,
      { bankAccount, jingka, ...patch }: PersonPatch,
    ): Promise<PersonRow> {
      checkPhone(patch.phone);
      const accounts = readAccounts({ bankAccount, jingka });
      return db.tx(async (sql) => {
        const before = await getPersonInScope(sql, actor, id);
        if (
          before.hardshipFileId !== null &&
          HARDSHIP_KEYS.some((k) => k in patch && patch[k] !== before[k])
        ) {
          throw hardshipFromFile(before.hardshipFileId);
        }
        const next = { ...before, ...patch };
        checkHardship(next);
        await updatePersonRow(sql, id, next);
        for (const [kind, number] of Object.entries(accounts) as [AccountKind, string | null][]) {
          await setAccountNumber(sql, id, kind, number === null ? null : protectAccount(ids, number));
        }
        const after = (await findPersonById(sql, id)) as PersonRow;
        await recordAudit(sql, actor, {
          action: 'person.update',
          entity: 'person',
          entityId: id,
          orgId: after.orgId,
          before,
          after,
        });
        return after;
      });
    },

    /** Transfers the active membership to another union in the actor's subtree; history is kept. */
    async transferMember(actor: Actor, personId: number, toOrgId: number, on: string, note?: string) {
      return db.tx(async (sql) => {
        const person = await getPersonInScope(sql, actor, personId);
        const to = await getOrgInScope(sql, actor, toOrgId);
        if (to.status !== 'active') {
          throw invalid('ORG_CLOSED', { zh: `${to.name}已撤销`, en: `${to.name} is closed` });
        }
        if (person.orgId === to.id) {
          throw invalid('ALREADY_MEMBER', { zh: `已是${to.name}会员`, en: `Already a member of ${to.name}` });
        }
        if (person.joinedOn && on < person.joinedOn) {
          throw invalid(
            'TRANSFER_DATE_INVALID',
            {
              zh: '转接日期早于入会日期',
              en: 'The transfer date is before the join date',
            },
            { field: 'on' },
          );
        }
        await moveMembership(sql, personId, to.id, on, note ?? null);
        await recordAudit(sql, actor, {
          action: 'person.transfer',
          entity: 'person',
          entityId: personId,
          orgId: to.id,
          before: { orgId: person.orgId },
          after: { orgId: to.id, on },
        });
        const after = (await findPersonById(sql, personId)) as PersonRow;
        return { ...after, memberships: await listMemberships(sql, personId) };
      });
    },

    async getSelf(actor: Actor) {
      if (!actor.personId) throw notYours();
      const person = (await findPersonById(db, actor.personId)) as PersonRow;
      return { ...person, memberships: await listMemberships(db, actor.personId) };
    },

    /** A worker may change their own phone number; everything else is kept by their union. */
    async updateSelf(actor: Actor, patch: { phone: string | null }) {
      if (!actor.personId) throw notYours();
      checkPhone(patch.phone);
      const personId = actor.personId;
      await db.tx(async (sql) => {
        const before = await findPersonById(sql, personId);
        await updatePhone(sql, personId, patch.phone);
        await recordAudit(sql, actor, {
          action: 'person.update_self',
          entity: 'person',
          entityId: personId,
          orgId: before?.orgId,
          before: { phone: before?.phone },
          after: patch,
        });
      });
      return this.getSelf(actor);
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
