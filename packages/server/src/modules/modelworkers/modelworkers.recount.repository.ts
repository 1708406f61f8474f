import { recounter } from '../reporting/index.ts';

/**
 * The model workers' counts recounted from their rows (ADR 73): each honour in the union it was recorded for, on
 * 1 January of its year, dim its level, dim2 its kind. The model workers by level ('modelworkers.workers') are not
 * recounted: a worker's raise to a higher level keeps only the present level in the row, not the day it changed.
 */
export const modelworkersRecounter = recounter({
  area: 'modelworkers',
  subjects: {
    'modelworkers.honours': { zh: '荣誉数', en: 'honours' },
  },
  facts: `select 'modelworkers.honours' as subject, h.org_id, make_date(h.year, 1, 1) as day, h.level as dim,
            h.kind as dim2, 1 as n, 0 as fen
       from modelworker_honours h`,
});
