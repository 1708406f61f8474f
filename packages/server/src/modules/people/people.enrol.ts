import type { Sql } from '../../db/db.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import type { IdProtector } from './id-protector.ts';
import { ID_PROBLEM_TEXT, maskIdNumber, parseIdNumber } from './idcard.ts';
import { findPersonById, findPersonIdByHash } from './people.repository.ts';

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
): Promise<{ personId: number; created: boolean }> {
  const parsed = parseIdNumber(input.idNumber);
  if (!parsed.ok) throw invalid('ID_NUMBER_INVALID', ID_PROBLEM_TEXT[parsed.problem], { field: 'idNumber' });
  const hash = ids.hash(parsed.value.number);
  let personId = await findPersonIdByHash(sql, hash);
  const created = personId === undefined;
  if (personId !== undefined) {
    const existing = await findPersonById(sql, personId);
    if (existing?.orgId) {
      throw new AppError('conflict', 'ALREADY_MEMBER', {
        zh: '此人已是工会会员',
        en: 'This person is already a union member',
      });
    }
    await sql.query(
      `update persons set phone = coalesce(phone, $2), employer_name = coalesce(employer_name, $3),
              updated_at = now() where id = $1`,
      [personId, input.phone, input.employerName],
    );
  } else {
    const { rows } = await sql.query<{ id: number }>(
      `insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender, phone, employer_name, federation_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, org_federation_id($9)) returning id`,
      [
        input.name,
        hash,
        ids.encrypt(parsed.value.number),
        maskIdNumber(parsed.value.number),
        parsed.value.birthDate,
        parsed.value.gender,
        input.phone,
        input.employerName,
        input.orgId,
      ],
    );
    personId = rows[0].id;
  }
  await sql.query(
    `insert into memberships (person_id, org_id, joined_on) values ($1, $2, coalesce($3::date, current_date))`,
    [personId, input.orgId, input.joinedOn ?? null],
  );
  return { personId, created };
}
