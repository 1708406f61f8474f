import { recounter } from '../reporting/index.ts';

/**
 * The hardship files' counts recounted from their steps (ADR 23, 73), in the file's union. Each verification or
 * review starts a span with the level, expiry and causes it records, which lasts to the next review or closing:
 * in force (`hardship.files` by level, `hardship.causes` by each cause) from its first day to that step's day or
 * the day after its expiry, whichever comes first; expired (`hardship.expired` by level) from the day after its
 * expiry to that step's day, when it lapsed first. A verification brought in from a register that names only the
 * later review keeps no expiry: its span lasts to the review. Each verification counts on its day
 * (`hardship.verified` by level).
 */
export const hardshipRecounter = recounter({
  area: 'hardship',
  subjects: {
    'hardship.files': { zh: '在档（户）', en: 'households on file' },
    'hardship.causes': { zh: '在档（户，按致困原因）', en: 'households on file by cause' },
    'hardship.expired': { zh: '已过期未复核（户）', en: 'expired, not reviewed' },
    'hardship.verified': { zh: '认定（户）', en: 'households verified' },
  },
  facts: `with steps as (
       select e.file_id, e.kind, e.on_date, e.level, e.causes, e.expires_on + 1 as lapse,
              lead(e.on_date) over (partition by e.file_id order by e.id) as ends
         from hardship_events e where e.kind in ('verify', 'review', 'close')),
     spans as (
       select f.org_id, s.level, coalesce(s.causes, '{}') as causes, s.on_date as starts, s.lapse, s.ends,
              case when s.ends is not null and (s.lapse is null or s.ends < s.lapse) then s.ends else s.lapse end
                as stops
         from steps s join hardship_files f on f.id = s.file_id where s.kind in ('verify', 'review')),
     held as (
       select 'hardship.files' as subject, org_id, level as dim, starts, stops from spans
       union all
       select 'hardship.causes', org_id, c.cause, starts, stops from spans cross join lateral unnest(causes) c(cause))
     select subject, org_id, starts as day, dim, '' as dim2, 1 as n, 0 as fen from held
     union all
     select subject, org_id, stops, dim, '', -1, 0 from held where stops is not null
     union all
     select 'hardship.expired', org_id, lapse, level, '', 1, 0 from spans
      where lapse is not null and (ends is null or ends > lapse)
     union all
     select 'hardship.expired', org_id, ends, level, '', -1, 0 from spans
      where lapse is not null and ends > lapse
     union all
     select 'hardship.verified', f.org_id, e.on_date, e.level, '', 1, 0
       from hardship_events e join hardship_files f on f.id = e.file_id where e.kind = 'verify'`,
});
