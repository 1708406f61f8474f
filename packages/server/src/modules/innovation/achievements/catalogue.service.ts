import type { Static } from 'typebox';
import { type Actor, requireAccess, type Subtree } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import type { Bilingual } from '../../../shared/errors.ts';
import { normaliseText } from '../../../shared/text.ts';
import { recordAudit } from '../../audit/index.ts';
import { claimRequest } from '../../onboarding/index.ts';
import { getOrgInScope } from '../../org/index.ts';
import type { IdProtector } from '../../people/index.ts';
import { innovationErrors } from '../innovation.errors.ts';
import { listPublicPictures } from './achievements.attachments.repository.ts';
import {
  findLeadForUpdate,
  findPublishedAchievement,
  findPublishedAchievementOrg,
  insertLead,
  listLeadsPage,
  markLeadHandled,
} from './catalogue.repository.ts';
import type { LeadList, PublicAchievement } from './catalogue.schemas.ts';
import { type CatalogueQuery, searchCatalogue } from './catalogue.search.ts';

/** Contact requests one address may send an hour. */
export const LEADS_PER_ADDRESS = 5;
export const LEAD_LIMITS = { organisation: 100, contact: 100, need: 1000 } as const;
const LEAD_LABELS: Record<keyof typeof LEAD_LIMITS, Bilingual> = {
  organisation: { zh: '单位名称', en: 'organisation' },
  contact: { zh: '联系方式', en: 'contact' },
  need: { zh: '需求说明', en: 'need' },
};

/** A web address or a domain name (an e-mail address is taken out first and is allowed). */
const LINK = /(https?:|ftp:|www\.|[a-z0-9-]+\.(com|cn|net|org|info|io|top|xyz|biz|cc|me|vip|shop|site)\b)/i;
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/gi;
export const hasLink = (text: string) => LINK.test(text.normalize('NFKC').replace(EMAIL, ''));

export interface LeadInput {
  organisation: string;
  contact: string;
  need: string;
}

function checkLead(input: LeadInput): LeadInput {
  const out = {} as LeadInput;
  for (const field of Object.keys(LEAD_LIMITS) as (keyof LeadInput)[]) {
    const label = LEAD_LABELS[field];
    const text = input[field].trim();
    if (!text) throw innovationErrors.leadEmpty(field, label);
    if (text.length > LEAD_LIMITS[field])
      throw innovationErrors.leadTooLong(field, label, LEAD_LIMITS[field]);
    // stored as typed; a link is looked for in the text as read (full-width ｈｔｔｐ included)
    if (hasLink(normaliseText(text))) throw innovationErrors.leadLink(field, label);
    out[field] = text;
  }
  return out;
}

type Lead = Static<typeof LeadList>['items'][number];

export function createCatalogueService(db: Db, ids: IdProtector, clock: Clock) {
  return {
    /** Published achievements by words and facets; nothing about the team. */
    search: (q: CatalogueQuery) => searchCatalogue(db, q),

    /** One published achievement as the public sees it. */
    async getPublicAchievement(id: number) {
      const found = await findPublishedAchievement(db, id);
      if (!found) throw innovationErrors.achievementNotFound(id);
      const r = found as Record<string, unknown>;
      const pictures = (await listPublicPictures(db, id)).map((p) => ({
        id: p,
        url: `/api/public/achievements/${id}/pictures/${p}`,
      }));
      return {
        ...r,
        publishedAt: new Date(r.publishedAt as string).toISOString(),
        pictures,
      } as Static<typeof PublicAchievement>;
    },

    /** An enterprise asks to be put in touch with the team; the lead goes to the studio's union. */
    async createLead(achievementId: number, input: LeadInput, ip: string) {
      const lead = checkLead(input);
      await claimRequest(db, ids.hash(`lead-ip:${ip}`), LEADS_PER_ADDRESS, clock(), {
        refused: innovationErrors.leadThrottled,
      });
      return db.tx(async (sql) => {
        const orgId = await findPublishedAchievementOrg(sql, achievementId);
        if (orgId === undefined) throw innovationErrors.achievementNotFound(achievementId);
        const leadId = await insertLead(sql, { achievementId, orgId, ...lead });
        await recordAudit(sql, null, {
          action: 'lead.create',
          entity: 'lead',
          entityId: leadId,
          orgId,
        });
        return { ok: true as const };
      });
    },

    /** Contact requests reaching the unions of the actor's subtree, newest first. */
    async listLeads(
      actor: Actor,
      q: { orgId?: number; status?: 'new' | 'handled'; page?: number; pageSize?: number },
    ) {
      requireAccess(actor, 'innovation.read');
      let scope: Subtree = actor;
      if (q.orgId) scope = { path: (await getOrgInScope(db, actor, q.orgId)).path };
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 20;
      const { total, rows } = await listLeadsPage(db, { scope, status: q.status, page, pageSize });
      const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
      return {
        items: rows.map((r) => ({ ...r, createdAt: iso(r.createdAt), handledAt: iso(r.handledAt) }) as Lead),
        total,
        page,
        pageSize,
      };
    },

    /** Marks a lead as followed up. */
    async handleLead(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const found = await findLeadForUpdate(sql, id);
        if (!found) throw innovationErrors.leadNotFound(id);
        requireAccess(actor, 'innovation.write', { orgPath: found.path });
        await markLeadHandled(sql, id, actor.userId || null);
        await recordAudit(sql, actor, {
          action: 'lead.handle',
          entity: 'lead',
          entityId: id,
          orgId: found.orgId,
        });
        return { ok: true as const };
      });
    },
  };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;
