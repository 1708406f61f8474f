import { unionColumn } from '../../shared/register-columns.ts';
import type { RegisterSpec } from '../../shared/register-sheet.ts';
import { ABSENT, PRESENT } from './wellness.import.ts';

/**
 * The register of 疗休养 and 体检 years (疗休养/体检台账, issue 42): one row per nominee of a batch, the batch named
 * by its program and title (created from the row's days and places when not on the platform yet), with the union
 * that nominated, the day nominated, what became of the nomination (on the list, replaced, withdrawn, and on which
 * day) and whether the worker went. Read and written by wellness.register.import.ts; its rules are in ADR 55.
 */
export type WellnessRegisterKey =
  | 'program'
  | 'batch'
  | 'institution'
  | 'startsOn'
  | 'endsOn'
  | 'closesOn'
  | 'places'
  | 'union'
  | 'idNumber'
  | 'name'
  | 'nominatedOn'
  | 'status'
  | 'endedOn'
  | 'replacedBy'
  | 'attended'
  | 'attendanceOn';

export const COL = {
  program: '项目名称',
  batch: '批次名称',
  institution: '接待机构',
  startsOn: '开始日期',
  endsOn: '结束日期',
  closesOn: '推荐截止日期',
  places: '批次名额',
  union: '推荐工会',
  idNumber: '身份证号',
  name: '姓名',
  nominatedOn: '推荐日期',
  status: '名单状态',
  endedOn: '变动日期',
  replacedBy: '替补人身份证号',
  attended: '是否到场',
  attendanceOn: '到场登记日期',
} as const satisfies Record<WellnessRegisterKey, string>;

