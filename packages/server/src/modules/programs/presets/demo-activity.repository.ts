import { subtreeCondition } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';

/** SQL the programs demo activity needs beyond the module's other repositories. */

export interface DemoMember {
  id: number;
  orgId: number;
  isFrontLine: boolean;
  isOutdoor: boolean;
  isNewEmployment: boolean;
  hardship: boolean;
}

/** Active members under `path` but not among `exclude`, by id. Reads people's `persons` and `memberships`. */
export async function listMembersUnder(sql: Sql, path: string, exclude: number[]): Promise<DemoMember[]> {
  const params: unknown[] = [exclude];
  const { rows } = await sql.query<DemoMember>(
    `select p.id, m.org_id as "orgId", p.is_front_line as "isFrontLine", p.is_outdoor as "isOutdoor",
            p.is_new_employment as "isNewEmployment", p.hardship_level is not null as hardship
       from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id
      where ${subtreeCondition({ path }, 'o.path', params)} and not (p.id = any($1::bigint[]))
      order by p.id`,
    params,
  );
  return rows;
}

/** The keys of the program's required materials the application has no file for. */
export async function listMissingEvidenceKeys(sql: Sql, applicationId: number): Promise<string[]> {
  const { rows } = await sql.query<{ key: string }>(
    `select e->>'key' as key from applications a join programs g on g.id = a.program_id,
            jsonb_array_elements(g.required_evidence) e
      where a.id = $1
        and not exists (select 1 from application_files f where f.application_id = a.id and f.evidence_key = e->>'key')`,
    [applicationId],
  );
  return rows.map((r) => r.key);
}

/** The first `limit` submitted applications of the program (and `where`), by id. */
export async function listSubmittedIds(
  sql: Sql,
  programId: number,
  limit: number,
  where = 'true',
): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    `select id from applications where program_id = $1 and status = 'submitted' and ${where} order by id limit $2`,
    [programId, limit],
  );
  return rows.map((r) => r.id);
}

export async function countAllApplications(sql: Sql): Promise<number> {
  const { rows } = await sql.query<{ n: number }>('select count(*) as n from applications');
  return rows[0].n;
}

export async function findProgramIdOfApplication(sql: Sql, applicationId: number): Promise<number> {
  const { rows } = await sql.query<{ programId: number }>(
    'select program_id as "programId" from applications where id = $1',
    [applicationId],
  );
  return rows[0].programId;
}

export async function findProgramOwnerId(sql: Sql, programId: number): Promise<number> {
  const { rows } = await sql.query<{ ownerOrgId: number }>(
    'select owner_org_id as "ownerOrgId" from programs where id = $1',
    [programId],
  );
  return rows[0].ownerOrgId;
}
