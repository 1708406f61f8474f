import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { chinaDayOf, effectiveDay } from '../../shared/effective.ts';
import { recordFileName } from '../../shared/export-list.ts';
import { withTotalAt } from '../../shared/sheet-totals.ts';
import { sheetTitle } from '../../shared/xlsx-writer.ts';
import { exportList, listEdits, recordAudit } from '../audit/index.ts';
import { findOrgById, type OrgRow, unionNameAsked } from '../org/index.ts';
import type { CampaignRow } from './campaigns.repository.ts';
import { campaignIn } from './campaigns.service.ts';
import { countVisit } from './care.counts.ts';
import { careErrors } from './care.errors.ts';
import type { RecipientKind } from './care.vocabulary.ts';
import { grantsOf, openVisitGrant } from './grants.ts';
import { KIND_ZH } from './report.service.ts';
import { type Delivery, deliverGoods } from './stock.ts';
import { applyVisitEdit, type EditVisitInput, isCorrectable } from './visits.edit.ts';
import {
  findVisit,
  insertVisit,
  listVisitPhotos,
  listVisitRows,
  memberIn,
  presentVisit,
  setVisitGrantApplication,
  type VisitRow,
} from './visits.repository.ts';

export interface LogVisitInput {
  campaignId?: number | null;
  /** The visiting union. */
  orgId: number;
  recipientKind: RecipientKind;
  personId?: number | null;
  unitName?: string | null;
  /** Workers reached; 1 for a person, required for a unit. */
  people?: number;
  visitedOn: string;
  visitors: string;
  note?: string | null;
  goods: Delivery[];
  grantFen?: number;
}

/** Who the visit went to: a member of the visiting union's subtree, or a named unit. */
async function recipientOf(sql: Sql, org: OrgRow, input: LogVisitInput) {
  if (input.recipientKind === 'person') {
    if (!input.personId)
      throw careErrors.invalid('personId', '请选择走访的职工', 'Choose the person visited');
    const name = await memberIn(sql, input.personId, org.path);
    if (!name) throw careErrors.personNotFound();
    return { name, people: 1 };
  }
  const unit = input.unitName?.trim();
  if (!unit) throw careErrors.invalid('unitName', '请填写走访单位名称', 'Name the unit visited');
  if (!input.people)
    throw careErrors.invalid('people', '请填写慰问的职工人数', 'Give the number of workers reached');
  if (input.grantFen)
    throw careErrors.invalid(
      'grantFen',
      '一次性慰问金只发给职工个人',
      'A one-time grant goes to a person, not to a unit',
    );
  return { name: unit, people: input.people };
}

/** The campaign a visit belongs to: the visiting union lies in its subtree and the day in its period. */
async function campaignFor(sql: Sql, actor: Actor, org: OrgRow, input: LogVisitInput) {
  if (!input.campaignId) {
    if (input.goods.length)
      throw careErrors.invalid(
        'goods',
        '物资须从送温暖活动的库存中发放',
        "Goods are given out of a campaign's stock",
      );
    return null;
  }
  const c: CampaignRow = await campaignIn(
    sql,
    actor,
    input.campaignId,
    'care.write',
    'offered',
    'campaignId',
  );
  if (!org.path.startsWith(c.orgPath))
    throw careErrors.invalid(
      'orgId',
      '走访工会不在该活动的范围内',
      "The visiting union is outside the campaign's union",
    );
  if (input.visitedOn < c.startsOn || input.visitedOn > c.endsOn)
    throw careErrors.invalid(
      'visitedOn',
      `走访日期 ${input.visitedOn} 不在活动期间（${c.startsOn}至${c.endsOn}）`,
      `The visit date ${input.visitedOn} is outside the campaign (${c.startsOn} to ${c.endsOn})`,
    );
  return c;
}

function checkGoods(goods: Delivery[]) {
  const seen = new Set<number>();
  goods.forEach((g, i) => {
    if (seen.has(g.stockId))
      throw careErrors.invalid(
        `goods.${i}.stockId`,
        `第${i + 1}项物资重复`,
        `Goods ${i + 1} are listed twice`,
      );
    seen.add(g.stockId);
  });
}

