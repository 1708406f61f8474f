import { DISTRICTS } from './beijing-districts.ts';

/** A union as its page gives it: enough to tell the Beijing district it stands in. */
export interface UnionWhere {
  name: string;
  uscc?: string | null;
  parentName?: string | null;
  ancestors?: { name: string }[];
}

const CODES = new Set(DISTRICTS.map((d) => d.code));

/**
 * The Beijing district a union stands in, as a new station's 所在区 starts: the division code inside its unified
 * social credit code (characters 3–8, 110113 for 顺义区), else the first district named by the union, the union
 * above it or those above that (in full, 顺义区总工会, or at its start without 区, 顺义); null when none says (the
 * clerk picks it).
 */
export function unionDistrict(u: UnionWhere): string | null {
  const code = u.uscc?.trim().slice(2, 8);
  if (code && CODES.has(code)) return code;
  const names = [u.name, u.parentName ?? '', ...(u.ancestors ?? []).map((a) => a.name).reverse()];
  for (const name of names) {
    const d = DISTRICTS.find((x) => name.includes(x.zh) || name.startsWith(x.zh.slice(0, -1)));
    if (d) return d.code;
  }
  return null;
}
