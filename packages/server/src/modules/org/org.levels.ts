/** The five levels of the union tree and the kinds of union found at each. */
export const ORG_LEVELS = {
  1: { zh: '市总工会', en: 'federation', kinds: ['federation'] },
  2: { zh: '区总工会/产业工会', en: 'district or industry union', kinds: ['district', 'industry'] },
  3: {
    zh: '街道/乡镇总工会、集团工会',
    en: 'street, town or group union',
    kinds: ['street', 'town', 'group'],
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
