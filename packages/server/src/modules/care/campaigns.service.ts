import { type Actor, offeredCondition, requireAccess, subtreeCondition } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { changedFields, patched } from '../../shared/changes.ts';
import { todayInChina } from '../../shared/dates.ts';
import { listEdits, recordAudit, recordEdit } from '../audit/index.ts';
import { findOrgById } from '../org/index.ts';
import { careErrors } from './care.errors.ts';
import type { StepKind } from './care.types.ts';
import { grantProgramOffered } from './grants.ts';
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

export interface CampaignRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  title: string;
  startsOn: string;
  endsOn: string;
  budgetFen: number;
  note: string | null;
  visits: number;
}

const CAMPAIGN_COLUMNS = `c.id, c.org_id as "orgId", o.name as "orgName", o.path as "orgPath", c.title,
  to_char(c.starts_on, 'YYYY-MM-DD') as "startsOn", to_char(c.ends_on, 'YYYY-MM-DD') as "endsOn",
  c.budget_fen::float8 as "budgetFen", c.note,
  (select count(*) from care_visits v where v.campaign_id = c.id)::int as visits`;

export async function findCampaign(sql: Sql, id: number): Promise<CampaignRow | undefined> {
  const { rows } = await sql.query<CampaignRow>(
    `select ${CAMPAIGN_COLUMNS} from care_campaigns c join orgs o on o.id = c.org_id where c.id = $1`,
    [id],
  );
  return rows[0];
}

/** Corrects a campaign's title, period, budget and note (an edit while it is open; ADR 60). */
async function updateCampaignFacts(
  sql: Sql,
  id: number,
  c: Pick<CampaignRow, 'title' | 'startsOn' | 'endsOn' | 'budgetFen' | 'note'>,
) {
  await sql.query(
    'update care_campaigns set title = $2, starts_on = $3, ends_on = $4, budget_fen = $5, note = $6 where id = $1',
    [id, c.title, c.startsOn, c.endsOn, c.budgetFen, c.note],
  );
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

async function listStock(sql: Sql, campaignId: number) {
  const { rows } = await sql.query<{
    id: number;
    item: string;
    unit: string;
    received: number;
    delivered: number;
    left: number;
    valueFen: number;
  }>(
    `select id, item, unit, received::float8 as received, delivered::float8 as delivered,
            (received - delivered)::float8 as left, value_fen::float8 as "valueFen"
       from care_stock where campaign_id = $1 order by id`,
    [campaignId],
  );
  return rows;
}

export function createCampaignsService(db: Db, clock: () => Date = () => new Date()) {
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
        const { rows } = await sql.query<{ id: number }>(
          `insert into care_campaigns (org_id, title, starts_on, ends_on, budget_fen, note, created_by)
           values ($1, $2, $3, $4, $5, $6, $7) returning id`,
          [
            org.id,
            input.title.trim(),
            input.startsOn,
            input.endsOn,
            input.budgetFen,
            input.note ?? null,
            actor.userId || null,
          ],
        );
        const id = rows[0].id;
        for (const [position, step] of input.steps.entries()) {
          await sql.query(
            `insert into care_steps (campaign_id, kind, title, budget_fen, position) values ($1, $2, $3, $4, $5)`,
            [id, step.kind, step.title.trim(), step.budgetFen ?? 0, position],
          );
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
      const params: unknown[] = [];
      // The campaigns of the subtree, and those of the unions above that the actor's union takes part in.
      const where = [offeredCondition(actor, 'o.path', params)];
      if (q.orgId !== undefined) {
        const org = await findOrgById(db, q.orgId);
        if (!org) throw careErrors.unionNotFound();
        requireAccess(actor, 'care.read', { orgPath: org.path });
        where.push(subtreeCondition({ path: org.path }, 'o.path', params));
      }
      if (q.year !== undefined) {
        params.push(q.year);
        where.push(
          `extract(year from c.starts_on) <= $${params.length} and extract(year from c.ends_on) >= $${params.length}`,
        );
      }
      const pageSize = q.pageSize ?? 20;
      const offset = ((q.page ?? 1) - 1) * pageSize;
      const from = `from care_campaigns c join orgs o on o.id = c.org_id where ${where.join(' and ')}`;
      const total = await db.query<{ n: number }>(`select count(*)::int as n ${from}`, params);
      const { rows } = await db.query<CampaignRow>(
        `select ${CAMPAIGN_COLUMNS} ${from} order by c.starts_on desc, c.id desc
         limit ${pageSize} offset ${offset}`,
        params,
      );
      return { items: rows.map(presentCampaign), total: total.rows[0].n };
    },

    async getCampaign(actor: Actor, id: number) {
      const c = await campaignIn(db, actor, id, 'care.read', 'offered');
      const steps = await db.query<{ id: number; kind: StepKind; title: string; budgetFen: number }>(
        `select id, kind, title, budget_fen::float8 as "budgetFen" from care_steps
          where campaign_id = $1 order by position`,
        [id],
      );
      return {
        campaign: presentCampaign(c),
        steps: steps.rows,
        stock: await listStock(db, id),
        grantsOffered: await grantProgramOffered(db, c.orgPath),
        edits: await listEdits(db, 'care_campaign', id),
      };
    },

    /** Goods bought or given to the campaign, entered by its staff; `requestId` makes a retry receive them once. */
    async receiveStock(
      actor: Actor,
      id: number,
      input: { item: string; unit: string; quantity: number; valueFen?: number | null; requestId: string },
    ) {
      return db.tx(async (sql) => {
        const c = await campaignIn(sql, actor, id, 'care.write');
        const source = `entry:${actor.userId}:${input.requestId}`;
        const retried = await sql.query(`select 1 from care_stock_moves where source = $1`, [source]);
        const { stockId } = await receiveGoods(sql, {
          campaignId: id,
          item: input.item,
          unit: input.unit,
          quantity: input.quantity,
          valueFen: input.valueFen ?? null,
          source,
        });
        if (!retried.rows.length)
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
            },
          });
        return (await listStock(sql, id)).find((s) => s.id === stockId) as Awaited<
          ReturnType<typeof listStock>
        >[number];
      });
    },
  };
}

export type CampaignsService = ReturnType<typeof createCampaignsService>;
