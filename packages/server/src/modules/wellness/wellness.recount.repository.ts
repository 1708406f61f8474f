import { recounter } from '../reporting/index.ts';

/**
 * The wellness counts recounted from their rows (ADR 73), all on the batch's first day, dim the program's kind: each
 * batch's places in the program's union, each quota in its union, and each worker who went in the nominating
 * union (dim2 all, and front_line / new_employment by the groups noted at nomination) — for batches before the
 * platform, the numbers the union's books give on its allocation.
 */
export const wellnessRecounter = recounter({
  area: 'wellness',
  subjects: {
    'wellness.offered': { zh: '计划名额', en: 'places offered' },
    'wellness.allocated': { zh: '分配名额', en: 'places allocated' },
    'wellness.used': { zh: '实际参加人数', en: 'workers who went' },
  },
  facts: `select 'wellness.offered' as subject, p.org_id, b.starts_on as day, p.kind as dim, '' as dim2,
            b.places as n, 0 as fen
       from wellness_batches b join wellness_programs p on p.id = b.program_id
     union all
     select 'wellness.allocated', a.org_id, b.starts_on, p.kind, '', a.quota, 0
       from wellness_allocations a join wellness_batches b on b.id = a.batch_id
       join wellness_programs p on p.id = b.program_id
     union all
     select 'wellness.used', n.org_id, b.starts_on, p.kind, g.dim2, 1, 0
       from wellness_nominations n join wellness_batches b on b.id = n.batch_id
       join wellness_programs p on p.id = b.program_id
       cross join lateral (select 'all' as dim2 union all select 'front_line' where n.front_line
                           union all select 'new_employment' where n.new_employment) g
      where n.attendance = 'attended'
     union all
     select 'wellness.used', a.org_id, b.starts_on, p.kind, g.dim2, g.n, 0
       from wellness_allocations a join wellness_batches b on b.id = a.batch_id
       join wellness_programs p on p.id = b.program_id
       cross join lateral (select 'all' as dim2, a.recorded_used as n
                           union all select 'front_line', coalesce(a.recorded_front_line, 0)
                           union all select 'new_employment', coalesce(a.recorded_new_employment, 0)) g
      where a.recorded_used is not null`,
});
