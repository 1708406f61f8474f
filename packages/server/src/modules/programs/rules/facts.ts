/**
 * Loads what one evaluation looks at: the applicant (a person with their active union and the dates of
 * that membership — or of their latest one when none is active —, or a union), their records, and the
 * program owner's name for the explanation. Two or three small queries.
 */
import type { Sql } from '../../../db/db.ts';
import { notFound } from '../../../shared/errors.ts';
import { listRecordFacts } from '../../records/index.ts';
import type { Facts, PersonFact } from './rule.types.ts';
import type { WindowRange } from './window.ts';

export interface LoadFactsInput {
  personId: number;
  ownerPath: string;
  subjectRecordId?: number | null;
  asOf: string;
  /** The evidence window the evaluation applies (window.ts); absent: every record counts. */
  window?: WindowRange | null;
}

interface PersonOrgRow extends PersonFact {
  orgId: number | null;
  orgName: string | null;
  orgPath: string | null;
  orgLevel: number | null;
  ownerName: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  active: boolean | null;
}

/**
 * A person's facts. A subjectRecordId that is not among the person's records is kept but matches nothing
 * (has_record then looks at all their records); the caller refuses such an application.
 */
export async function loadFacts(sql: Sql, input: LoadFactsInput): Promise<Facts> {
  const { rows } = await sql.query<PersonOrgRow>(
    `select p.id, p.name, p.birth_date as "birthDate", p.gender, p.is_front_line as "isFrontLine",
            p.is_outdoor as "isOutdoor", p.is_new_employment as "isNewEmployment",
            p.model_worker_level as "modelWorkerLevel", p.hardship_level as "hardshipLevel",
            p.hardship_from as "hardshipFrom", p.hardship_until as "hardshipUntil",
            o.id as "orgId", o.name as "orgName", o.path as "orgPath", o.level as "orgLevel",
            (select w.name from orgs w where w.path = $2) as "ownerName",
            m.joined_on as "joinedOn", m.left_on as "leftOn", m.status = 'active' as active
       from persons p
       left join lateral (
         select h.org_id, h.joined_on, h.left_on, h.status from memberships h where h.person_id = p.id
          order by h.status = 'active' desc, h.joined_on desc, h.id desc limit 1
       ) m on true
       left join orgs o on o.id = m.org_id and m.status = 'active'
      where p.id = $1`,
    [input.personId, input.ownerPath],
  );
  const row = rows[0];
  if (!row) throw notFound({ zh: '人员', en: 'Person' }, { id: input.personId });
  const records = await listRecordFacts(sql, input.personId);
  const { orgId, orgName, orgPath, orgLevel, ownerName, joinedOn, leftOn, active, ...person } = row;
  return {
    asOf: input.asOf,
    ownerPath: input.ownerPath,
    ownerName,
    person,
    org:
      orgId === null ? null : { id: orgId, name: orgName ?? '', path: orgPath ?? '', level: orgLevel ?? 0 },
    records,
    subjectRecordId: input.subjectRecordId ?? null,
    window: input.window ?? null,
    membership: joinedOn === null ? null : { joinedOn, leftOn, active: active === true },
  };
}

/** Facts for a union applicant (e.g. a secondary union hosting a competition): no person, no records. */
export async function loadUnionFacts(
  sql: Sql,
  input: { orgId: number; ownerPath: string; asOf: string },
): Promise<Facts> {
  const { rows } = await sql.query<{
    id: number;
    name: string;
    path: string;
    level: number;
    ownerName: string | null;
  }>(
    `select o.id, o.name, o.path, o.level, (select w.name from orgs w where w.path = $2) as "ownerName"
       from orgs o where o.id = $1`,
    [input.orgId, input.ownerPath],
  );
  const org = rows[0];
  if (!org) throw notFound({ zh: '工会', en: 'Union' }, { id: input.orgId });
  const { ownerName, ...rest } = org;
  return { asOf: input.asOf, ownerPath: input.ownerPath, ownerName, person: null, org: rest, records: [] };
}
