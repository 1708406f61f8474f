import type { DelegateCategory } from './congresses.vocabulary.ts';

/**
 * The legal proportions of a term's delegates, checked on the roster (pure, no I/O): front-line workers and
 * technicians at least `frontlineMinPct` %, managers at most `managerMaxPct` %, and women at least in the
 * proportion they hold in the enterprise's workforce (when the union tree records it). Each shortfall is a
 * warning with the figures, never a refusal: an election is what it was.
 */
export interface ProportionCheck {
  total: number;
  frontline: number;
  managers: number;
  women: number;
  frontlinePct: number;
  managerPct: number;
  womenPct: number;
  workforceWomenPct: number | null;
  warnings: { code: string; zh: string; en: string }[];
}

const pct = (n: number, d: number) => (d ? Math.round((n * 1000) / d) / 10 : 0);

export function checkProportions(
  delegates: { category: DelegateCategory; isFemale: boolean }[],
  s: { frontlineMinPct: number; managerMaxPct: number },
  workforce: { workers: number | null; women: number | null },
): ProportionCheck {
  const total = delegates.length;
  const frontline = delegates.filter((d) => d.category === 'frontline' || d.category === 'technician').length;
  const managers = delegates.filter((d) => d.category === 'manager').length;
  const women = delegates.filter((d) => d.isFemale).length;
  const workforceWomenPct =
    workforce.workers && workforce.women !== null ? pct(workforce.women, workforce.workers) : null;
  const out: ProportionCheck = {
    total,
    frontline,
    managers,
    women,
    frontlinePct: pct(frontline, total),
    managerPct: pct(managers, total),
    womenPct: pct(women, total),
    workforceWomenPct,
    warnings: [],
  };
  if (!total) return out;
  if (out.frontlinePct < s.frontlineMinPct)
    out.warnings.push({
      code: 'FRONTLINE_LOW',
      zh: `一线职工和技术人员代表 ${frontline} 名，占 ${out.frontlinePct}%，低于 ${s.frontlineMinPct}%`,
      en: `${frontline} front-line and technical delegates, ${out.frontlinePct}%: below ${s.frontlineMinPct}%`,
    });
  if (out.managerPct > s.managerMaxPct)
    out.warnings.push({
      code: 'MANAGERS_HIGH',
      zh: `管理人员代表 ${managers} 名，占 ${out.managerPct}%，超过 ${s.managerMaxPct}%`,
      en: `${managers} manager delegates, ${out.managerPct}%: above ${s.managerMaxPct}%`,
    });
  if (workforceWomenPct !== null && out.womenPct < workforceWomenPct)
    out.warnings.push({
      code: 'WOMEN_LOW',
      zh: `女职工代表 ${women} 名，占 ${out.womenPct}%，低于女职工占职工总数的比例 ${workforceWomenPct}%`,
      en: `${women} women delegates, ${out.womenPct}%: below women's share of the workforce, ${workforceWomenPct}%`,
    });
  return out;
}
