import { type Actor, offeredCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import type { CreateSiteInput, LicenceRow, SiteRow } from './learning.schemas.ts';

/** The licence columns; `today` is the placeholder of the day its `active` is judged on. */
const LICENCE_COLUMNS = (today: string) => `li.id, li.site_id as "siteId", s.name as "siteName", li.number,
  li.starts_on as "startsOn", li.ends_on as "endsOn", li.seats, li.seats_used as "seatsUsed",
  (li.starts_on <= ${today}::date and li.ends_on >= ${today}::date) as active,
  coalesce((select json_agg(json_build_object('id', c.id, 'title', c.title) order by c.id)
    from learning_licence_courses lc join learning_courses c on c.id = lc.course_id where lc.licence_id = li.id),
    '[]') as courses,
  coalesce((select json_agg(json_build_object('id', r.id, 'title', r.title) order by r.id)
    from learning_licence_resources lr join learning_resources r on r.id = lr.resource_id
    where lr.licence_id = li.id), '[]') as resources`;

/** The licences of these sites, latest first, `active` as of `today`. */
export async function listLicencesOfSites(sql: Sql, siteIds: number[], today: string): Promise<LicenceRow[]> {
  const { rows } = await sql.query<LicenceRow>(
    `select ${LICENCE_COLUMNS('$2')} from learning_licences li join learning_sites s on s.id = li.site_id
     where li.site_id = any($1::bigint[]) order by li.starts_on desc, li.id desc`,
    [siteIds, today],
  );
  return rows;
}

export type LicenceWithSite = LicenceRow & {
  orgId: number;
  orgName: string;
  path: string;
  level: 'national' | 'provincial' | 'district' | 'enterprise';
  signedOn: string;
};

/** A licence with its site's union and what its certificate prints, `active` as of `today`. */
export async function findLicenceRow(
  sql: Sql,
  id: number,
  today: string,
): Promise<LicenceWithSite | undefined> {
  const { rows } = await sql.query<LicenceWithSite>(
    `select ${LICENCE_COLUMNS('$2')}, s.org_id as "orgId", o.name as "orgName", o.path, s.level, s.signed_on as "signedOn"
     from learning_licences li join learning_sites s on s.id = li.site_id join orgs o on o.id = s.org_id
     where li.id = $1`,
    [id, today],
  );
  return rows[0];
}

/** A site as its row holds it: what the caller may do with it is the service's. */
type SiteFacts = Omit<SiteRow, 'licences' | 'mayLicense'>;

const SITE_COLUMNS = `s.id, s.org_id as "orgId", o.name as "orgName", s.name, s.level, s.signed_on as "signedOn"`;

/** Inserts a site (a duplicate name raises the database's unique violation); its id. */
export async function insertSiteRow(
  sql: Sql,
  input: CreateSiteInput,
  userId: number | null,
): Promise<number> {
  return insertRow(sql, 'learning_sites', 'org_id, name, level, signed_on, created_by', {
    ...input,
    name: input.name.trim(),
    createdBy: userId,
  });
}

/** Inserts a licence (a duplicate number raises the database's unique violation); its id. */
export async function insertLicenceRow(
  sql: Sql,
  l: {
    siteId: number;
    number: string;
    startsOn: string;
    endsOn: string;
    seats: number;
    createdBy: number | null;
  },
): Promise<number> {
  return insertRow(sql, 'learning_licences', 'site_id, number, starts_on, ends_on, seats, created_by', l);
}

/** Which of these courses (or resources) exist. */
export async function listExistingIds(
  sql: Sql,
  what: 'course' | 'resource',
  ids: number[],
): Promise<Set<number>> {
  const table = what === 'course' ? 'learning_courses' : 'learning_resources';
  const { rows } = await sql.query<{ id: number }>(`select id from ${table} where id = any($1::bigint[])`, [
    ids,
  ]);
  return new Set(rows.map((r) => Number(r.id)));
}

/** Links a licence to the courses (or resources) it grants. */
export async function insertLicenceLinks(
  sql: Sql,
  licenceId: number,
  what: 'course' | 'resource',
  ids: number[],
): Promise<void> {
  await sql.query(
    `insert into learning_licence_${what}s (licence_id, ${what}_id) select $1, unnest($2::bigint[])`,
    [licenceId, ids],
  );
}

export async function findSiteRow(sql: Sql, id: number): Promise<(SiteFacts & { path: string }) | undefined> {
  const { rows } = await sql.query<SiteFacts & { path: string }>(
    `select ${SITE_COLUMNS}, o.path from learning_sites s join orgs o on o.id = s.org_id where s.id = $1`,
    [id],
  );
  return rows[0];
}

/** The sites the actor sees (its subtree's and those offered from above), national first. */
export async function listSiteRows(sql: Sql, actor: Actor): Promise<(SiteFacts & { path: string })[]> {
  const params: unknown[] = [];
  const { rows } = await sql.query<SiteFacts & { path: string }>(
    `select ${SITE_COLUMNS}, o.path from learning_sites s join orgs o on o.id = s.org_id
     where ${offeredCondition(actor, 'o.path', params)}
     order by array_position(array['national','provincial','district','enterprise'], s.level), s.id`,
    params,
  );
  return rows;
}
