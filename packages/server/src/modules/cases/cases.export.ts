import { writeXlsxFast } from '../../shared/xlsx-writer.ts';
import type { presentForStaff } from './cases.present.ts';
import { CHANNEL_NAMES } from './cases.types.ts';

/** The most requests one export holds; a larger list is refused with its count, never cut. */
export const EXPORT_MAX = 50_000;

const STATUS_ZH = { submitted: '待受理', accepted: '办理中', answered: '已答复', closed: '已办结' } as const;

type StaffView = ReturnType<typeof presentForStaff>;

/** The requests list as a clerk files it: one row per request, its days, where it stands and who handles it. */
export function caseListXlsx(items: StaffView[]): Buffer {
  const yesNo = (v: boolean | null) => (v === null ? '' : v ? '是' : '否');
  return writeXlsxFast([
    {
      name: '职工诉求',
      headers: [
        '编号',
        '收到日期',
        '收到时间',
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
        '答复日期',
        '办结日期',
        '逾期',
        '按时答复',
        '评价（1–5分）',
      ],
      widths: [8, 12, 10, 16, 12, 50, 10, 28, 28, 10, 8, 12, 12, 12, 12, 12, 6, 8, 12],
      rows: items.map((c) => [
        c.id,
        c.filedOn,
        c.receivedTime ?? '',
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
        c.answeredOn ?? '',
        c.closedOn ?? '',
        yesNo(c.overdue),
        yesNo(c.onTime),
        c.rating ?? '',
      ]),
    },
  ]);
}
