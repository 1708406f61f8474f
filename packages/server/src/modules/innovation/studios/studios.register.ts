import { unionColumn } from '../../../shared/register-columns.ts';
import type { RegisterColumn, RegisterSpec } from '../../../shared/register-sheet.ts';
import type { StudioLevel } from '../innovation.vocabulary.ts';

/** The studios register's sheet (创新工作室台账): one row per studio and level reached; read by studios.import.ts. */
export type Key =
  | 'name'
  | 'union'
  | 'level'
  | 'recognisedOn'
  | 'recognisedBy'
  | 'foundedOn'
  | 'leader'
  | 'members'
  | 'field'
  | 'industry'
  | 'subsidy'
  | 'subsidyAmount'
  | 'subsidyPaidOn';

export const LEVEL_CHOICES: { value: StudioLevel; zh: string; en: string }[] = [
  { value: 'district', zh: '区级', en: 'district' },
  { value: 'city', zh: '市级', en: 'city' },
  { value: 'city_demonstration', zh: '市级示范性', en: 'city demonstration' },
  { value: 'national', zh: '全国', en: 'national' },
];

/**
 * The two columns that name a studio in a sheet (this register and the grants register, studios.grants.import.ts):
 * its full name and its union. Each sheet words the notes for its own rows.
 */
export function studioColumns(notes: {
  name: readonly [zh: string, en: string];
  union: readonly [zh: string, en: string];
}): RegisterColumn<'name' | 'union'>[] {
  return [
    {
      key: 'name',
      header: '工作室名称',
      en: 'studio',
      aliases: ['创新工作室名称', '名称'],
      required: true,
      kind: 'text',
      max: 200,
      note: notes.name[0],
      noteEn: notes.name[1],
      example: '孙礼玲创新工作室',
    },
    unionColumn({
      aliases: ['所属工会', '统一社会信用代码'],
      note: { zh: notes.union[0], en: notes.union[1] },
      example: '昌平区医院工会',
    }),
  ];
}

export const STUDIO_REGISTER: RegisterSpec<Key> = {
  title: { zh: '创新工作室台账', en: 'studios register' },
  maxRows: 20_000,
  notes: [
    '每行一个工作室的一次认定：同一工作室认定过几个级别就填几行（工作室名称、所在工会相同）。',
    '工作室自成立日期（不填则自最早的认定日期）起记为基层级，再按认定日期逐级提高；不填的成立日期留空。级别须随日期逐步提高。',
    '市级及以上的认定助推默认在认定当年开启申请；已在平台外发放的填「平台外已发放」和发放金额，统计按认定日期计入当年。',
  ],
  notesEn: [
    'One recognition of one studio per row: a studio recognised at several levels takes one row for each (same studio name and union).',
    'The studio is recorded at grassroots level from the day founded (if left empty, from the earliest day recognised, the day founded staying empty), then raised level by level on the days recognised. The levels must rise with the days.',
    'A recognition subsidy at city level and above is opened for applications in the year recognised by default; for one already paid outside the platform, write "paid outside the platform" and the amount paid, counted in the year recognised.',
  ],
  columns: [
    ...studioColumns({
      name: ['工作室全称', "The studio's full name"],
      union: [
        '工作室所在工会的全称或统一社会信用代码',
        "The full name or unified social credit code of the studio's union",
      ],
    }),
    {
      key: 'level',
      header: '认定级别',
      en: 'level',
      aliases: ['级别'],
      required: true,
      kind: 'choice',
      choices: LEVEL_CHOICES,
      note: '本行认定的级别',
      noteEn: 'The level recognised on this row',
      example: '市级',
    },
    {
      key: 'recognisedOn',
      header: '认定日期',
      en: 'recognised on',
      aliases: ['命名日期', '认定时间'],
      required: true,
      kind: 'date',
      note: '认定文件的日期',
      noteEn: 'The day of the recognition document',
      example: '2020-11-20',
    },
    {
      key: 'recognisedBy',
      header: '认定单位',
      en: 'recognised by',
      kind: 'text',
      max: 200,
      note: '作出认定的工会（记入级别变更原因）',
      noteEn: 'The union that recognised it (recorded as the reason for the change of level)',
      example: '北京市总工会',
    },
    {
      key: 'foundedOn',
      header: '成立日期',
      en: 'founded on',
      kind: 'date',
      note: '可不填；不填则成立日期留空（不以认定日期代替）',
      noteEn:
        'May be left empty; if so, the day founded stays empty (it is not taken from the day recognised)',
      example: '2018-03-01',
    },
    {
      key: 'leader',
      header: '领军人身份证号',
      en: 'leader ID number',
      aliases: ['领衔人身份证号'],
      kind: 'text',
      max: 30,
      note: '须为本工会范围内的会员',
      noteEn: 'Must be a member of your union or a union under it',
      example: '',
    },
    {
      key: 'members',
      header: '成员身份证号',
      en: 'member ID numbers',
      kind: 'text',
      max: 4000,
      note: '多个用顿号、逗号或空格分隔',
      noteEn: 'Several separated by commas or spaces',
      example: '',
    },
    {
      key: 'field',
      header: '领域',
      en: 'field',
      kind: 'text',
      max: 100,
      note: '可不填',
      noteEn: 'May be left empty',
      example: '心血管介入',
    },
    {
      key: 'industry',
      header: '行业',
      en: 'industry',
      kind: 'text',
      max: 100,
      note: '可不填',
      noteEn: 'May be left empty',
      example: '卫生',
    },
    {
      key: 'subsidy',
      header: '认定助推',
      en: 'recognition subsidy',
      kind: 'choice',
      choices: [
        { value: 'open', zh: '平台内申请', en: 'apply on the platform' },
        { value: 'outside', zh: '平台外已发放', en: 'paid outside the platform' },
      ],
      note: '市级及以上认定：默认平台内申请',
      noteEn: 'For recognition at city level and above: applied for on the platform by default',
      example: '平台外已发放',
    },
    {
      key: 'subsidyAmount',
      header: '认定助推发放金额',
      en: 'recognition subsidy paid',
      aliases: ['认定助推金额', '认定助推发放金额（元）'],
      kind: 'money',
      note: '元；平台外已发放的填实际发放金额，统计按认定日期计入当年；不填则只记为平台外发放、不计金额',
      noteEn:
        'Yuan; for one paid outside the platform, the amount actually paid, counted in the year recognised; left empty, it is recorded as paid outside with no amount',
      example: '30000',
    },
    {
      key: 'subsidyPaidOn',
      header: '认定助推发放日期',
      en: 'recognition subsidy paid on',
      kind: 'date',
      note: '可不填，默认为认定日期；不早于认定日期',
      noteEn: 'May be left empty: the day recognised; not before it',
      example: '2019-12-20',
    },
  ],
};
