import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import { type Db, isUniqueViolation, type Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { recordAudit } from '../audit/index.ts';
import { invalidField, LICENCE, learningError, missing, SITE } from './learning.errors.ts';
import { getOrgToWrite } from './learning.lookup.ts';
import type { CreateLicenceInput, CreateSiteInput, LicenceRow, SiteRow } from './learning.schemas.ts';
import {
  findLicenceRow,
  findSiteRow,
  insertLicenceLinks,
  insertLicenceRow,
  insertSiteRow,
  listExistingIds,
  listLicencesOfSites,
  listSiteRows,
} from './sites.repository.ts';

export async function findLicence(sql: Sql, id: number, today: string) {
  const licence = await findLicenceRow(sql, id, today);
  if (!licence) throw missing(LICENCE, id);
  return licence;
}

async function withLicences(sql: Sql, sites: Omit<SiteRow, 'licences'>[], today: string): Promise<SiteRow[]> {
  const licences = await listLicencesOfSites(
    sql,
    sites.map((s) => s.id),
    today,
  );
  return sites.map((s) => ({ ...s, licences: licences.filter((l) => l.siteId === s.id) }));
}

export async function insertSite(sql: Sql, input: CreateSiteInput, userId: number | null): Promise<number> {
  try {
    return await insertSiteRow(sql, input, userId);
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
    id = await insertLicenceRow(sql, {
      siteId,
      number: input.number.trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      seats: input.seats,
      createdBy: userId,
    });
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
  const unique = [...new Set(ids)];
  const found = await listExistingIds(sql, what, unique);
  const absent = unique.findIndex((id) => !found.has(id));
  if (absent >= 0)
    throw invalidField(`${what}Ids.${ids.indexOf(unique[absent])}`, {
      zh: `${what === 'course' ? '课程' : '资源'} ${unique[absent]} 不存在`,
      en: `No ${what} ${unique[absent]}`,
    });
  await insertLicenceLinks(sql, licenceId, what, unique);
}

export function createSitesService(db: Db, clock: Clock) {
  const today = () => todayInChina(clock());
  async function getSite(sql: Sql, actor: Actor, id: number, permission: 'learning.read' | 'learning.write') {
    const site = await findSiteRow(sql, id);
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
      const rows = await listSiteRows(db, actor);
      // a site of a union above is seen (its licences, certificates) but licensed by its own union's staff only
      const sites = rows.map(({ path, ...s }) => ({
        ...s,
        mayLicense: canAccess(actor, 'learning.write', { orgPath: path }),
      }));
      return withLicences(db, sites, today());
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
        return { ...site, licences: [], mayLicense: true };
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
        } = await findLicence(sql, id, today());
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
      const licence = await findLicence(db, id, today());
      requireAccess(actor, 'learning.read', { offeredBy: licence.path });
      return licence;
    },
  };
}

export type SitesService = ReturnType<typeof createSitesService>;
