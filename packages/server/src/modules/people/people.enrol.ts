import type { Sql } from '../../db/db.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { followMemberPhones } from '../auth/index.ts';
import { type IdProtector, storedIdNumber } from './id-protector.ts';
import { ID_PROBLEM_TEXT, parseIdNumber } from './idcard.ts';
import { checkRejoin } from './people.end.ts';
import {
  fillMissingContact,
  findPersonById,
  findPersonIdByHash,
  insertFirstMembership,
  insertPerson,
} from './people.repository.ts';

export interface EnrolInput {
  name: string;
  idNumber: string;
  phone: string | null;
  employerName: string | null;
  orgId: number;
  /** The join date; today when left out. */
  joinedOn?: string;
}

/**
 * Makes someone a member of a union inside the caller's transaction (the caller has checked access and
 * writes the audit row): reuses the person with this ID number, or creates them, and opens their active
 * membership. Refused when the person already holds an active membership.
 */
export async function enrolMember(
  sql: Sql,
  ids: IdProtector,
  input: EnrolInput,
  /** The day of the enrolment: an ID number's birth day may not be after it. */
  today: string,
): Promise<{ personId: number; created: boolean }> {
  const parsed = parseIdNumber(input.idNumber, today);
  if (!parsed.ok) throw invalid('ID_NUMBER_INVALID', ID_PROBLEM_TEXT[parsed.problem], { field: 'idNumber' });
  let personId = await findPersonIdByHash(sql, ids.lookups(parsed.value.number));
  const created = personId === undefined;
  if (personId !== undefined) {
    const existing = await findPersonById(sql, personId);
    if (existing?.orgId) {
      throw new AppError('conflict', 'ALREADY_MEMBER', {
        zh: '此人已是工会会员',
        en: 'This person is already a union member',
      });
    }
    await checkRejoin(sql, personId, input.joinedOn ?? today);
    const filled = await fillMissingContact(sql, personId, input.phone, input.employerName);
    if (filled !== null) await followMemberPhones(sql, [{ personId, from: null, to: filled }]);
  } else {
    personId = await insertPerson(sql, {
      name: input.name,
      ...storedIdNumber(ids, parsed.value),
      phone: input.phone,
      employerName: input.employerName,
      isFrontLine: false,
      isOutdoor: false,
      isNewEmployment: false,
      modelWorkerLevel: null,
      hardshipLevel: null,
      hardshipFrom: null,
      hardshipUntil: null,
      homeOrgId: input.orgId,
    });
  }
  await insertFirstMembership(sql, personId, input.orgId, input.joinedOn ?? today);
  return { personId, created };
}
