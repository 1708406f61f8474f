import { unionColumn } from '../../shared/register-columns.ts';
import { headersOf, type RegisterColumn, type RegisterSpec } from '../../shared/register-sheet.ts';

/**
 * The congresses' register (职代会届次与会议): one row per session held — the enterprise's union, its congress (name
 * and form, both optional), the term (届次 with its first and last day) and the session (会次, its name and the day
 * held). Read by congresses.import.plan.ts.
 */
export type Key =
  | 'union'
  | 'name'
  | 'kind'
  | 'term'
  | 'termStartsOn'
  | 'termEndsOn'
  | 'session'
  | 'title'
  | 'heldOn';

/** The congress's form as the register writes it: its Chinese name, and the word that ends its default names. */
export const KIND_ZH = { congress: '职工代表大会', assembly: '职工大会' } as const;
const KIND_EN = { congress: "workers' congress", assembly: "workers' assembly" } as const;

const COLUMNS: RegisterColumn<Key>[] = [
  unionColumn({
    aliases: ['工会名称', '企业工会', '单位工会', '统一社会信用代码'],
    note: {
      zh: '召开职代会的企业（单位）工会全称、简称或统一社会信用代码；同一工会的各行为同一个职代会',
      en: 'The full name, short name or unified social credit code of the enterprise union holding the congress; the rows of one union are one congress',
    },
    example: '北京市邮政公司工会',
  }),
  {
    key: 'name',
    header: '职代会名称',
    en: 'congress name',
    aliases: ['大会名称', '名称'],
    kind: 'text',
    max: 100,
    note: '可不填：默认为单位名称（工会名称去掉末尾的“工会”）＋职工代表大会（形式为职工大会的，＋职工大会）；该工会已建立职代会的，不填或填写相同名称',
    noteEn:
      'May be left empty: by default the enterprise\'s name (the union\'s, without the closing word for union) followed by "workers\' congress" (or "workers\' assembly"); where the union has a congress already, leave it empty or give the same name',
    example: '',
  },
  {
    key: 'kind',
    header: '形式',
    en: 'form',
    aliases: ['大会形式', '会议形式', '职代会形式'],
    kind: 'choice',
    choices: [
      { value: 'congress', zh: KIND_ZH.congress, en: KIND_EN.congress, aliases: ['职代会', '代表大会'] },
      { value: 'assembly', zh: KIND_ZH.assembly, en: KIND_EN.assembly },
    ],
    note: '职工代表大会 或 职工大会；不填为职工代表大会',
    noteEn: "A workers' congress or a workers' assembly; a congress when left empty",
    example: '职工代表大会',
  },
  {
    key: 'term',
    header: '届次',
    en: 'term',
    aliases: ['第几届', '届别', '本届届次'],
    required: true,
    kind: 'text',
    max: 20,
    note: '如 3、第3届 或 第三届',
    noteEn:
      'The number of the term, in digits or in Chinese, with or without "the Nth term" in Chinese, e.g. 3',
    example: '第3届',
  },
  {
    key: 'termStartsOn',
    header: '本届开始日期',
    en: 'term starts on',
    aliases: ['届期开始日期', '本届起始日期', '任期开始日期'],
    required: true,
    kind: 'date',
    note: '本届职代会的起始日期；同一届的各行填写相同日期',
    noteEn: "The first day of the congress's term; the rows of one term give the same day",
    example: '2022-03-01',
  },
  {
    key: 'termEndsOn',
    header: '本届结束日期',
    en: 'term ends on',
    aliases: ['届期结束日期', '本届届满日期', '任期结束日期'],
    required: true,
    kind: 'date',
    future: true,
    note: '本届职代会的届满日期，不早于开始日期，可晚于今天；同一届的各行填写相同日期',
    noteEn:
      'The last day of the term, not before its first, and may be after today; the rows of one term give the same day',
    example: '2027-02-28',
  },
  {
    key: 'session',
    header: '会次',
    en: 'session',
    aliases: ['会议次数', '第几次会议', '次数'],
    required: true,
    kind: 'text',
    max: 20,
    note: '本届的第几次会议，如 1、第1次 或 第一次会议',
    noteEn:
      'Which session of the term, in digits or in Chinese, with or without "the Nth session" in Chinese, e.g. 1',
    example: '第2次会议',
  },
  {
    key: 'title',
    header: '会议名称',
    en: 'session name',
    aliases: ['会议', '会议标题'],
    kind: 'text',
    max: 200,
    note: '可不填：默认为“第N届第M次职工代表大会”（形式为职工大会的，为“第N届第M次职工大会”）',
    noteEn:
      'May be left empty: by default "term N, session M of the workers\' congress" in Chinese (or of the assembly)',
    example: '三届二次职代会',
  },
  {
    key: 'heldOn',
    header: '召开日期',
    en: 'held on',
    aliases: ['会议日期', '开会日期', '召开时间'],
    required: true,
    kind: 'date',
    notAhead: {
      zh: '尚未召开的会议请在职代会页面新建',
      en: 'enter a session yet to be held on the congress page',
    },
    note: '会议召开的日期，在本届起止日期之内，不晚于今天；按此日期计入职代会统计',
    noteEn:
      'The day the session was held, within the term and not after today; the congress statistics count it on this day',
    example: '2023-03-15',
  },
];

