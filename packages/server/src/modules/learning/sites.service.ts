import { type Actor, offeredCondition, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { recordAudit } from '../audit/index.ts';
import { isUniqueViolation } from './learning.db.ts';
import { invalidField, LICENCE, learningError, missing, SITE } from './learning.errors.ts';
import { getOrgToWrite } from './learning.lookup.ts';
import type { CreateLicenceInput, CreateSiteInput, LicenceRow, SiteRow } from './learning.schemas.ts';

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

async function licencesOf(sql: Sql, siteIds: number[], today = todayInChina()): Promise<LicenceRow[]> {
  const { rows } = await sql.query<LicenceRow>(
    `select ${LICENCE_COLUMNS('$2')} from learning_licences li join learning_sites s on s.id = li.site_id
     where li.site_id = any($1::bigint[]) order by li.starts_on desc, li.id desc`,
    [siteIds, today],
  );
  return rows;
}

export async function findLicence(sql: Sql, id: number, today = todayInChina()) {
  const { rows } = await sql.query<
    LicenceRow & {
      orgId: number;
      orgName: string;
      path: string;
      level: 'national' | 'provincial' | 'district' | 'enterprise';
      signedOn: string;
    }
  >(
    `select ${LICENCE_COLUMNS('$2')}, s.org_id as "orgId", o.name as "orgName", o.path, s.level, s.signed_on as "signedOn"
     from learning_licences li join learning_sites s on s.id = li.site_id join orgs o on o.id = s.org_id
     where li.id = $1`,
    [id, today],
  );
  if (!rows[0]) throw missing(LICENCE, id);
  return rows[0];
}

const SITE_COLUMNS = `s.id, s.org_id as "orgId", o.name as "orgName", s.name, s.level, s.signed_on as "signedOn"`;

async function withLicences(sql: Sql, sites: Omit<SiteRow, 'licences'>[]): Promise<SiteRow[]> {
  const licences = await licencesOf(
    sql,
    sites.map((s) => s.id),
  );
  return sites.map((s) => ({ ...s, licences: licences.filter((l) => l.siteId === s.id) }));
}

export async function insertSite(sql: Sql, input: CreateSiteInput, userId: number | null): Promise<number> {
  try {
    const { rows } = await sql.query<{ id: number }>(
      `insert into learning_sites (org_id, name, level, signed_on, created_by) values ($1, $2, $3, $4, $5)
       returning id`,
      [input.orgId, input.name.trim(), input.level, input.signedOn, userId],
    );
    return rows[0].id;
  } catch (e) {
    if (isUniqueViolation(e))
      throw learningError(
        'LEARNING_DUPLICATE',
        { zh: `示范点「${input.name}」已存在`, en: `The site ${input.name} exists already` },
        { field: 'name' },
      );
    throw e;
  }
}

/** Grants a site a licence (no access check: the caller has made it; courses and resources must exist). */
export async function insertLicence(
  sql: Sql,
  siteId: number,
  input: CreateLicenceInput,
  userId: number | null,
): Promise<number> {
  if (input.endsOn < input.startsOn)
    throw invalidField('endsOn', { zh: '授权截止日期早于开始日期', en: 'The licence ends before it starts' });
  if (input.courseIds.length + (input.resourceIds?.length ?? 0) === 0)
    throw invalidField('courseIds', {
      zh: '授权须包含至少一门课程或一项资源',
      en: 'A licence grants at least one course or resource',
    });
  let id: number;
  try {
    const { rows } = await sql.query<{ id: number }>(
      `insert into learning_licences (site_id, number, starts_on, ends_on, seats, created_by)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [siteId, input.number.trim(), input.startsOn, input.endsOn, input.seats, userId],
    );
    id = rows[0].id;
  } catch (e) {
    if (isUniqueViolation(e))
      throw learningError(
        'LEARNING_DUPLICATE',
        { zh: `授权证书编号 ${input.number} 已使用`, en: `Licence number ${input.number} is taken` },
        { field: 'number' },
      );
    throw e;
  }
  await linkAll(sql, id, 'course', input.courseIds);
  await linkAll(sql, id, 'resource', input.resourceIds ?? []);
  return id;
}

async function linkAll(sql: Sql, licenceId: number, what: 'course' | 'resource', ids: number[]) {
  const table = what === 'course' ? 'learning_courses' : 'learning_resources';
  const unique = [...new Set(ids)];
  const { rows } = await sql.query<{ id: number }>(`select id from ${table} where id = any($1::bigint[])`, [
    unique,
  ]);
  const found = new Set(rows.map((r) => Number(r.id)));
  const absent = unique.findIndex((id) => !found.has(id));
  if (absent >= 0)
    throw invalidField(`${what}Ids.${ids.indexOf(unique[absent])}`, {
      zh: `${what === 'course' ? '课程' : '资源'} ${unique[absent]} 不存在`,
      en: `No ${what} ${unique[absent]}`,
    });
  await sql.query(
    `insert into learning_licence_${what}s (licence_id, ${what}_id) select $1, unnest($2::bigint[])`,
    [licenceId, unique],
  );
}

export function createSitesService(db: Db) {
  async function getSite(sql: Sql, actor: Actor, id: number, permission: 'learning.read' | 'learning.write') {
    const { rows } = await sql.query<Omit<SiteRow, 'licences'> & { path: string }>(
      `select ${SITE_COLUMNS}, o.path from learning_sites s join orgs o on o.id = s.org_id where s.id = $1`,
      [id],
    );
    const site = rows[0];
    if (!site) throw missing(SITE, id);
    requireAccess(
      actor,
      permission,
      permission === 'learning.read' ? { offeredBy: site.path } : { orgPath: site.path },
    );
    return site;
  }

  return {
    async listSites(actor: Actor): Promise<SiteRow[]> {
      requireAccess(actor, 'learning.read');
      const params: unknown[] = [];
      const { rows } = await db.query<Omit<SiteRow, 'licences'>>(
        `select ${SITE_COLUMNS} from learning_sites s join orgs o on o.id = s.org_id
         where ${offeredCondition(actor, 'o.path', params)}
         order by array_position(array['national','provincial','district','enterprise'], s.level), s.id`,
        params,
      );
      return withLicences(db, rows);
    },

    async createSite(actor: Actor, input: CreateSiteInput): Promise<SiteRow> {
      return db.tx(async (sql) => {
        await getOrgToWrite(sql, actor, input.orgId);
        const id = await insertSite(sql, input, actor.userId || null);
        const { path: _p, ...site } = await getSite(sql, actor, id, 'learning.write');
        await recordAudit(sql, actor, {
          action: 'learning.site.create',
          entity: 'learning_site',
          entityId: id,
          orgId: input.orgId,
          after: site,
        });
        return { ...site, licences: [] };
      });
    },

    async createLicence(actor: Actor, siteId: number, input: CreateLicenceInput): Promise<LicenceRow> {
      return db.tx(async (sql) => {
        const site = await getSite(sql, actor, siteId, 'learning.write');
        const id = await insertLicence(sql, siteId, input, actor.userId || null);
        const {
          orgId: _o,
          orgName: _n,
          path: _p,
          level: _l,
          signedOn: _s,
          ...licence
        } = await findLicence(sql, id);
        await recordAudit(sql, actor, {
          action: 'learning.licence.create',
          entity: 'licence',
          entityId: id,
          orgId: site.orgId,
          after: licence,
        });
        return licence;
      });
    },

    /** The licence with what its certificate prints; read access to the site. */
    async getLicenceForCertificate(actor: Actor, id: number) {
      const licence = await findLicence(db, id);
      requireAccess(actor, 'learning.read', { offeredBy: licence.path });
      return licence;
    },
  };
}

export type SitesService = ReturnType<typeof createSitesService>;
