import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { accountStateOf } from '../auth/index.ts';
import { LIST_COLUMNS, type MemberListRow } from './people.list.repository.ts';
import type { AccountState, EndReason } from './people.vocabulary.ts';

/** A person whose membership ended (retired, left the unit, died, other) and who has not joined again. */
export type EndedMemberRow = MemberListRow & {
  ended: { on: string; reason: EndReason | null; orgId: number; orgName: string };
};

/**
 * The people whose last membership ended (status 'left') in a union of the subtree — the union `$1`, or when null
 * the path `$2`, kept only inside the actor's subtree (pattern `$3`) — the latest ended first, a page of them
 * (`$4` rows from `$5`) with how many there are, those whose phone account is in the state `$6` when it is given.
 * A person who joined again is a member, not listed here.
 */
const ENDED_PAGE = `with s as (
    select o.path from orgs o where o.id = $1
    union all select $2::text where $1::bigint is null),
  ended as (
    select e.person_id, e.left_on, e.end_reason, e.org_id, eo.name as org_name
      from memberships e join orgs eo on eo.id = e.org_id
     where e.status = 'left' and starts_with(eo.path, (select s.path from s where s.path like $3))
       and not exists (select from memberships n where n.person_id = e.person_id and n.id <> e.id
                         and (n.status = 'active' or n.joined_on > e.joined_on
                              or (n.joined_on = e.joined_on and n.id > e.id)))
       and ($6::text is null or ${accountStateOf('e.person_id')} = $6)),
  page as (select * from ended order by left_on desc, person_id limit $4 offset $5)
  select (select path from s) as "orgPath", (select count(*) from ended)::int as total,
    (select coalesce(json_agg(x order by x."endedOn" desc, x.id), '[]') from (
       select ${LIST_COLUMNS}, g.left_on as "endedOn", g.end_reason as "endReason", g.org_id as "endedOrgId",
              g.org_name as "endedOrgName"
         from page g join persons p on p.id = g.person_id
         left join memberships m on m.person_id = p.id and m.status = 'active'
         left join orgs o on o.id = m.org_id) x) as items`;

export async function findEndedMembersPage(
  sql: Sql,
  at: { orgId: number | null; actorPath: string },
  pageSize: number,
  offset: number,
  accountState: AccountState | null = null,
): Promise<{ orgPath: string | null; total: number; items: EndedMemberRow[] }> {
  const { rows } = await sql.query<{
    orgPath: string | null;
    total: number;
    items: (MemberListRow & {
      endedOn: string;
      endReason: EndReason | null;
      endedOrgId: number;
      endedOrgName: string;
    })[];
  }>(ENDED_PAGE, [at.orgId, at.actorPath, subtreePattern(at.actorPath), pageSize, offset, accountState]);
  const { orgPath, total, items } = rows[0];
  return {
    orgPath,
    total,
    items: items.map(({ endedOn, endReason, endedOrgId, endedOrgName, ...p }) => ({
      ...p,
      ended: { on: endedOn, reason: endReason, orgId: Number(endedOrgId), orgName: endedOrgName },
    })),
  };
}
