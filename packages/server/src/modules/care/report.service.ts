import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { recordFileName } from '../../shared/export-list.ts';
import { type FigureNote, noteMakers, notesSheet } from '../../shared/figure-notes.ts';
import { figuresSheet, periodLine, periodWords, unionLine } from '../../shared/figures-sheet.ts';
import { type StatsPeriod, statsPeriod } from '../../shared/period.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { sumCounts } from '../reporting/index.ts';
import { campaignIn, presentCampaign } from './campaigns.service.ts';
import { CARE_SUBJECTS, parseGoodsDim } from './care.counts.ts';
import { RECIPIENT_KINDS, type RecipientKind } from './care.vocabulary.ts';
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
 * What each figure of a campaign's report counts and by which day (issue 41), as care.counts.ts keeps it: one list
 * for the page's notes and the export's 说明 sheet. Visits count on their day, at the visiting union; grants are
 * those of the period's visits, approved and paid as the ledger stands today.
 */
export function careFigureNotes(p: StatsPeriod, today: string): FigureNote[] {
  const { flow, state } = noteMakers(p);
  const at = '，按走访的工会统计';
  const atEn = ', by the visiting union';
  const ledger = `，审批和发放按${today}的台账计`;
  const ledgerEn = `, approved and paid as the ledger stands on ${today}`;
  return [
    state(
      'campaign.budgetFen',
      { zh: '预算', en: 'Budget' },
      '活动设定的预算',
      'The budget the campaign set',
    ),
    {
      key: 'campaign.visits',
      label: { zh: '活动走访记录', en: 'Visits on record' },
      note: {
        zh: `本活动登记的全部走访（不限统计期间），截至${today}`,
        en: `Every visit logged in the campaign (whatever the period), as of ${today}`,
      },
    },
    flow(
      'visits',
      { zh: '走访次数', en: 'Visits' },
      `走访日期在期间内的走访${at}`,
      `Visits by the day made${atEn}`,
    ),
    flow(
      'peopleReached',
      { zh: '惠及职工（人次）', en: 'Workers reached' },
      `这些走访登记的惠及职工人数之和${at}`,
      `The workers those visits recorded as reached${atEn}`,
    ),
    flow(
      'personsVisited',
      { zh: '走访职工个人', en: 'Workers visited' },
      '其中走访对象为职工个人的走访',
      'Of those, visits to a worker in person',
    ),
    flow(
      'units',
      { zh: '走访单位', en: 'Units visited' },
      '其中走访对象为企业、楼宇、社区或结对村的走访，按对象类型分',
      'Of those, visits to enterprises, buildings, communities or paired villages, by kind',
    ),
    flow(
      'quantity',
      { zh: '发放物资', en: 'Goods given' },
      `这些走访发放的物资数量，按物资和单位分${at}`,
      `The goods those visits gave, by item and unit${atEn}`,
    ),
    flow(
      'grants.approved',
      { zh: '慰问金已审批', en: 'Grants approved' },
      `这些走访的慰问金申请中已批准的笔数${ledger}`,
      `The grant applications of those visits that are approved${ledgerEn}`,
    ),
    flow(
      'grants.paidFen',
      { zh: '慰问金已发放', en: 'Grants paid' },
      `这些走访的慰问金已发放的金额${ledger}`,
      `What has been paid on the grants of those visits${ledgerEn}`,
    ),
    flow(
      'grants.loggedFen',
      { zh: '慰问金（登记）', en: 'Grants logged' },
      '这些走访登记时填写的慰问金金额之和',
      'The grant amounts written on those visits when logged',
    ),
  ];
}

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
      notes: careFigureNotes(period, todayInChina(clock())),
    };
  }

  return {
    getReport,
    async exportReport(actor: Actor, campaignId: number, q: { from?: string; to?: string } = {}) {
      const r = await getReport(actor, campaignId, q);
      const whole = r.from === r.campaign.startsOn && r.to === r.campaign.endsOn;
      const buffer = writeWorkbook([
        figuresSheet(
          '活动概况',
          [
            ['活动', r.campaign.title],
            // the campaign's union: its visits are counted in its subtree
            unionLine(r.campaign.orgName),
            ['活动期间', periodWords({ from: r.campaign.startsOn, to: r.campaign.endsOn })],
            periodLine(r),
            ['预算（元）', r.campaign.budgetFen / 100],
            ['走访次数', r.visits],
            ['惠及职工（人次）', r.peopleReached],
            ['走访职工个人（人）', r.personsVisited],
            ['走访单位（家）', r.units.reduce((s, u) => s + u.n, 0)],
            ...r.units.map((u) => [`其中：走访${KIND_ZH[u.kind]}（家）`, u.n]),
            ['慰问金已审批（笔）', r.grants.approved],
            ['慰问金已发放（元）', r.grants.paidFen / 100],
            ['慰问金（登记，元）', r.grants.loggedFen / 100],
          ],
          [24, 36],
        ),
        {
          name: '发放物资',
          headers: ['物资', '单位', '数量'],
          rows: r.goods.map((g) => [g.item, g.unit, g.quantity]),
        },
        notesSheet(r.notes),
      ]);
      // the whole campaign as of today, or the period asked
      const when = whole ? { day: todayInChina(clock()) } : { period: `${r.from}至${r.to}` };
      return { buffer, fileName: recordFileName(r.campaign.title, '活动报告', when) };
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
