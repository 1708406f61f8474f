/** The cells of a union-tree sheet's row read one by one: its columns, its kind, its names' lengths and its counts. */

import { ORG_KINDS, type OrgKind } from './org.levels.ts';
import { EMPLOYER_NAME, ORG_NAME, SHORT_NAME } from './org.schemas.ts';

const KIND_WORDS: [RegExp, OrgKind][] = [
  [/^(市总工会|市总|总工会|federation|1)$/i, 'federation'],
  [/^(区总工会|区县总工会|县总工会|县区总工会|区总|县总|区级|县级|district|2)$/i, 'district'],
  [/^(行业工会联合会|行业工联|区行业工会|industry_federation)$/i, 'industry_federation'],
  [/^(系统工会|系统|system)$/i, 'system'],
  [/^(产业工会|行业工会|industry)$/i, 'industry'],
  [/^(街道总工会|街道工会|街道|street)$/i, 'street'],
  [/^(乡镇总工会|镇总工会|乡总工会|乡镇|镇|乡|town)$/i, 'town'],
  [/^(集团工会|集团|公司工会集团|group)$/i, 'group'],
  [/^(基层工会|基层|grassroots|4)$/i, 'grassroots'],
  [/^(分会|分工会|工会小组|小组|车间分会|branch|5)$/i, 'branch'],
];

export function parseOrgKind(text: string, name: string): OrgKind | null {
  const t = text.trim().replace(/\s/g, '');
  if ((ORG_KINDS as readonly string[]).includes(t)) return t as OrgKind;
  if (t === '3') return /街道/.test(name) ? 'street' : /[镇乡]/.test(name) ? 'town' : 'group';
  for (const [re, kind] of KIND_WORDS) if (re.test(t)) return kind;
  return null;
}

/** Why a kind cell names no kind: left blank (what to write), or a word not among the kinds. */
export function kindRefused(text: string): [code: string, zh: string, en: string] {
  if (!text)
    return [
      'REQUIRED',
      '类型/层级不能为空，请填写基层工会、街道总工会、乡镇总工会、区总工会、分会等，或层级1至5',
      'The kind is required: write 基层工会, 街道总工会, 乡镇总工会, 区总工会, 分会 and so on, or the level 1 to 5',
    ];
  return [
    'ORG_KIND_INVALID',
    `类型/层级“${text}”无效，应为基层工会、街道总工会、乡镇总工会、区总工会、分会等`,
    `Kind "${text}" is not one of ${ORG_KINDS.join(', ')}`,
  ];
}

export const COLUMNS = {
  parent: ['上级工会', '上级', '上级工会名称', '上级组织', '上级工会id', 'parent', 'parentname', 'parentid'],
  name: ['工会名称', '名称', '工会', '组织名称', 'name'],
  kind: ['类型层级', '类型', '层级', '工会类型', '组织类型', 'kind', 'level', 'type'],
  uscc: ['统一社会信用代码', '信用代码', '社会信用代码', 'uscc'],
  foundedOn: ['成立日期', '成立时间', '建会日期', 'foundedon', 'founded'],
  shortName: ['简称', 'shortname'],
  employerName: ['单位名称', '所在单位', '工作单位', 'employername', 'employer'],
  workers: ['职工人数', '职工数', '职工总数', 'workers'],
  womenWorkers: ['女职工人数', '女职工数', 'womenworkers'],
} as const;
export type OrgColumn = keyof typeof COLUMNS;

/** The lengths a union's page allows (org.schemas.ts): a union the sheet makes can be saved there as it is. */
const LENGTHS: [OrgColumn, { maxLength: number; minLength?: number }, string, string][] = [
  ['name', ORG_NAME, '工会名称', 'The union name'],
  ['shortName', SHORT_NAME, '简称', 'The short name'],
  ['employerName', EMPLOYER_NAME, '单位名称', "The employer's name"],
];
/** A name longer (or, for the union's name, shorter) than the union's page allows, refused on its row and column. */
export function tooLong(
  cell: (k: OrgColumn) => string,
  fail: (k: OrgColumn, code: string, zh: string, en: string) => void,
) {
  for (const [k, { minLength: min = 0, maxLength: max }, zh, en] of LENGTHS) {
    const n = [...cell(k)].length;
    if (n > max)
      fail(
        k,
        'TEXT_TOO_LONG',
        `${zh}最多${max}个字，本格有${n}个字`,
        `${en} is at most ${max} characters; this one has ${n}`,
      );
    else if (n && n < min)
      fail(k, 'TEXT_TOO_SHORT', `${zh}至少${min}个字`, `${en} is at least ${min} characters`);
  }
}

type CountColumn = 'workers' | 'womenWorkers';

/**
 * A row's 职工人数 and 女职工人数 as whole numbers, read as a clerk writes them ("1,200", "120人"); a cell that is no
 * number of people is refused saying what to write, and more women workers than workers is refused.
 */
export function readCounts(
  cell: (k: CountColumn) => string,
  fail: (k: CountColumn, code: string, zh: string, en: string) => void,
): (number | null)[] {
  const counts = (['workers', 'womenWorkers'] as const).map((k) => {
    const text = cell(k)
      .normalize('NFKC')
      .replace(/[,，\s人]/g, '');
    if (!text) return null;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) {
      fail(
        k,
        'COUNT_INVALID',
        `“${cell(k)}”不是人数：请只填整数，如 120（写成 1,200 或 120人 也可以）`,
        `"${cell(k)}" is not a number of people: write a whole number only, e.g. 120 or 1,200`,
      );
      return null;
    }
    return n;
  });
  if (counts[0] !== null && counts[1] !== null && counts[1] > counts[0]) {
    fail('womenWorkers', 'COUNT_INVALID', '女职工人数多于职工人数', 'More women workers than workers');
  }
  return counts;
}

export function cellOf(cells: string[], i: number | undefined): string {
  return i === undefined ? '' : (cells[i] ?? '').trim();
}
