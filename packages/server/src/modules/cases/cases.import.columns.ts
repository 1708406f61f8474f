import type { Db } from '../../db/db.ts';
import { unionColumn } from '../../shared/register-columns.ts';
import type { RegisterSpec } from '../../shared/register-sheet.ts';
import { listCategories } from './cases.calendar.repository.ts';
import { CHANNEL_NAMES } from './cases.types.ts';
import { CHANNELS } from './cases.vocabulary.ts';

/**
 * The requests register (诉求台账) brought in from a union's sheet (issue 23): each row a request with the day
 * and time it came in and, when it was handled, the days it was accepted, answered and closed. The dry run
 * (预检) reads and checks every row and says what would be created; the import writes all rows or none, in one
 * transaction. Imported requests are history: nobody is told of them, and the deadline sweep leaves them alone
 * (their deadlines were set before they were entered, ADR 40).
 */
export type CaseRegisterKey =
  | 'receivedOn'
  | 'receivedTime'
  | 'channel'
  | 'category'
  | 'description'
  | 'idNumber'
  | 'union'
  | 'anonymous'
  | 'acceptedOn'
  | 'answeredOn'
  | 'answer'
  | 'closedOn';

/** The requests register's name (its categories are read when its template is made). */
export const CASE_REGISTER_TITLE = { zh: '诉求台账', en: 'requests register' };

export async function caseRegister(db: Db): Promise<RegisterSpec<CaseRegisterKey>> {
  const categories = await listCategories(db);
  return {
    title: CASE_REGISTER_TITLE,
    maxRows: 100_000,
    notes: [
      '每行一件诉求。带 * 的列必填；其余按实际情况填写，未受理、未答复的留空。',
      '日期须依次不早于前一项：收到日期 ≤ 受理日期 ≤ 答复日期 ≤ 办结日期，且都不晚于今天。',
      '时限按收到日期计算：下班时间之后或休息日收到的，从下一个工作日起算。',
    ],
    notesEn: [
      'One request per row. The columns marked * are required; fill in the others as things stand, leaving empty what has not been accepted or answered.',
      'Each day is not before the one before it: received on ≤ accepted on ≤ answered on ≤ closed on, and none is after today.',
      'Time limits count from the day received: a request received after working hours or on a rest day counts from the next working day.',
    ],
    columns: [
      {
        key: 'receivedOn',
        header: '收到日期',
        en: 'received on',
        aliases: ['登记日期', '来访日期', '来信日期'],
        required: true,
        kind: 'date',
        note: '诉求收到的日期',
        noteEn: 'The day the request was received',
        example: '2025-03-03',
      },
      {
        key: 'receivedTime',
        header: '收到时间',
        en: 'received at',
        kind: 'time',
        note: '可不填；时:分 或 时:分:秒，填写后按下班时间判断时限起算日（下班时间默认为 17:30：17:30:00 及以前为当日，17:30:01 起为下一个工作日）',
        noteEn:
          'May be left empty; hours:minutes or hours:minutes:seconds. When given, the end of the working day decides the day the time limit starts (with the default end of day, 17:30: up to and including 17:30:00 the same day, from 17:30:01 the next working day)',
        example: '18:05',
      },
      {
        key: 'channel',
        header: '渠道',
        en: 'channel',
        aliases: ['来源', '反映渠道'],
        required: true,
        kind: 'choice',
        choices: CHANNELS.map((c) => ({ value: c, ...CHANNEL_NAMES[c] })),
        note: '诉求从哪里来',
        noteEn: 'Where the request came from',
        example: '接待日',
      },
      {
        key: 'category',
        header: '类别',
        en: 'category',
        aliases: ['诉求类别', '问题类别'],
        required: true,
        kind: 'choice',
        choices: categories.map((c) => ({ value: c.code, zh: c.nameZh, en: c.nameEn })),
        note: '诉求类别，决定办理时限',
        noteEn: "The request's category, which sets the time limit for handling it",
        example: categories[0]?.nameZh ?? '工资报酬',
      },
      {
        key: 'description',
        header: '诉求内容',
        en: 'description',
        aliases: ['反映问题', '内容'],
        required: true,
        kind: 'text',
        max: 4000,
        note: '职工反映的问题',
        noteEn: 'The problem the worker raised',
        example: '加班费未足额发放',
      },
      {
        key: 'idNumber',
        header: '职工身份证号',
        en: 'worker ID number',
        aliases: ['身份证号', '身份证号码'],
        kind: 'text',
        max: 30,
        note: '署名诉求的职工；匿名诉求不填',
        noteEn: 'The worker who made a named request; left empty for an anonymous request',
        example: '',
      },
      unionColumn({
        aliases: ['受理工会', '工会名称', '统一社会信用代码'],
        note: {
          zh: '工会全称或统一社会信用代码；不填则为该职工所在工会，或导入人所在工会',
          en: "The union's full name or unified social credit code; if left empty, the worker's union, or else the union of the person importing",
        },
        example: '',
        optional: true,
      }),
      {
        key: 'anonymous',
        header: '匿名',
        en: 'anonymous',
        kind: 'yesno',
        note: '是 / 否；任何渠道都可匿名，匿名诉求不登记职工',
        noteEn:
          'Yes / no; a request from any channel may be anonymous, and an anonymous request records no worker',
        example: '否',
      },
      {
        key: 'acceptedOn',
        header: '受理日期',
        en: 'accepted on',
        kind: 'date',
        note: '未受理的留空',
        noteEn: 'Left empty if not accepted',
        example: '2025-03-04',
      },
      {
        key: 'answeredOn',
        header: '答复日期',
        en: 'answered on',
        kind: 'date',
        note: '未答复的留空',
        noteEn: 'Left empty if not answered',
        example: '2025-03-10',
      },
      {
        key: 'answer',
        header: '答复内容',
        en: 'answer',
        aliases: ['办理结果', '答复意见'],
        kind: 'text',
        max: 4000,
        note: '填写答复日期时必填',
        noteEn: 'Required when the day answered is given',
        example: '已协调企业补发',
      },
      {
        key: 'closedOn',
        header: '办结日期',
        en: 'closed on',
        kind: 'date',
        note: '已办结的填写',
        noteEn: 'Given once the request is closed',
        example: '2025-03-12',
      },
    ],
  };
}
