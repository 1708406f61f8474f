/**
 * The city federation bench:golive brings in (issue 45): its sizes at a scale, its union tree (federation → districts
 * → streets → grassroots unions → branches, the city's proportions kept at any scale) and the members, each of which
 * can be told again from its number alone — name, ID-card number, phone and union — so that the achievements'
 * teams name members the member sheets brought in.
 */

import { usccCheckChar } from '../src/modules/org/index.ts';
import { idCheckDigit } from '../src/modules/people/index.ts';

/** The go-live at full size (scale 1). */
export const FULL = {
  unions: 10_000,
  accounts: 1_000,
  members: 1_000_000,
  cases: 100_000,
  studios: 10_000,
  achievements: 100_000,
};
export type Sizes = typeof FULL;

/** Every size times `scale` (0.01: a hundredth), at least 1; the tree needs a few unions to have its five levels. */
export function sizesAt(scale: number): Sizes {
  const at = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    unions: Math.max(5, at(FULL.unions)),
    accounts: at(FULL.accounts),
    members: at(FULL.members),
    cases: at(FULL.cases),
    studios: at(FULL.studios),
    achievements: at(FULL.achievements),
  };
}

const DISTRICTS = [
  '东城区',
  '西城区',
  '朝阳区',
  '海淀区',
  '丰台区',
  '石景山区',
  '门头沟区',
  '房山区',
  '通州区',
  '顺义区',
  '昌平区',
  '大兴区',
  '怀柔区',
  '平谷区',
  '密云区',
  '延庆区',
];
/** The ID-card region code of each district (by its place in DISTRICTS). */
const REGIONS = [
  '110101',
  '110102',
  '110105',
  '110108',
  '110106',
  '110107',
  '110109',
  '110111',
  '110112',
  '110113',
  '110114',
  '110115',
  '110116',
  '110117',
  '110118',
  '110119',
];

export interface Union {
  name: string;
  kind: '市总工会' | '区总工会' | '街道总工会' | '基层工会' | '分会';
  level: 1 | 2 | 3 | 4 | 5;
  parent: Union | null;
  /** The district it is in (its place among the districts; the federation's is 0). */
  district: number;
  uscc: string;
  workers: number;
}

/** The city's unions in sheet order (a parent before its children), with the grassroots and member-holding ones. */
export function cityTree(total: number) {
  const d = Math.max(1, Math.round(total / 1000));
  const s = Math.max(d, Math.round(total / 100));
  const g = Math.max(s, Math.round(total / 10));
  const b = Math.max(0, total - 1 - d - s - g);
  const federation: Union = {
    name: '示范市总工会',
    kind: '市总工会',
    level: 1,
    parent: null,
    district: 0,
    uscc: '',
    workers: 0,
  };
  const districts = Array.from({ length: d }, (_, i): Union => {
    const place = DISTRICTS[i] ?? `第${i + 1}区`;
    return {
      name: `${place}总工会`,
      kind: '区总工会',
      level: 2,
      parent: federation,
      district: i,
      uscc: '',
      workers: 0,
    };
  });
  const streets = Array.from({ length: s }, (_, i): Union => {
    const parent = districts[i % d];
    const place = parent.name.replace(/总工会$/, '');
    return {
      name: `${place}第${Math.floor(i / d) + 1}街道总工会`,
      kind: '街道总工会',
      level: 3,
      parent,
      district: parent.district,
      uscc: '',
      workers: 0,
    };
  });
  const grassroots = Array.from({ length: g }, (_, i): Union => {
    const parent = streets[i % s];
    const first17 = `91${REGIONS[parent.district % REGIONS.length]}${String(100_000_000 + i * 7919).slice(-9)}`;
    return {
      name: `${parent.name.replace(/总工会$/, '')}${Math.floor(i / s) + 1}号企业工会`,
      kind: '基层工会',
      level: 4,
      parent,
      district: parent.district,
      uscc: first17 + usccCheckChar(first17),
      workers: 80 + (i % 400),
    };
  });
  const branches = Array.from({ length: b }, (_, i): Union => {
    const parent = grassroots[i % g];
    return {
      name: `${parent.name.replace(/工会$/, '')}第${Math.floor(i / g) + 1}分会`,
      kind: '分会',
      level: 5,
      parent,
      district: parent.district,
      uscc: '',
      workers: 20 + (i % 60),
    };
  });
  const all = [federation, ...districts, ...streets, ...grassroots, ...branches];
  /** The unions members belong to: every grassroots union and branch, grassroots first. */
  const holders = [...grassroots, ...branches];
  return { federation, districts, streets, grassroots, branches, all, holders };
}
export type CityTree = ReturnType<typeof cityTree>;

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖',
];
const GIVEN1 = [...'建国志明永德海文春玉秀桂英华丽晓小子宏伟俊杰思雨欣佳家新红金立光天东保成世长振福'];
const GIVEN2 = [...'军平强刚勇辉斌峰涛磊芳娟敏静燕霞婷颖琳洁鹏飞宇航博浩然轩睿晨阳龙凤梅兰竹菊霖琪瑶'];

export const nameOf = (g: number) =>
  SURNAMES[g % 60] + GIVEN1[Math.floor(g / 60) % 40] + GIVEN2[Math.floor(g / 2400) % 40];

/** Member g: a valid ID-card number of its district, born 1965–1994 (a thousand members a day). */
export function idNumberOf(g: number, district: number): string {
  const born = new Date(Date.UTC(1965, 0, 1) + (Math.floor(g / 1000) % 10_950) * 86_400_000);
  const first17 = `${REGIONS[district % REGIONS.length]}${born.toISOString().slice(0, 10).replaceAll('-', '')}${String(g % 1000).padStart(3, '0')}`;
  return first17 + idCheckDigit(first17);
}

/** The union member g belongs to. */
export const holderOf = (tree: CityTree, g: number) => tree.holders[g % tree.holders.length];
