import { UNIT_TYPE_ZH, UNIT_TYPES } from './returns.figures.ts';
import type { FormField, FormSection, FormTable, ReturnForm } from './returns.form.ts';

/**
 * Forms shipped with Gonghui, modelled on the national annual union statistics (全国工会统计年报): one for grassroots
 * unions and one for the levels above. Their survey year runs from 1 October to 30 September (a return's period
 * says which days it covers). Every field Gonghui keeps records for is bound to its figure, so a union is never
 * asked for it twice; the rest are typed. The form for the levels above counts its grassroots unions by unit type.
 */
export interface ShippedForm {
  key: 'grassroots_annual' | 'upper_annual';
  title: string;
  titleEn: string;
  /** The level of the unions that usually fill it. */
  targetLevel: number;
  periodKind: 'survey_year';
  form: ReturnForm;
}

let n = 0;
const f = (label: string, more: Partial<FormField> = {}): FormField => {
  n += 1;
  return { key: `f${n}`, label, type: 'int', ...more };
};
const yesNo = { type: 'choice' as const, choices: ['是', '否'] };
/** A section of a shipped form: its fields, and its tables where it has any. */
const section = (key: string, title: string, fields: FormField[], tables: FormTable[] = []): FormSection => ({
  key,
  title,
  fields,
  tables,
});

function grassroots(): ReturnForm {
  n = 0;
  return {
    sections: [
      section('s1', '一、单位与职工', [
        f('单位类型', {
          type: 'choice',
          choices: ['企业', '事业单位', '机关', '社会组织', '其他'],
          required: true,
        }),
        f('职工人数', { figure: 'workers', unit: '人', required: true }),
        f('女职工人数', { figure: 'workers_women', unit: '人' }),
        f('农民工人数', { unit: '人' }),
      ]),
      section('s2', '二、会员', [
        f('会员人数', { figure: 'members', unit: '人', required: true }),
        f('女会员人数', { figure: 'members_women', unit: '人', required: true }),
        f('农民工会员', { unit: '人' }),
        f('新就业形态劳动者会员', { figure: 'members_new_employment', unit: '人' }),
        f('本年新发展会员', { unit: '人' }),
      ]),
      section('s3', '三、工会干部', [
        f('专职工会干部', { unit: '人' }),
        f('兼职工会干部', { unit: '人' }),
        f('工会积极分子', { unit: '人' }),
      ]),
      section('s4', '四、民主管理', [
        f('建立职代会制度', yesNo),
        f('职代会代表', { unit: '人' }),
        f('其中女代表', { unit: '人' }),
        f('本年签订集体合同', { figure: 'agreements_signed', unit: '份' }),
        f('集体合同覆盖职工', { unit: '人' }),
      ]),
      section('s5', '五、阵地与服务', [
        f('职工之家', { type: 'choice', choices: ['未建', '已建', '区级模范', '市级模范', '全国模范'] }),
        f('职工书屋', { unit: '个' }),
        f('劳动争议调解委员会', yesNo),
        f('本年受理职工诉求', { figure: 'cases_filed', unit: '件' }),
      ]),
      section('s6', '六、工会经费', [
        f('本年经费收入', { type: 'money' }),
        f('本年经费支出', { type: 'money' }),
      ]),
    ],
    rules: [
      { expr: '女会员人数 ≤ 会员人数' },
      { expr: '农民工会员 ≤ 会员人数' },
      { expr: '新就业形态劳动者会员 ≤ 会员人数' },
      { expr: '女职工人数 ≤ 职工人数' },
      { expr: '其中女代表 ≤ 职代会代表' },
    ],
  };
}

/**
 * Grassroots unions by the type of their unit (单位类型), a fixed-row table: the number of unions bound to Gonghui's
 * figure (read from each union's recorded credit code; typed while a union has none recorded), members typed.
 */
const byUnitType = (): FormTable => ({
  key: 't1',
  label: '按单位类型分的基层工会',
  rows: UNIT_TYPES.map((type) => ({
    key: type,
    label: UNIT_TYPE_ZH[type],
    figures: { unions: `unions_unit_${type}` as const },
  })),
  columns: [
    { key: 'unions', label: '基层工会数', type: 'int', unit: '个' },
    { key: 'members', label: '会员人数', type: 'int', unit: '人' },
  ],
});

function upper(): ReturnForm {
  n = 0;
  return {
    sections: [
      section(
        's1',
        '一、组织',
        [
          f('基层工会数', { figure: 'unions_grassroots', unit: '个', required: true }),
          f('联合基层工会数', { unit: '个' }),
          f('联合基层工会覆盖单位数', { unit: '个' }),
        ],
        [byUnitType()],
      ),
      section('s2', '二、会员', [
        f('会员人数', { figure: 'members', unit: '人', required: true }),
        f('女会员人数', { figure: 'members_women', unit: '人', required: true }),
        f('农民工会员', { unit: '人' }),
        f('新就业形态劳动者会员', { figure: 'members_new_employment', unit: '人' }),
      ]),
      section('s3', '三、工会干部', [f('专职工会干部', { unit: '人' }), f('兼职工会干部', { unit: '人' })]),
      section('s4', '四、经济技术创新与民主管理', [
        f('本年签订集体合同', { figure: 'agreements_signed', unit: '份' }),
        f('职工创新工作室', { figure: 'studios', unit: '个' }),
        f('其中市级及以上', { figure: 'studios_city', unit: '个' }),
      ]),
      section('s5', '五、服务职工', [
        f('本年受理职工诉求', { figure: 'cases_filed', unit: '件' }),
        f('本年办结职工诉求', { figure: 'cases_answered', unit: '件' }),
        f('送温暖走访', { figure: 'care_visits', unit: '次' }),
        f('发放助推帮扶资金', { figure: 'programs_paid', type: 'money' }),
      ]),
    ],
    rules: [
      { expr: '女会员人数 ≤ 会员人数' },
      { expr: '农民工会员 ≤ 会员人数' },
      { expr: '新就业形态劳动者会员 ≤ 会员人数' },
      { expr: '其中市级及以上 ≤ 职工创新工作室' },
      { expr: '本年办结职工诉求 ≤ 本年受理职工诉求' },
    ],
  };
}

export const SHIPPED_FORMS: ShippedForm[] = [
  {
    key: 'grassroots_annual',
    title: '基层工会调查表（工会统计年报）',
    titleEn: 'Grassroots union survey (annual union statistics)',
    targetLevel: 4,
    periodKind: 'survey_year',
    form: grassroots(),
  },
  {
    key: 'upper_annual',
    title: '基层以上工会调查表（工会统计年报）',
    titleEn: 'Survey of unions above the grassroots (annual union statistics)',
    targetLevel: 3,
    periodKind: 'survey_year',
    form: upper(),
  },
];
