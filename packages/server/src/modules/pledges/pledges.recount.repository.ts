import { recounter } from '../reporting/index.ts';

/**
 * The 办实事 projects' counts recounted from their rows (ADR 73), in the project's union: each project not cancelled
 * with its budget on 1 January of its year (dim the category), and each completed one on its completion day —
 * completed with what it spent (dim the category, dim2 'in_year' or 'late'), its beneficiaries, its output (dim
 * the unit) and, for a project of a series, the series with what it spent.
 */
export const pledgesRecounter = recounter({
  area: 'pledges',
  subjects: {
    'pledges.promised': { zh: '承诺项目数（预算）', en: 'projects promised (budget)' },
    'pledges.completed': { zh: '完成项目数（支出）', en: 'projects completed (spent)' },
    'pledges.beneficiaries': { zh: '受益职工人数', en: 'workers who benefited' },
    'pledges.output': { zh: '建成数量', en: 'output delivered' },
    'pledges.series': { zh: '系列项目完成数（支出）', en: 'series projects completed (spent)' },
  },
  facts: `select 'pledges.promised' as subject, p.org_id, make_date(p.year, 1, 1) as day, p.category as dim,
            '' as dim2, 1 as n, p.budget_fen as fen
       from pledges p where p.status <> 'cancelled'
     union all
     select 'pledges.completed', p.org_id, p.completed_on, p.category,
            case when extract(year from p.completed_on) = p.year then 'in_year' else 'late' end, 1,
            coalesce(p.spent_fen, 0)
       from pledges p where p.status = 'completed'
     union all
     select 'pledges.beneficiaries', p.org_id, p.completed_on, '', '', coalesce(p.beneficiary_count, 0), 0
       from pledges p where p.status = 'completed'
     union all
     select 'pledges.output', p.org_id, p.completed_on, p.output_unit, '', p.output_qty, 0
       from pledges p where p.status = 'completed' and p.output_qty > 0 and coalesce(p.output_unit, '') <> ''
     union all
     select 'pledges.series', p.org_id, p.completed_on, p.series, '', 1, coalesce(p.spent_fen, 0)
       from pledges p where p.status = 'completed' and p.series is not null`,
});
