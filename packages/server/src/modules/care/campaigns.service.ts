import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { changedFields, patched } from '../../shared/changes.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { listEdits, recordAudit, recordEdit } from '../audit/index.ts';
import { findOrgById } from '../org/index.ts';
import {
  type CampaignRow,
  findCampaign,
  insertCampaign,
  insertCampaignStep,
  listCampaignRows,
  listCampaignSteps,
  listCampaignStock,
  updateCampaignFacts,
} from './campaigns.repository.ts';
import { careErrors } from './care.errors.ts';
import type { StepKind } from './care.vocabulary.ts';
import { grantProgramOffered } from './grants.ts';
import { hasStockMove } from './stock.repository.ts';
import { receiveGoods } from './stock.ts';
import { findVisitSpan } from './visits.repository.ts';

export interface CreateCampaignInput {
  orgId: number;
  title: string;
  startsOn: string;
  endsOn: string;
  budgetFen: number;
  note?: string | null;
  steps: Array<{ kind: StepKind; title: string; budgetFen?: number }>;
}

/** A correction of a campaign while it is open (ADR 60): the fields sent replace those on file. */
export interface EditCampaignInput {
  title?: string;
  startsOn?: string;
  endsOn?: string;
  budgetFen?: number;
  note?: string | null;
}

export const presentCampaign = ({ orgPath: _p, ...c }: CampaignRow) => c;

/**
 * The campaign, when the actor may reach it with `permission`: its own union's subtree ('own': run it, read
 * its report), or also the unions below, which take part in it ('offered': see it and its stock, log visits).
 */
export async function campaignIn(
  sql: Sql,
  actor: Actor,
  id: number,
  permission: 'care.read' | 'care.write',
  reach: 'own' | 'offered' = 'own',
  field?: string,
): Promise<CampaignRow> {
  const c = await findCampaign(sql, id);
  if (!c) throw careErrors.campaignNotFound(field);
  requireAccess(actor, permission, reach === 'own' ? { orgPath: c.orgPath } : { offeredBy: c.orgPath });
  return c;
}

/**
 * What the actor may do with a campaign it sees, as `campaignIn`'s 'own' reach decides: a union below the one
 * running it takes part (sees it and its stock, logs visits) but neither corrects it, receives goods into its stock
 * nor reads its report — the page offers those only where the server takes them.
 */
export function campaignReach(actor: Actor, c: CampaignRow) {
  return {
    mayManage: canAccess(actor, 'care.write', { orgPath: c.orgPath }),
    mayReport: canAccess(actor, 'care.read', { orgPath: c.orgPath }),
  };
}

