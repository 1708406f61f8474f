import { daysAsked, type FilterLine, filterLines } from '../../shared/export-list.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import type { presentForStaff } from './cases.present.ts';
import { CHANNEL_NAMES } from './cases.types.ts';

/** The most requests one export holds; a larger list is refused with its count, never cut. */
export const EXPORT_MAX = 50_000;

const STATUS_ZH = { submitted: '待受理', accepted: '办理中', answered: '已答复', closed: '已办结' } as const;

type StaffView = ReturnType<typeof presentForStaff>;

/**
 * The filters the requests' list was exported with, in the words of its page, for its 范围 sheet: the status (未办结
 * for every one not closed), channel, category (its name, `categoryZh`), overdue or not, the own union's desk, the
 * words searched and the days received.
 */
export function caseFilterLines(
  q: {
    status?: keyof typeof STATUS_ZH | 'open';
    channel?: keyof typeof CHANNEL_NAMES;
    category?: string;
    overdue?: boolean;
    mine?: boolean;
    q?: string;
    from?: string;
    to?: string;
  },
  categoryZh?: string,
): FilterLine[] {
  return filterLines([
    ['状态', q.status && (q.status === 'open' ? '未办结' : STATUS_ZH[q.status])],
    ['渠道', q.channel && CHANNEL_NAMES[q.channel].zh],
    ['类别', q.category && (categoryZh ?? q.category)],
    ['是否逾期', q.overdue === undefined ? undefined : q.overdue ? '逾期' : '未逾期'],
    ['承办', q.mine, '仅本单位承办的'],
    ['诉求内容包含', q.q?.trim()],
    ['收到日期', daysAsked(q.from, q.to)],
  ]);
}

/** The day each step of a request was entered (录入日期), by request id; a step not found: the request's own. */
export type StepEntryDays = Map<string, Map<string, string>>;

/**
 * The requests list as a clerk files it: one row per request, its days, where it stands and who handles it; beside
 * each day a decision happened, the day it was entered (录入日期), later for what was brought in after the fact.
 */
export function caseListXlsx(
  items: StaffView[],
  entered: StepEntryDays = new Map(),
  scope?: XlsxSheet,
): Buffer {
  // A step taken with a later one (an answer accepts the request too) was entered with it.
  const enteredOf = (c: StaffView, day: string | null, actions: string[]) => {
    if (!day) return '';
    const steps = entered.get(String(c.id));
    for (const a of actions) if (steps?.get(a)) return steps.get(a) as string;
    return c.enteredOn;
  };
  const yesNo = (v: boolean | null) => (v === null ? '' : v ? '是' : '否');
  return writeWorkbook([
    {
      name: '职工诉求',
      headers: [
        '编号',
        '收到日期',
        '收到时间',
        '录入日期',
        '渠道',
        '类别',
        '诉求内容',
        '职工',
        '提交工会',
        '承办工会',
        '承办人',
        '状态',
        '受理时限',
        '答复时限',
        '受理日期',
        '受理录入日期',
        '答复日期',
        '答复录入日期',
        '办结日期',
        '办结录入日期',
        '逾期',
        '按时答复',
        '评价（1–5分）',
      ],
      widths: [8, 12, 10, 12, 16, 12, 50, 10, 28, 28, 10, 8, 12, 12, 12, 12, 12, 12, 12, 12, 6, 8, 12],
      // 收到时间 is the moment it came in, its day and time as told (to the minute or, the cut-off being compared to
      // the second, to the second): a date-time cell, every one shown yyyy-mm-dd hh:mm:ss, that sorts and filters
      rows: items.map((c) => [
        c.id,
        c.filedOn,
        c.receivedTime
          ? `${c.filedOn} ${c.receivedTime.length === 5 ? `${c.receivedTime}:00` : c.receivedTime}`
          : '',
        c.enteredOn,
        CHANNEL_NAMES[c.channel].zh,
        c.categoryName.zh,
        c.description,
        c.worker?.name ??
          (c.identity === 'anonymous' ? '匿名' : c.identity === 'hidden' ? '（不在承办范围，不显示）' : ''),
        c.filedOrgName,
        c.orgName,
        c.handlerName ?? '',
        STATUS_ZH[c.status],
        c.ackDue,
        c.answerDue,
        c.acceptedOn ?? '',
        enteredOf(c, c.acceptedOn, ['case.accept', 'case.reply', 'case.close']),
        c.answeredOn ?? '',
        enteredOf(c, c.answeredOn, ['case.reply', 'case.close']),
        c.closedOn ?? '',
        // a rating closes an answered request: its closing was entered with the rating
        enteredOf(c, c.closedOn, ['case.close', 'case.rate']),
        yesNo(c.overdue),
        yesNo(c.onTime),
        c.rating ?? '',
      ]),
    },
    ...(scope ? [scope] : []),
  ]);
}
