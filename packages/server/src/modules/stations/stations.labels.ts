import type { StationKind, StationService } from './stations.vocabulary.ts';

/** The Chinese words of the kinds and services, as exports write them (the web keeps its own zh/en). */
export const KIND_ZH: Record<StationKind, string> = {
  home: '职工之家',
  outdoor: '户外劳动者驿站',
  nursing: '母婴室',
  postal: '投递员之家',
  other: '其他',
};
export const SERVICE_ZH: Record<StationService, string> = {
  meal: '热饭',
  charge: '充电',
  water: '饮水',
  rest: '休息',
  toilet: '如厕',
  legal: '法律咨询',
  consult: '工会业务咨询',
  firstaid: '应急药箱',
  nursing: '哺乳',
};
/** Beijing's 16 districts by their administrative code, each with its Chinese name. */
const DISTRICT_NAMES = {
  '110101': '东城区',
  '110102': '西城区',
  '110105': '朝阳区',
  '110106': '丰台区',
  '110107': '石景山区',
  '110108': '海淀区',
  '110109': '门头沟区',
  '110111': '房山区',
  '110112': '通州区',
  '110113': '顺义区',
  '110114': '昌平区',
  '110115': '大兴区',
  '110116': '怀柔区',
  '110117': '平谷区',
  '110118': '密云区',
  '110119': '延庆区',
} as const;
/** A district's administrative code. */
export type DistrictCode = keyof typeof DISTRICT_NAMES;
export const DISTRICT_ZH: Record<string, string> = DISTRICT_NAMES;
