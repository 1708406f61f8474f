import { recounter } from '../reporting/index.ts';

/**
 * The agreements' counts recounted from their rows (ADR 73), dim the kind: each agreement signed on its signing day
 * and in force from its effective day to its last day (ended or expiry; −1 the day after), dim2 the level, in the
 * signing union, with its measures' cost (fen) and reach as recorded on its signing day; and each enterprise's
 * coverage as a state built from the spans of the agreements of a kind that list it: covered (once, however many
 * agreements) with the largest workers and women workers any of them lists, stepping on each day a span starts or
 * ends, in the enterprise's union as recorded (dim2 'due' when it has a union and, for women workers' agreements,
 * women workers).
 */
export const agreementsRecounter = recounter({
  area: 'agreements',
  subjects: {
    'agreements.signed': { zh: '签订集体合同数', en: 'agreements signed' },
    'agreements.in_force': { zh: '有效集体合同数', en: 'agreements in force' },
    'agreements.enterprises': { zh: '覆盖企业数', en: 'enterprises covered' },
    'agreements.workers': { zh: '覆盖职工数', en: 'workers covered' },
    'agreements.women_workers': { zh: '覆盖女职工数', en: 'women workers covered' },
    'agreements.measure_cost': { zh: '措施投入金额', en: 'cost of measures' },
    'agreements.measure_reach': { zh: '措施惠及人数', en: 'people reached by measures' },
  },
  facts: `with spans as (
       select a.kind, c.uscc, a.effective_on as f, coalesce(a.ended_on, a.expires_on) + 1 as u,
              c.workers, c.women_workers as women
         from agreement_coverage c join agreements a on a.id = c.agreement_id),
     days as (select kind, uscc, f as d from spans union select kind, uscc, u from spans),
     vals as (
       select d.kind, d.uscc, d.d, (count(s.uscc) > 0)::int as e,
              coalesce(max(s.workers), 0) as w, coalesce(max(s.women), 0) as wo
         from days d left join spans s on s.kind = d.kind and s.uscc = d.uscc and s.f <= d.d and d.d < s.u
        group by d.kind, d.uscc, d.d),
     steps as (
       select v.kind, v.uscc, v.d,
              v.e - coalesce(lag(v.e) over w, 0) as de,
              v.w - coalesce(lag(v.w) over w, 0) as dw,
              v.wo - coalesce(lag(v.wo) over w, 0) as dwo
         from vals v window w as (partition by v.kind, v.uscc order by v.d))
     select 'agreements.signed' as subject, a.org_id, a.signed_on as day, a.kind as dim, a.level as dim2,
            1 as n, 0 as fen
       from agreements a
     union all
     select 'agreements.in_force', a.org_id, a.effective_on, a.kind, a.level, 1, 0 from agreements a
     union all
     select 'agreements.in_force', a.org_id, coalesce(a.ended_on, a.expires_on) + 1, a.kind, a.level, -1, 0
       from agreements a
     union all
     select 'agreements.measure_cost', a.org_id, a.signed_on, a.kind, a.level, 0, a.cost_fen
       from agreements a where a.cost_fen > 0
     union all
     select 'agreements.measure_reach', a.org_id, a.signed_on, a.kind, a.level, a.reach, 0
       from agreements a where a.reach > 0
     union all
     select 'agreements.enterprises', e.org_id, s.d, s.kind,
            case when e.has_union and (s.kind <> 'women' or e.has_women) then 'due' else 'other' end, s.de, 0
       from steps s join agreement_enterprises e on e.uscc = s.uscc
     union all
     select 'agreements.workers', e.org_id, s.d, s.kind, '', s.dw, 0
       from steps s join agreement_enterprises e on e.uscc = s.uscc
     union all
     select 'agreements.women_workers', e.org_id, s.d, s.kind, '', s.dwo, 0
       from steps s join agreement_enterprises e on e.uscc = s.uscc`,
});
