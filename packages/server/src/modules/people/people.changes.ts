import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { AppError, invalid, notFound, notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { followMemberPhones } from '../auth/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { type IdProtector, storedIdNumber } from './id-protector.ts';
import { ID_PROBLEM_TEXT, parseIdNumber } from './idcard.ts';
import { type AccountKind, protectAccount } from './people.accounts.ts';
import { checkRejoin, type EndMembershipInput, endMembership } from './people.end.ts';
import { hardshipFromFile } from './people.hardship.ts';
import {
  checkHardship,
  checkPhone,
  getPersonInScope,
  HARDSHIP_KEYS,
  PERSON,
  type PersonInput,
  type PersonPatch,
  readAccounts,
} from './people.members.ts';
import {
  findLastMembership,
  findPersonById,
  findPersonIdByHash,
  insertFirstMembership,
  insertPerson,
  listMemberships,
  moveMembership,
  setAccountNumber,
  updatePersonRow,
} from './people.repository.ts';
import type { PersonRow } from './people.types.ts';

/** Adding and correcting a person, transferring a membership and ending it, each on its day. */
export function createMemberChanges(db: Db, ids: IdProtector, clock: Clock) {
  return {
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
    async createPerson(actor: Actor, input: PersonInput): Promise<PersonRow> {
      const today = todayInChina(clock());
      const parsed = parseIdNumber(input.idNumber, today);
      if (!parsed.ok)
        throw invalid('ID_NUMBER_INVALID', ID_PROBLEM_TEXT[parsed.problem], { field: 'idNumber' });
      checkPhone(input.phone);
      checkHardship(input);
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
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
          ...storedIdNumber(ids, parsed.value),
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
        await followMemberPhones(sql, [{ personId: id, from: before.phone, to: next.phone }]);
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
  };
}