/**
 * Logs a visit in one transaction: the goods out of stock, the counts, the grant's application, the audit. The
 * visit's day is the day it happened (ADR 40): not in the future, a past day needs history.backdate; it counts on
 * that day, and its grant is applied for on it (the grant's approval cannot precede it).
 */
export async function logVisitIn(sql: Sql, actor: Actor, input: LogVisitInput, now: Date): Promise<VisitRow> {
  const org = await findOrgById(sql, input.orgId);
  if (!org) throw careErrors.unionNotFound();
  requireAccess(actor, 'care.write', { orgPath: org.path });
  effectiveDay(actor, input.visitedOn, { zh: '走访', en: 'visit' }, [], { field: 'visitedOn', now });
  checkGoods(input.goods);
  const campaign = await campaignFor(sql, actor, org, input);
  const recipient = await recipientOf(sql, org, input);
  const grantFen = input.grantFen ?? 0;
  const id = await insertVisit(sql, {
    campaignId: campaign?.id ?? null,
    orgId: org.id,
    recipientKind: input.recipientKind,
    personId: input.recipientKind === 'person' ? (input.personId ?? null) : null,
    unitName: input.recipientKind === 'person' ? null : recipient.name,
    people: recipient.people,
    visitedOn: input.visitedOn,
    visitors: input.visitors.trim(),
    note: input.note ?? null,
    grantFen,
    createdBy: actor.userId || null,
  });
  if (campaign)
    await deliverGoods(
      sql,
      { id, campaignId: campaign.id, orgId: org.id, visitedOn: input.visitedOn },
      input.goods,
    );
  if (grantFen > 0) {
    const applicationId = await openVisitGrant(sql, actor, {
      id,
      orgId: org.id,
      visitedOn: input.visitedOn,
      grantFen,
      recipient: recipient.name,
    });
    await setVisitGrantApplication(sql, id, applicationId);
  }
  const visit = (await findVisit(sql, id)) as VisitRow;
  await countVisit(sql, {
    orgId: org.id,
    campaignId: campaign?.id ?? null,
    visitedOn: input.visitedOn,
    recipientKind: input.recipientKind,
    people: recipient.people,
    goods: visit.goods,
  });
  await recordAudit(sql, actor, {
    action: 'care.visit.create',
    entity: 'care_visit',
    entityId: id,
    orgId: org.id,
    after: {
      campaignId: campaign?.id ?? null,
      recipientKind: input.recipientKind,
      personId: input.personId ?? null,
      visitedOn: input.visitedOn,
      people: recipient.people,
      goods: visit.goods,
      grantFen,
    },
  });
  return visit;
}

/**
 * A visit's 确认 cell in the export, in words: how it was confirmed and when, or 待确认 while the worker has not
 * confirmed it on the phone and no signed receipt is uploaded (the list's and the drawer's 待确认).
 */
const confirmationZh = (v: Pick<VisitRow, 'confirmedAt' | 'confirmedHow'>) =>
  v.confirmedAt
    ? `${v.confirmedHow === 'receipt' ? '凭签收单确认' : '职工本人确认'}（${v.confirmedAt}）`
    : '待确认';

/** The visit, when the actor may reach the visiting union with `permission`; `lock`: its row locked (findVisit). */
export async function visitIn(
  sql: Sql,
  actor: Actor,
  id: number,
  permission: 'care.read' | 'care.write',
  lock = false,
) {
  const v = await findVisit(sql, id, lock);
  if (!v) throw careErrors.visitNotFound();
  requireAccess(actor, permission, { orgPath: v.orgPath });
  return v;
}