export function createCampaignsService(db: Db, clock: Clock) {
  return {
    /**
     * Corrects a campaign until its last day: title, period (its visits stay inside it), budget and note. Each
     * changed field is kept in its history and the audit log.
     */
    async editCampaign(actor: Actor, id: number, input: EditCampaignInput) {
      return db.tx(async (sql) => {
        const c = await campaignIn(sql, actor, id, 'care.write');
        if (c.endsOn < todayInChina(clock())) {
          throw careErrors.closed();
        }
        const next = {
          title: patched(input.title?.trim(), c.title),
          startsOn: patched(input.startsOn, c.startsOn),
          endsOn: patched(input.endsOn, c.endsOn),
          budgetFen: patched(input.budgetFen, c.budgetFen),
          note: input.note === undefined ? c.note : input.note?.trim() || null,
        };
        if (next.endsOn < next.startsOn)
          throw careErrors.invalid('endsOn', '结束日期不能早于开始日期', 'The end cannot precede the start');
        const visits = await findVisitSpan(sql, id);
        if (visits.first && (visits.first < next.startsOn || (visits.last as string) > next.endsOn)) {
          throw careErrors.invalid(
            'startsOn',
            `已有走访日期在 ${visits.first} 至 ${visits.last}，活动期间须包含这些日期`,
            `Visits were made from ${visits.first} to ${visits.last}; the period must include them`,
          );
        }
        const { visits: _v, orgId: _o, orgName: _n, orgPath: _p, id: _i, ...before } = c;
        const changes = changedFields(before, next);
        if (changes.length) {
          await updateCampaignFacts(sql, id, next);
          await recordEdit(sql, actor, {
            action: 'care.campaign.edit',
            entity: 'care_campaign',
            entityId: id,
            orgId: c.orgId,
            changes,
          });
        }
        return presentCampaign((await findCampaign(sql, id)) as CampaignRow);
      });
    },

    async createCampaign(actor: Actor, input: CreateCampaignInput) {
      return db.tx(async (sql) => {
        const org = await findOrgById(sql, input.orgId);
        if (!org) throw careErrors.unionNotFound();
        requireAccess(actor, 'care.write', { orgPath: org.path });
        if (input.endsOn < input.startsOn)
          throw careErrors.invalid('endsOn', '结束日期不能早于开始日期', 'The end cannot precede the start');
        const id = await insertCampaign(sql, {
          orgId: org.id,
          title: input.title.trim(),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          budgetFen: input.budgetFen,
          note: input.note ?? null,
          createdBy: actor.userId || null,
        });
        for (const [position, step] of input.steps.entries()) {
          await insertCampaignStep(sql, id, {
            kind: step.kind,
            title: step.title.trim(),
            budgetFen: step.budgetFen ?? 0,
            position,
          });
        }
        await recordAudit(sql, actor, {
          action: 'care.campaign.create',
          entity: 'care_campaign',
          entityId: id,
          orgId: org.id,
          after: {
            title: input.title,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            budgetFen: input.budgetFen,
          },
        });
        return presentCampaign((await findCampaign(sql, id)) as CampaignRow);
      });
    },

    async listCampaigns(
      actor: Actor,
      q: { orgId?: number; year?: number; page?: number; pageSize?: number },
    ) {
      requireAccess(actor, 'care.read');
      let union: { path: string } | undefined;
      if (q.orgId !== undefined) {
        const org = await findOrgById(db, q.orgId);
        if (!org) throw careErrors.unionNotFound();
        requireAccess(actor, 'care.read', { orgPath: org.path });
        union = { path: org.path };
      }
      const { items, total } = await listCampaignRows(db, {
        actor,
        union,
        year: q.year,
        page: q.page ?? 1,
        pageSize: q.pageSize ?? 20,
      });
      return { items: items.map(presentCampaign), total };
    },

    async getCampaign(actor: Actor, id: number) {
      const c = await campaignIn(db, actor, id, 'care.read', 'offered');
      const steps = await listCampaignSteps(db, id);
      return {
        campaign: presentCampaign(c),
        steps,
        stock: await listCampaignStock(db, id),
        grantsOffered: await grantProgramOffered(db, c.orgPath),
        edits: await listEdits(db, 'care_campaign', id),
        ...campaignReach(actor, c),
      };
    },

    /** Goods bought or given to the campaign, entered by its staff; `requestId` makes a retry receive them once. */
    async receiveStock(
      actor: Actor,
      id: number,
      input: {
        item: string;
        unit: string;
        quantity: number;
        valueFen?: number | null;
        requestId: string;
        receivedOn?: string;
      },
    ) {
      return db.tx(async (sql) => {
        const c = await campaignIn(sql, actor, id, 'care.write');
        // the day the goods came in (ADR 40): default today; a past day to 补录 needs history.backdate
        const on = effectiveDay(actor, input.receivedOn, { zh: '入库', en: 'receipt' }, [], {
          field: 'receivedOn',
          now: clock(),
        });
        const source = `entry:${actor.userId}:${input.requestId}`;
        const retried = await hasStockMove(sql, source);
        const { stockId } = await receiveGoods(sql, {
          campaignId: id,
          item: input.item,
          unit: input.unit,
          quantity: input.quantity,
          valueFen: input.valueFen ?? null,
          source,
          receivedOn: on.day,
        });
        if (!retried)
          await recordAudit(sql, actor, {
            action: 'care.stock.receive',
            entity: 'care_campaign',
            entityId: id,
            orgId: c.orgId,
            after: {
              item: input.item,
              unit: input.unit,
              quantity: input.quantity,
              valueFen: input.valueFen ?? null,
              ...(on.backdated ? { effectiveOn: on.day } : {}),
            },
          });
        return (await listCampaignStock(sql, id)).find((s) => s.id === stockId) as Awaited<
          ReturnType<typeof listCampaignStock>
        >[number];
      });
    },
  };
}

export type CampaignsService = ReturnType<typeof createCampaignsService>;
