import type { Sql } from '../../db/db.ts';
import { addRow } from '../../db/insert.ts';
import { numberArray } from '../../shared/pg-array.ts';

/** What the go-live checklist counts in a subtree from the shared registers (ADR 69): unions, accounts, members. */
export interface TreeFigures {
  unions: number;
  /** Unions that keep their own work: every level but the branches (分会), which their grassroots union serves. */
  unionsToStaff: number;
  /** Of those, the ones with an active staff account (manager, staff or reviewer). */
  unionsStaffed: number;
  members: number;
}

export async function countTreeFigures(sql: Sql, subtreePattern: string): Promise<TreeFigures> {
  const { rows } = await sql.query<Record<keyof TreeFigures, string>>(
    `select count(*) as unions,
            count(*) filter (where o.level < 5) as "unionsToStaff",
            count(*) filter (where o.level < 5 and exists (
              select 1 from role_assignments ra join users u on u.id = ra.user_id
               where ra.org_id = o.id and ra.role in ('manager', 'staff', 'reviewer') and u.is_active)) as "unionsStaffed",
            (select count(*) from memberships m join orgs mo on mo.id = m.org_id
              where mo.path like $1 and m.left_on is null) as members
       from orgs o where o.path like $1 and o.status = 'active'`,
    [subtreePattern],
  );
  const r = rows[0];
  return {
    unions: Number(r.unions),
    unionsToStaff: Number(r.unionsToStaff),
    unionsStaffed: Number(r.unionsStaffed),
    members: Number(r.members),
  };
}

/** One import of a register of the past that wrote (a dry run writes nothing and is not kept). */
export async function insertRegisterImport(
  sql: Sql,
  line: {
    key: string;
    orgId: number;
    effectiveOn: string;
    total: number;
    created: number;
    userId: number | null;
  },
): Promise<void> {
  await addRow(
    sql,
    'register_imports',
    'register_key, org_id, effective_on, rows_total, rows_created, user_id',
    {
      ...line,
      registerKey: line.key,
      rowsTotal: line.total,
      rowsCreated: line.created,
    },
  );
}

/** The paths of a set of unions (each once): where an import's records went. */
export async function pathsOfUnions(sql: Sql, ids: readonly number[]): Promise<string[]> {
  const { rows } = await sql.query<{ path: string }>(
    'select distinct path from orgs where id = any($1::bigint[])',
    [numberArray(ids)],
  );
  return rows.map((r) => r.path);
}

export interface RegisterImportSummary {
  imports: number;
  created: number;
  lastOn: string | null;
}

/** Each register's imports made by the unions of a subtree: how many, the records they created, the last day. */
export async function summariseRegisterImports(
  sql: Sql,
  subtreePattern: string,
): Promise<Map<string, RegisterImportSummary>> {
  const { rows } = await sql.query<{ key: string; imports: string; created: string; lastOn: string }>(
    `select ri.register_key as key, count(*) as imports, sum(ri.rows_created) as created,
            to_char(max(ri.effective_on), 'YYYY-MM-DD') as "lastOn"
       from register_imports ri join orgs o on o.id = ri.org_id
      where o.path like $1
      group by ri.register_key`,
    [subtreePattern],
  );
  return new Map(
    rows.map((r) => [r.key, { imports: Number(r.imports), created: Number(r.created), lastOn: r.lastOn }]),
  );
}
