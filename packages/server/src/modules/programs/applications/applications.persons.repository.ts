import type { Sql } from '../../../db/db.ts';
import type { Category } from '../programs.vocabulary.ts';
import { PAID } from './subject-grants.repository.ts';

/** A person's application to a program (a relief grant, a benefit) and what has been paid on it. */
export interface PersonApplication {
  applicationId: number;
  personId: number;
  programName: string;
  /** What the program is (补贴, 帮扶救助, …): a certificate subsidy is no relief grant. */
  programCategory: Category;
  status: string;
  appliedOn: string;
  amountFen: number | null;
  paidFen: number;
}

/**
 * Every application of these persons, oldest first, with what has been paid on each: the grants history other
 * modules show (a hardship file's history). The caller checks the reader may see the persons.
 */
export async function applicationsOfPersons(sql: Sql, personIds: number[]): Promise<PersonApplication[]> {
  if (!personIds.length) return [];
  const { rows } = await sql.query<PersonApplication>(
    `select a.id as "applicationId", a.person_id as "personId", g.name as "programName",
            g.category as "programCategory", a.status,
            to_char(a.applied_on, 'YYYY-MM-DD') as "appliedOn", a.amount_fen::float8 as "amountFen",
            (${PAID})::float8 as "paidFen"
       from applications a join programs g on g.id = a.program_id
      where a.person_id = any($1::bigint[]) order by a.applied_on, a.id`,
    [personIds],
  );
  return rows.map((r) => ({
    ...r,
    amountFen: r.amountFen === null ? null : Number(r.amountFen),
    paidFen: Number(r.paidFen),
  }));
}
