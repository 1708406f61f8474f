import type { Sql } from '../../db/db.ts';

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
