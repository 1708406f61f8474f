/** The five levels of the union tree and the kinds of union found at each. */
export const ORG_LEVELS = {
  1: { zh: '市总工会', en: 'federation', kinds: ['federation'] },
  2: { zh: '区总工会/产业工会', en: 'district or industry union', kinds: ['district', 'industry'] },
  3: {
    zh: '街道/乡镇总工会、集团工会、行业工会联合会、系统工会',
    en: 'street, town or group union, a district’s industry federation or system union',
    kinds: ['street', 'town', 'group', 'industry_federation', 'system'],
  },
  4: { zh: '基层工会', en: 'grassroots union', kinds: ['grassroots'] },
  5: { zh: '分会/小组', en: 'branch', kinds: ['branch'] },
} as const;

export type OrgLevel = keyof typeof ORG_LEVELS;
export const ORG_KINDS = [
  'federation',
  'district',
  'industry',
  'street',
  'town',
  'group',
  'industry_federation',
  'system',
  'grassroots',
  'branch',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export function levelOfKind(kind: OrgKind): OrgLevel {
  for (const [level, def] of Object.entries(ORG_LEVELS)) {
    if ((def.kinds as readonly string[]).includes(kind)) return Number(level) as OrgLevel;
  }
  throw new Error(`unknown org kind ${kind}`);
}

/** Kind labels as a clerk writes them (a level number alone is read as the usual kind of that level). */
export const ORG_KIND_ZH: Record<OrgKind, string> = {
  federation: '市总工会',
  district: '区总工会',
  industry: '产业工会',
  street: '街道总工会',
  town: '乡镇总工会',
  group: '集团工会',
  industry_federation: '行业工会联合会',
  system: '系统工会',
  grassroots: '基层工会',
  branch: '分会',
};

/** Why a union of `kind` cannot sit under `parent`, naming both levels (the parent must be at a higher level). */
export function levelRule(kind: OrgKind, parent: { name: string; level: number }) {
  const level = levelOfKind(kind);
  return {
    zh: `${ORG_KIND_ZH[kind]}属第${level}级（${ORG_LEVELS[level].zh}），不能设在第${parent.level}级的“${parent.name}”之下：上级工会须高于本级`,
    en: `A ${kind} union is at level ${level} (${ORG_LEVELS[level].en}) and cannot sit under "${parent.name}" at level ${parent.level}: the parent must be at a higher level`,
  };
}
