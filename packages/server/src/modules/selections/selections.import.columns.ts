import { nameColumn } from '../../shared/register-columns.ts';
import type { RegisterSpec } from '../../shared/register-sheet.ts';

/**
 * The register of past selection results (评选表彰结果台账, issue 23): one row per winner of a selection run on
 * paper — the 2019 district 劳动模范, 优秀工会工作者 … Rows of one selection (same name and year, same organiser)
 * make one selection, created final on its announcement day with its categories: no nominations, panel or public
 * notice, and nobody told. Each winner is a selected nomination and gets the award record a live final publication
 * gives (`writeTitles`: same source key, same subject key), and the title counts in the statistics on the
 * announcement day at the winner's union. A selection already on record under that name is refused (ADR 18).
 */
export type SelectionRegisterKey =
  | 'edition'
  | 'year'
  | 'category'
  | 'honour'
  | 'name'
  | 'idNumber'
  | 'announcedOn'
  | 'organiser'
  | 'deed';

export const SELECTION_REGISTER: RegisterSpec<SelectionRegisterKey> = {
  title: { zh: '评选表彰结果台账', en: 'selection results register' },
  maxRows: 20_000,
  notes: [
    '每行一名获评个人。评选名称、年度和主办单位相同的各行组成一次评选，按公布日期直接记为已确定的结果：不经推荐、评审和公示，不发送任何通知。',
    '每名获评人得到一条个人荣誉记录（评选名称、称号、公布日期，级别按主办单位：市总工会为市级、区总工会为区级，其下为基层），评选统计按公布日期计入当年、计入获评人所在工会。',
    '先进集体、模范职工之家等集体荣誉的获评对象是单位；平台的评选只记录个人，这类行请勿填入本表。',
    '主办单位已有的同名评选（包括导入过的）：年度、公布日期和获评人员与平台上相同的行跳过（已在册）；不同的行报错，已在平台上的评选不追加获评人员。',
  ],
  notesEn: [
    'One awardee per row. Rows with the same selection name, year and organiser make one selection, recorded as results settled on the day announced: no nominations, review or public notice, and no notifications sent.',
    "Each awardee gains a personal honour record (selection name, title, day announced; the level by the organiser: city level for the city federation of trade unions, district level for a district federation, grassroots below them); the selection figures count it in the year of the day announced, under the awardee's union.",
    "Collective honours such as advanced collectives or model workers' homes are awarded to organisations; the platform's selections record individuals only, so do not put such rows in this sheet.",
    'When the organiser already has a selection of the same name (imported ones included), rows giving it as it stands (year, day announced, awardee and category) are skipped (on record); a row that differs is an error: no awardees are added to a selection already on the platform.',
  ],
  columns: [
    {
      key: 'edition',
      header: '评选名称',
      en: 'selection',
      aliases: ['评选项目', '评选活动', '表彰项目', '表彰名称'],
      required: true,
      kind: 'text',
      max: 100,
      note: '评选（表彰）的名称；同一评选各行相同',
      noteEn: 'The name of the selection (commendation); the same on every row of the same selection',
      example: '2019年度区级劳动模范和先进工作者评选',
    },
    {
      key: 'year',
      header: '年度',
      en: 'year',
      aliases: ['评选年度', '表彰年度', '年份'],
      required: true,
      kind: 'text',
      max: 20,
      note: '评选所属的年度，四位数字（也可写 2019年、2019年度）；结果可在次年公布',
      noteEn:
        'The year the selection belongs to, four digits (a Chinese year suffix is read too); the results may be announced the next year',
      example: '2019',
    },
    {
      key: 'category',
      header: '类别',
      en: 'category',
      aliases: ['评选类别', '表彰类别', '奖项类别'],
      required: true,
      kind: 'text',
      max: 50,
      note: '评选中的个人类别',
      noteEn: 'The category of individuals in the selection',
      example: '劳动模范',
    },
    {
      key: 'honour',
      header: '称号',
      en: 'title',
      aliases: ['荣誉称号', '表彰称号', '授予称号', '获得称号'],
      kind: 'text',
      max: 50,
      note: '授予的称号（个人荣誉记录的称号）；不填则与类别相同；同一类别须相同',
      noteEn:
        'The title awarded (the title of the personal honour record); if left empty, the same as the category; the same within a category',
      example: '区级劳动模范',
    },
    nameColumn({
      aliases: ['获评人', '获评人姓名', '获奖人姓名'],
      note: {
        zh: '获评人姓名，须与身份证号登记的一致',
        en: "The awardee's name, matching the one registered for the ID number",
      },
      example: '张伟',
    }),
    {
      key: 'idNumber',
      header: '身份证号',
      en: 'ID number',
      aliases: ['身份证号码', '公民身份号码', '获评人身份证号'],
      required: true,
      kind: 'text',
      max: 30,
      note: '本工会范围内在册会员的身份证号',
      noteEn: 'The ID number of a registered member of your union or a union under it',
      example: '',
    },
    {
      key: 'announcedOn',
      header: '公布日期',
      en: 'announced on',
      aliases: ['表彰日期', '公布时间', '表彰时间', '发文日期'],
      required: true,
      kind: 'date',
      note: '评选结果公布（表彰决定印发）之日；同一评选须相同',
      noteEn:
        'The day the results were announced (the commendation decision issued); the same within a selection',
      example: '2020-01-08',
    },
    {
      key: 'organiser',
      header: '主办单位',
      en: 'organiser',
      aliases: ['主办工会', '评选单位', '表彰单位'],
      kind: 'text',
      max: 200,
      note: '组织评选的工会：全称、简称或统一社会信用代码；不填为导入人所在工会',
      noteEn:
        'The union that organised the selection: full name, short name or unified social credit code; if left empty, the union of the person importing',
      example: '',
    },
    {
      key: 'deed',
      header: '主要事迹',
      en: 'deed',
      aliases: ['事迹', '简要事迹'],
      kind: 'text',
      max: 2000,
      note: '可不填',
      noteEn: 'May be left empty',
      example: '',
    },
  ],
};
