/**
 * Loads what one evaluation looks at: the applicant (a person with their active union and the dates of
 * that membership — or of their latest one when none is active —, or a union), their records, and the
 * program owner's name for the explanation. Two or three small queries.
 */
import type { Sql } from '../../../db/db.ts';
import { notFound } from '../../../shared/errors.ts';
import { listRecordFacts } from '../../records/index.ts';
import { findPersonWithUnion, findUnionWithOwnerName } from './facts.repository.ts';
import type { Facts } from './rule.types.ts';
import type { WindowRange } from './window.ts';

export interface LoadFactsInput {
  personId: number;
  ownerPath: string;
  subjectRecordId?: number | null;
  asOf: string;
  /** The evidence window the evaluation applies (window.ts); absent: every record counts. */
  window?: WindowRange | null;
}

/**
 * A person's facts. A subjectRecordId that is not among the person's records is kept but matches nothing
 * (has_record then looks at all their records); the caller refuses such an application.
 */
export async function loadFacts(sql: Sql, input: LoadFactsInput): Promise<Facts> {
  const row = await findPersonWithUnion(sql, input.personId, input.ownerPath);
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
  const org = await findUnionWithOwnerName(sql, input.orgId, input.ownerPath);
  if (!org) throw notFound({ zh: '工会', en: 'Union' }, { id: input.orgId });
  const { ownerName, ...rest } = org;
  return { asOf: input.asOf, ownerPath: input.ownerPath, ownerName, person: null, org: rest, records: [] };
}