export const CONGRESS_REGISTER: RegisterSpec<Key> = {
  title: { zh: '职代会届次与会议', en: 'congress terms and sessions' },
  maxRows: 20_000,
  notes: [
    '每行一次已召开的会议：同一工会的各行为同一个职代会，同一工会、同一届次的各行为同一届。',
    '该工会尚无职代会的，导入时建立（职代会的代表比例、附议人数、答复期限等设置取默认值，可在职代会页面修改）；已有的沿用，届次已登记的，本届起止日期须与平台上一致。',
    '导入的会议不再征集提案：其提案征集期记为召开当日；按召开日期计入职代会统计（召开会议次数、按期召开），职代会自第一届开始之日起计入职代会数。',
    '同一届、同一会次已登记且召开日期相同的行跳过（已在册）；召开日期不同的行报错，不覆盖已登记的会议。',
  ],
  notesEn: [
    'One session held per row: the rows of one union are one congress, and the rows of one union and term are one term.',
    "A union without a congress gets one (its settings - the delegates' proportions, co-signatures, days to answer - take their defaults and can be changed on the congress page); one with a congress keeps it, and a term on record must be given with the days it has there.",
    'An imported session takes no more proposals: its proposal window is the day it was held. It counts in the congress statistics (sessions held, held on time) on the day held, and the congress counts from the first day of its first term.',
    'A row giving a session on record (the same term and session) with the same day is skipped (on record); one with another day is an error, and the session on record is never overwritten.',
  ],
  columns: COLUMNS,
};

/**
 * The default names of what a row leaves unnamed: the congress by its enterprise — the union's name without its
 * closing 工会, as congresses are named on their page (北京顺鑫杨镇农业有限公司工会 → 北京顺鑫杨镇农业有限公司职工代表大会)
 * — and the session by its term and number.
 */
export const defaultCongressName = (union: string, kind: keyof typeof KIND_ZH) =>
  `${union.replace(/(.)工会$/, '$1')}${KIND_ZH[kind]}`;
export const defaultSessionTitle = (term: number, session: number, kind: keyof typeof KIND_ZH) =>
  `第${term}届第${session}次${KIND_ZH[kind]}`;

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A number written in Chinese up to 九百九十九 (三, 十二, 二十, 一百零五), or null. */
function chineseNumber(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    const unit = ch === '百' ? 100 : ch === '十' ? 10 : 0;
    if (unit) {
      total += (digit ?? 1) * unit;
      digit = null;
    } else if (ch in CHINESE_DIGITS) {
      // two digits side by side (二〇, 一二) are not a number of this kind, but for 零 after a hundred (一百零五)
      if (digit !== null && digit !== 0) return null;
      digit = CHINESE_DIGITS[ch];
    } else return null;
  }
  return s ? total + (digit ?? 0) : null;
}

/**
 * A term's or a session's number as clerks write it: 3, ３, 第3届, 第三届, 三届, 第2次, 第二次会议 (`unit` 届 or 次);
 * null for anything else or a number outside 1–1000.
 */
export function readOrdinal(text: string, unit: '届' | '次'): number | null {
  const m = new RegExp(`^第?([0-9]+|[零〇一二两三四五六七八九十百]+)(?:${unit})?(?:会议|会)?$`).exec(
    text.normalize('NFKC').replace(/\s/g, ''),
  );
  if (!m) return null;
  const n = /^[0-9]/.test(m[1]) ? Number(m[1]) : chineseNumber(m[1]);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 1000 ? n : null;
}

/** The register's headers by column key: how its refusals name a column. */
export const H = headersOf(CONGRESS_REGISTER.columns);