export const WELLNESS_REGISTER: RegisterSpec<WellnessRegisterKey> = {
  title: { zh: '疗休养体检台账', en: 'wellness register' },
  maxRows: 20_000,
  notes: [
    '每行一名被推荐的职工。项目名称和批次名称相同的各行为同一批次；项目须已在平台上设立（在本工会或下级工会）。',
    '批次已在平台上时按名称找到，其日期、名额和机构以平台为准，可不填；批次不在平台上时按首行填写的接待机构、开始日期、结束日期、推荐截止日期和批次名额新建，同一批次各行填写的须一致。',
    '推荐工会须是项目所属工会的下级工会；导入按各工会的推荐人数给出名额（平台上已有的名额不够时增加），分配日期为该工会最早的推荐日期。',
    '推荐、替换和退出的日期须不晚于推荐截止日期，变动日期不早于推荐日期：与平台上逐笔录入时的规则相同。',
    '名单状态：在名单（默认）、被替换、退出。被替换的一行须填写替补人身份证号，替补人本身也须有一行，其推荐日期即替换日期；退出的一行须填写变动日期，名额退回。',
    '是否到场只对在名单的职工填写（批次开始后），不填为尚未登记；到场登记日期不填时为批次结束日期（批次未结束的为今天）。实际参加按批次开始日期计入统计，推荐、替换、退出各按其日期计入。',
    '导入不核对推荐条件和“近几年已参加”的限制（往年名单以工会台账为准），也不向任何人发送消息；已结算的批次不能再导入新的推荐。',
    '批次已在平台上时，与平台上该职工的推荐（推荐工会、推荐日期、名单状态、变动日期、替补人、是否到场及登记日期）相同的行再次导入时跳过（已在册）；不同的报错，不覆盖平台上的名单。同一职工在本表中比平台上多出的行按新的推荐导入。',
  ],
  notesEn: [
    'One nominated worker per row. Rows with the same program name and batch name are the same batch; the program must already be set up on the platform (by your union or a union under it).',
    "A batch already on the platform is found by its name, and its days, places and institution are the platform's, so they may be left empty; a batch not on the platform is created from the institution, starting day, ending day, closing day for nominations and places on its first row, and every row of the batch that gives them must agree.",
    "The nominating union must be a union under the program's union; the import gives each union as many places as it nominated (adding to the places on the platform where they are too few), allotted on that union's earliest day nominated.",
    'The days of nominations, replacements and withdrawals are not after the day nominations close, and the day changed is not before the day nominated: the same rules as for entries made one by one on the platform.',
    "List status: on the list (the default), replaced, withdrawn. A replaced row gives the substitute's ID number, and the substitute has a row of their own, whose day nominated is the day of the replacement; a withdrawn row gives the day changed, and the place is given back.",
    "Attended is filled in only for workers on the list (once the batch has begun); if left empty, not yet recorded. If the day attendance was recorded is left empty, it is the batch's last day (today for a batch not yet ended). Actual attendance counts in the figures by the day the batch starts; nominations, replacements and withdrawals each by their own day.",
    "The import does not check the nomination conditions or the limit on taking part in recent years (past lists follow the union's own records), and sends no messages to anyone; a batch already settled takes no new nominations.",
    "For a batch on the platform, a row giving the worker's nomination as it stands there (nominating union, day nominated, list status, day changed, substitute, attendance and the day it was recorded) is skipped when imported again (on record); one that differs is an error, and the list on the platform is never overwritten. A worker's rows beyond their nominations on the platform are imported as new nominations.",
  ],
  columns: [
    {
      key: 'program',
      header: COL.program,
      en: 'program',
      aliases: ['项目', '疗休养项目', '体检项目'],
      required: true,
      kind: 'text',
      max: 200,
      note: '平台上已设立的疗休养或健康体检项目的名称',
      noteEn: 'The name of a rest-and-recuperation or health check program set up on the platform',
      example: '职工疗休养',
    },
    {
      key: 'batch',
      header: COL.batch,
      en: 'batch',
      aliases: ['批次', '期次'],
      required: true,
      kind: 'text',
      max: 200,
      note: '批次的名称；同一批次各行相同',
      noteEn: "The batch's name; the same on every row of the same batch",
      example: '2024年第1期',
    },
    {
      key: 'institution',
      header: COL.institution,
      en: 'institution',
      aliases: ['疗养院', '体检机构', '机构'],
      kind: 'text',
      max: 200,
      note: '平台上已登记的疗养院或体检中心；新建批次时必填',
      noteEn: 'A sanatorium or health check centre registered on the platform; required for a new batch',
      example: '北戴河职工疗养院',
    },
    {
      key: 'startsOn',
      header: COL.startsOn,
      en: 'starts on',
      aliases: ['批次开始日期'],
      kind: 'date',
      future: true,
      note: '批次的第一天；新建批次时必填',
      noteEn: "The batch's first day; required for a new batch",
      example: '2024-05-10',
    },
    {
      key: 'endsOn',
      header: COL.endsOn,
      en: 'ends on',
      aliases: ['批次结束日期'],
      kind: 'date',
      future: true,
      note: '批次的最后一天；新建批次时必填，不早于开始日期',
      noteEn: "The batch's last day; required for a new batch, not before the day it starts",
      example: '2024-05-14',
    },
    {
      key: 'closesOn',
      header: COL.closesOn,
      en: 'closes on',
      aliases: ['截止日期', '报名截止日期'],
      kind: 'date',
      future: true,
      note: '推荐和替换截止的日期；新建批次时必填，不晚于开始日期',
      noteEn:
        'The last day for nominations and replacements; required for a new batch, not after the day it starts',
      example: '2024-04-30',
    },
    {
      key: 'places',
      header: COL.places,
      en: 'places',
      aliases: ['名额'],
      kind: 'int',
      note: '批次的名额；新建批次时必填，不超过机构每批可接待人数',
      noteEn: "The batch's places; required for a new batch, no more than the institution takes per batch",
      example: '40',
    },
    unionColumn({
      header: COL.union,
      en: 'nominating union',
      aliases: ['工会', '推荐单位', '所在工会'],
      note: {
        zh: '推荐该职工的工会：全称、简称或统一社会信用代码',
        en: 'The union that nominated the worker: full name, short name or unified social credit code',
      },
      example: '示例街道总工会',
    }),
    {
      key: 'idNumber',
      header: COL.idNumber,
      en: 'ID number',
      aliases: ['身份证号码', '证件号码'],
      required: true,
      kind: 'text',
      max: 30,
      note: '18位居民身份证号，须已在人员名册中',
      noteEn: 'The 18-digit resident ID number, already in the register of people',
      example: '110113199003151239',
    },
    {
      key: 'name',
      header: COL.name,
      en: 'name',
      aliases: ['职工姓名'],
      kind: 'text',
      max: 50,
      note: '核对用，可不填；填写的须与名册一致',
      noteEn: 'For checking, may be left empty; when given, it must match the register',
      example: '李明',
    },
    {
      key: 'nominatedOn',
      header: COL.nominatedOn,
      en: 'nominated on',
      aliases: ['推荐时间'],
      required: true,
      kind: 'date',
      note: '工会推荐该职工的日期，不晚于推荐截止日期',
      noteEn: 'The day the union nominated the worker, not after the day nominations close',
      example: '2024-04-20',
    },
    {
      key: 'status',
      header: COL.status,
      en: 'status',
      aliases: ['状态', '推荐状态'],
      kind: 'choice',
      choices: [
        { value: 'nominated', zh: '在名单', en: 'on the list', aliases: ['正常', '已推荐', '推荐'] },
        { value: 'replaced', zh: '被替换', en: 'replaced', aliases: ['替换', '已替换'] },
        { value: 'withdrawn', zh: '退出', en: 'withdrawn', aliases: ['撤回', '已退出', '放弃'] },
      ],
      note: '不填为在名单',
      noteEn: 'If left empty, on the list',
      example: '在名单',
    },
    {
      key: 'endedOn',
      header: COL.endedOn,
      en: 'changed on',
      aliases: ['替换日期', '退出日期'],
      kind: 'date',
      note: '被替换或退出的日期：退出时必填；被替换时可不填（即替补人的推荐日期）',
      noteEn:
        "The day replaced or withdrawn: required for a withdrawal; may be left empty for a replacement (it is then the substitute's day nominated)",
      example: '',
    },
    {
      key: 'replacedBy',
      header: COL.replacedBy,
      en: "substitute's ID number",
      aliases: ['替补人身份证号码'],
      kind: 'text',
      max: 30,
      note: '被替换时必填：替补人的身份证号，替补人在本表同一批次中另有一行',
      noteEn:
        "Required for a replacement: the substitute's ID number; the substitute has a row of their own in the same batch of this sheet",
      example: '',
    },
    {
      key: 'attended',
      header: COL.attended,
      en: 'attended',
      aliases: ['到场', '是否参加', '参加情况'],
      kind: 'choice',
      choices: [
        { value: 'attended', zh: '是', en: 'yes (present)', aliases: [...PRESENT] },
        { value: 'absent', zh: '否', en: 'no (absent)', aliases: [...ABSENT] },
      ],
      note: '在名单的职工是否参加；不填为尚未登记',
      noteEn: 'Whether a worker on the list took part; if left empty, not yet recorded',
      example: '是',
    },
    {
      key: 'attendanceOn',
      header: COL.attendanceOn,
      en: 'attendance recorded on',
      aliases: ['登记日期'],
      kind: 'date',
      note: '不早于批次开始日期；不填为批次结束日期（批次未结束的为今天）',
      noteEn:
        "Not before the day the batch starts; if left empty, the batch's last day (today for a batch not yet ended)",
      example: '',
    },
  ],
};
