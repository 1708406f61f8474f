import { type FigureNote, noteMakers } from '../../shared/figure-notes.ts';
import type { StatsPeriod } from '../../shared/period.ts';

/**
 * What each figure of the founding and election statistics counts and by which day (issue 41), as
 * elections.recount.repository.ts and the committees' terms count it: one list for the page's notes and the
 * export's 说明 sheet. Each figure is counted in the union concerned.
 */
export function electionFigureNotes(p: StatsPeriod): FigureNote[] {
  const { flow, over, state } = noteMakers(p);
  const at = '，按该工会统计';
  const atEn = ', in that union';
  return [
    flow(
      'founded',
      { zh: '新建工会数', en: 'Unions founded' },
      `经批准组建、成立大会选举委员会之日在期间内的工会${at}`,
      `Unions whose founding was approved, by the day the founding meeting elected the committee${atEn}`,
    ),
    flow(
      'foundingMembers',
      { zh: '建会时会员数', en: 'Members at founding' },
      `这些工会组建时登记的会员数之和${at}`,
      `The members those unions had when founded, as recorded${atEn}`,
    ),
    flow(
      'held',
      { zh: '换届选举次数', en: 'Elections held' },
      `选举日期在期间内的选举${at}`,
      `Elections by the day held${atEn}`,
    ),
    over(
      'due',
      { zh: '任期届满数', en: 'Terms ending' },
      `任期届满日期（最近一次选举起算）在期间内、届满前未提前换届的委员会${at}`,
      `Committees whose term (from their election) ends in the period, not replaced before it ended${atEn}`,
      p.from,
      p.to,
    ),
    state(
      'overdue',
      { zh: '逾期未换届的工会数', en: 'Unions overdue' },
      `当日在任委员会的任期已届满、尚未换届的工会（已撤销的工会不计）${at}`,
      `Unions whose sitting committee's term had ended that day without an election (closed unions not)${atEn}`,
    ),
    over(
      'years.overdue',
      { zh: '逾期未换届（各年年末）', en: 'Overdue at each year’s end' },
      `各年12月31日（当年为截至${p.asOf}）逾期未换届的工会数`,
      `Unions overdue on 31 December of each year (this year: as of ${p.asOf})`,
      p.from,
      p.to,
    ),
  ];
}