export function createVisitsService(db: Db, clock: Clock) {
  /** A visit, its grant, its photos and its corrections. */
  const getVisit = async (actor: Actor, id: number) => {
    const v = await visitIn(db, actor, id, 'care.read');
    const grants = v.grantApplicationId ? await grantsOf(db, [v.grantApplicationId]) : new Map();
    const photos = await listVisitPhotos(db, id);
    return {
      visit: presentVisit(v),
      grant: (v.grantApplicationId && grants.get(v.grantApplicationId)) || null,
      photos,
      correctable: isCorrectable(v),
      edits: await listEdits(db, 'care_visit', id),
    };
  };

  return {
    async logVisit(actor: Actor, input: LogVisitInput) {
      return presentVisit(await db.tx((sql) => logVisitIn(sql, actor, input, clock())));
    },

    async listVisits(
      actor: Actor,
      q: { campaignId?: number; orgId?: number; year?: number; page?: number; pageSize?: number },
    ) {
      requireAccess(actor, 'care.read');
      let subtree: Actor | { path: string } = actor;
      if (q.orgId !== undefined) {
        const org = await findOrgById(db, q.orgId);
        if (!org) throw careErrors.unionNotFound();
        requireAccess(actor, 'care.read', { orgPath: org.path });
        subtree = { path: org.path };
      }
      if (q.campaignId !== undefined)
        await campaignIn(db, actor, q.campaignId, 'care.read', 'offered', 'campaignId');
      const { items, total } = await listVisitRows(db, subtree, q);
      return { items: items.map(presentVisit), total };
    },

    /**
     * The visits as listed (every one, at most EXPORT_MAX; more is refused, never cut), as .xlsx. The visits of one
     * campaign (its page's 导出走访记录) are named by it, file and sheet — 2021年冬季送温暖-走访记录（截至…）.xlsx,
     * as its report is — not by the union asked, whose list the file would else claim to be.
     */
    async exportVisits(actor: Actor, q: { campaignId?: number; orgId?: number; year?: number }) {
      const union = await unionNameAsked(db, actor, q.orgId);
      const campaign =
        q.campaignId === undefined
          ? null
          : await campaignIn(db, actor, q.campaignId, 'care.read', 'offered', 'campaignId');
      const day = todayInChina(clock());
      const exported = await exportList(db, actor, q, {
        list: (paging) => this.listVisits(actor, { ...q, ...paging }),
        rows: {
          code: 'CARE_EXPORT_TOO_MANY',
          noun: { zh: '走访记录', unit: '条', en: 'visits' },
          narrow: { zh: '请按活动或工会分次导出', en: 'export by campaign or union' },
        },
        sheet: (items) => ({
          name: campaign ? sheetTitle(campaign.title, '走访记录') : '走访记录',
          headers: [
            '走访日期',
            '录入日期',
            '活动',
            '工会',
            '对象类型',
            '走访对象',
            '惠及人数',
            '走访人',
            '发放物资',
            '慰问金（元）',
            '确认',
            '备注',
          ],
          widths: [12, 12, 24, 28, 10, 24, 10, 20, 36, 12, 18, 30],
          // a 合计 row sums 惠及人数 and 慰问金 as the campaign report counts them
          rows: withTotalAt(
            CAMPAIGN,
            items.map((v) => [
              v.visitedOn,
              chinaDayOf(v.createdAt),
              v.campaign ?? '',
              v.orgName,
              KIND_ZH[v.recipientKind],
              v.recipient,
              v.people,
              v.visitors,
              v.goods.map((g) => `${g.item}${g.quantity}${g.unit}`).join('、') || (v.goodsWritten ?? ''),
              v.grantFen ? v.grantFen / 100 : null,
              confirmationZh(v),
              v.note ?? '',
            ]),
          ),
        }),
        audit: { action: 'care.visit.export', entity: 'care_visit', orgId: actor.orgId },
        file: { union, what: '送温暖走访记录', day },
      });
      if (!campaign) return exported;
      // a union asked besides: that union's visits of the campaign
      const what = q.orgId === undefined ? '走访记录' : `${union}走访记录`;
      return { ...exported, fileName: recordFileName(campaign.title, what, { day }) };
    },

    getVisit,

    /** Corrects a visit brought in from a past ledger (visits.edit.ts); answers it as `getVisit` does. */
    async editVisit(actor: Actor, id: number, input: EditVisitInput) {
      await db.tx(async (sql) =>
        applyVisitEdit(sql, actor, await visitIn(sql, actor, id, 'care.write', true), input, clock()),
      );
      return getVisit(actor, id);
    },
  };
}

export type VisitsService = ReturnType<typeof createVisitsService>;

/** The visits export's first column of text (活动), after its days: the 合计 row's label. */
const CAMPAIGN = 2;
