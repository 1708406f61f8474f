import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { statsPeriod } from '../../shared/period.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { sumCounts } from '../reporting/index.ts';
import { campaignIn, presentCampaign } from './campaigns.service.ts';
import { CARE_SUBJECTS, parseGoodsDim } from './care.counts.ts';
import { RECIPIENT_KINDS, type RecipientKind } from './care.types.ts';
import { grantsOf } from './grants.ts';
import { listCampaignVisitGrants } from './visits.repository.ts';

export const KIND_ZH: Record<RecipientKind, string> = {
  person: '职工个人',
  enterprise: '企业',
  building: '楼宇',
  community: '社区',
  village: '结对村',
};

/**
 * A campaign's report over its period or any days (issue 23): visits, workers reached and goods given by item
 * from the counts kept with each visit on its day (reporting layer), and the grants of those visits, approved
 * and paid, from the programs ledger.
 */
export function createReportService(db: Db, clock: Clock) {
  async function getReport(actor: Actor, campaignId: number, q: { from?: string; to?: string } = {}) {
    const c = await campaignIn(db, actor, campaignId, 'care.read');
    const period = statsPeriod({ from: q.from ?? c.startsOn, to: q.to ?? c.endsOn }, todayInChina(clock()));
    const counts = (
      await sumCounts(db, {
        subject: Object.values(CARE_SUBJECTS),
        path: c.orgPath,
        from: period.from,
        to: period.to,
        by: ['subject', 'dim', 'dim2'],
      })
    ).filter((r) => r.dim === String(campaignId));
    const sum = (subject: string, kinds?: RecipientKind[]) =>
      counts
        .filter((r) => r.subject === subject && (!kinds || kinds.includes(r.dim2 as RecipientKind)))
        .reduce((s, r) => s + r.n, 0);
    const units = RECIPIENT_KINDS.filter((k) => k !== 'person')
      .map((kind) => ({ kind, n: sum(CARE_SUBJECTS.visits, [kind]) }))
      .filter((u) => u.n > 0);
    const goods = counts
      .filter((r) => r.subject === CARE_SUBJECTS.goods && r.n !== 0)
      .map((r) => ({ ...parseGoodsDim(r.dim2), quantity: r.n }))
      .sort((a, b) => b.quantity - a.quantity || a.item.localeCompare(b.item));
    const apps = await listCampaignVisitGrants(db, campaignId, period.from, period.to);
    const grants = [
      ...(
        await grantsOf(
          db,
          apps.map((a) => a.applicationId),
        )
      ).values(),
    ];
    return {
      campaign: presentCampaign(c),
      ...period,
      visits: sum(CARE_SUBJECTS.visits),
      peopleReached: sum(CARE_SUBJECTS.people),
      personsVisited: sum(CARE_SUBJECTS.visits, ['person']),
      units,
      goods,
      grants: {
        approved: grants.filter((g) => g.status === 'approved').length,
        paidFen: grants.reduce((s, g) => s + g.paidFen, 0),
        loggedFen: apps.reduce((s, a) => s + a.grantFen, 0),
      },
    };
  }

  return {
    getReport,
    async exportReport(actor: Actor, campaignId: number, q: { from?: string; to?: string } = {}) {
      const r = await getReport(actor, campaignId, q);
      const whole = r.from === r.campaign.startsOn && r.to === r.campaign.endsOn;
      const buffer = writeWorkbook([
        {
          name: '活动概况',
          headers: ['项目', '数值'],
          rows: [
            ['活动', r.campaign.title],
            ['主办工会', r.campaign.orgName],
            ['活动期间', `${r.campaign.startsOn} 至 ${r.campaign.endsOn}`],
            ['统计期间', `${r.from} 至 ${r.to}`],
            ['预算（元）', r.campaign.budgetFen / 100],
            ['走访次数', r.visits],
            ['惠及职工（人次）', r.peopleReached],
            ['走访职工个人（人）', r.personsVisited],
            ...r.units.map((u) => [`走访${KIND_ZH[u.kind]}（家）`, u.n]),
            ['慰问金已审批（笔）', r.grants.approved],
            ['慰问金已发放（元）', r.grants.paidFen / 100],
          ],
          widths: [24, 36],
        },
        {
          name: '发放物资',
          headers: ['物资', '单位', '数量'],
          rows: r.goods.map((g) => [g.item, g.unit, g.quantity]),
        },
      ]);
      const part = whole ? '' : `（${r.from}至${r.to}）`;
      return { buffer, fileName: `${r.campaign.title}-活动报告${part}.xlsx` };
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
