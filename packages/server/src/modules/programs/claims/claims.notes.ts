import { type FigureNote, noteMakers } from '../../../shared/figure-notes.ts';

/**
 * What each figure of a claim program's statistics counts (issue 41): the program's grants, entries and
 * redemptions as they stand on `day` (today), for the figures panel. By union: the next level below the owner that
 * the worker's union lies in.
 */
export function claimFigureNotes(day: string): FigureNote[] {
  const { state } = noteMakers({ from: day, asOf: day });
  const byUnion = '（按领取职工所在工会，归到主办工会的下一级）';
  const byUnionEn = " (by the worker's union, under the owner's next level)";
  return [
    state(
      'stock',
      { zh: '名额', en: 'Places' },
      '项目设定的名额（不限名额的为空）',
      'The places the program offers (none when unlimited)',
    ),
    state(
      'granted',
      { zh: '已领取', en: 'Granted' },
      `有效的领取：已提交、退回修改或已批准的领取申请，撤销和不通过的不计${byUnion}`,
      `Live grants: claim applications submitted, returned or approved; withdrawn or refused ones not${byUnionEn}`,
    ),
    state(
      'distinctPeople',
      { zh: '领取人数', en: 'People' },
      '有效领取的不同职工人数',
      'The different workers holding a live grant',
    ),
    state(
      'left',
      { zh: '剩余名额', en: 'Left' },
      '名额减去本次领取期已用的名额（不限名额的为空）',
      'Places less those used in this claim window (none when unlimited)',
    ),
    state(
      'entries',
      { zh: '抽签报名', en: 'Lottery entries' },
      `抽签项目的报名人数${byUnion}`,
      `Entries to the lottery${byUnionEn}`,
    ),
    state(
      'redeemed',
      { zh: '已核销', en: 'Redeemed' },
      `在领取点核销的领取码（实物）${byUnion}`,
      `Pickup codes redeemed at the pickup point (goods)${byUnionEn}`,
    ),
    state(
      'unredeemed',
      { zh: '待领取', en: 'To collect' },
      '已领取减已核销：尚未到领取点取走的实物',
      'Granted less redeemed: goods not yet collected at the pickup point',
    ),
    state(
      'sellOutMs',
      { zh: '抢完用时', en: 'Time to sell out' },
      '先到先得项目名额领完时，从领取开放到最后一个名额被领走的时长',
      'For first-come programs that ran out: the time from the window opening to the last place taken',
    ),
    state(
      'draw.entries',
      { zh: '参与抽签', en: 'Entries drawn from' },
      '抽签时参与的报名数',
      'The entries the draw was made from',
    ),
    state('draw.winners', { zh: '中签', en: 'Winners' }, '抽签抽中的人数', 'The entries the draw chose'),
  ];
}
