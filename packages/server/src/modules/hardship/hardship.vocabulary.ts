import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What hardship adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** Hardship files (困难职工档案) of the subtree's members: read; open, verify, review and close them. */
    'hardship.read': {
      zh: '查看困难职工档案',
      en: 'See hardship files',
      roles: READ_ROLES,
    },
    'hardship.write': {
      zh: '维护困难职工档案',
      en: 'Maintain hardship files',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'hardship_file.close': { zh: '困难职工档案销档', en: 'Closed a hardship file' },
    'hardship_file.create': { zh: '建立困难职工档案', en: 'Opened a hardship file' },
    'hardship_file.edit': { zh: '修改困难职工档案', en: 'Edited a hardship file' },
    'hardship_file.export': { zh: '导出困难职工档案', en: 'Exported the hardship files' },
    'hardship_file.import': { zh: '导入困难职工档案台账', en: 'Import a hardship files register' },
    'hardship_file.read': { zh: '查阅困难职工档案', en: 'Read a hardship file' },
    'hardship_file.review': { zh: '年度复核困难职工档案', en: 'Reviewed a hardship file' },
    'hardship_file.verify': { zh: '认定困难职工档案', en: 'Verified a hardship file' },
    'hardship_member.id_number.read': {
      zh: '查看困难职工家庭成员完整身份证号',
      en: "Viewed a household member's full ID number",
    },
  },
  auditEntities: {
    hardship_file: { zh: '困难职工档案', en: 'Hardship file' },
  },
  reportingAreas: ['hardship'],
  menuArea: 'hardship',
});

/** The levels of a hardship file: 深度困难, 相对困难, 意外致困. */
export const FILE_LEVELS = ['deep', 'relative', 'accident'] as const;
export type FileLevel = (typeof FILE_LEVELS)[number];

/** Why the household is in hardship: 大病, 因疫致困, 残疾, 单亲, 失业, 子女教育, 灾害, 意外事故, 低收入, 其他. */
export const CAUSES = [
  'illness',
  'epidemic',
  'disability',
  'single_parent',
  'unemployment',
  'education',
  'disaster',
  'accident',
  'low_income',
  'other',
] as const;
export type Cause = (typeof CAUSES)[number];

export const RELATIONS = ['self', 'spouse', 'child', 'parent', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];
